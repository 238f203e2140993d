// Times as an owner reads them, always on the business's clocks: "9:00 AM" today, with the
// day added when it is another day; written the way the owner's language writes them.
import { formatDateTime } from './format';

const dayOf = (utc: number, timeZone: string) =>
  formatDateTime(utc, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });

/** "9:00 AM" when `utc` falls on today's date in the zone, else "Thu, Nov 26, 9:00 AM". */
export function timeWords(utc: number, timeZone: string, now = Date.now()): string {
  if (dayOf(utc, timeZone) === dayOf(now, timeZone)) {
    return formatDateTime(utc, { hour: 'numeric', minute: '2-digit', timeZone });
  }
  return formatDateTime(utc, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  });
}

/** "Nov 25, 2026, 7:01:05 AM": for a log, where the seconds tell attempts apart. */
export function logTimeWords(utc: number, timeZone: string): string {
  return formatDateTime(utc, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
    timeZone,
  });
}
