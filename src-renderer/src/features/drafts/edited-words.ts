const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const relative = new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' });

/** "Edited just now", "Edited 5 minutes ago", or the date on the business's clocks for older edits. */
export function editedWords(updatedAt: number, timeZone: string, now = Date.now()): string {
  const age = now - updatedAt;
  if (age >= 0 && age < MINUTE) return 'Edited just now';
  if (age >= 0 && age < HOUR) return `Edited ${relative.format(-Math.floor(age / MINUTE), 'minute')}`;
  if (age >= 0 && age < 12 * HOUR) return `Edited ${relative.format(-Math.floor(age / HOUR), 'hour')}`;
  const when = new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(updatedAt);
  return `Edited ${when.replace(/\u202f/g, ' ')}`;
}
