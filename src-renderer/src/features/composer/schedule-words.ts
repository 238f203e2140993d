import { formatLocal, localAt } from '@shared/zoned-time';
import { t } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';

/** The next full hour on the business's wall clock, as a local date-time string. */
export function nextFullHour(timeZone: string, now = Date.now()): string {
  const current = localAt(now, timeZone);
  const next = new Date(Date.UTC(current.year, current.month - 1, current.day, current.hour + 1, 0));
  return formatLocal({
    year: next.getUTCFullYear(),
    month: next.getUTCMonth() + 1,
    day: next.getUTCDate(),
    hour: next.getUTCHours(),
    minute: 0,
  });
}

/** "Tue, Dec 1, 2026 at 9:00 AM", read on the clocks of the given zone, as the owner's language writes it. */
export function describeInstant(utc: number, timeZone: string): string {
  const date = formatDateTime(utc, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone,
  });
  const time = formatDateTime(utc, { hour: 'numeric', minute: '2-digit', timeZone });
  return t('composer:schedule.dateAtTime', { date, time });
}
