// Times as an owner reads them, always on the business's clocks: "9:00 AM" today, with the
// day added when it is another day.

function parts(utc: number, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  // Newer ICU puts a narrow no-break space before AM/PM; plain text reads and matches better.
  return new Intl.DateTimeFormat('en-US', { ...options, timeZone }).format(utc).replace(/\u202f/g, ' ');
}

const dayOf = (utc: number, timeZone: string) =>
  parts(utc, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });

/** "9:00 AM" when `utc` falls on today's date in the zone, else "Thu, Nov 26, 9:00 AM". */
export function timeWords(utc: number, timeZone: string, now = Date.now()): string {
  const time = parts(utc, timeZone, { hour: 'numeric', minute: '2-digit' });
  if (dayOf(utc, timeZone) === dayOf(now, timeZone)) return time;
  return `${parts(utc, timeZone, { weekday: 'short', month: 'short', day: 'numeric' })}, ${time}`;
}

/** "Nov 25, 2026, 7:01:05 AM": for a log, where the seconds tell attempts apart. */
export function logTimeWords(utc: number, timeZone: string): string {
  return parts(utc, timeZone, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: '2-digit',
  });
}
