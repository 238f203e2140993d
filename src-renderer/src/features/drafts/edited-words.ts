import { t } from '../../i18n/i18n';
import { formatDateTime, formatRelative } from '../../lib/format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "Edited just now", "Edited 5 minutes ago", or the date on the business's clocks for older edits. */
export function editedWords(updatedAt: number, timeZone: string, now = Date.now()): string {
  const age = now - updatedAt;
  if (age >= 0 && age < MINUTE) return t('drafts:editedNow');
  if (age >= 0 && age < HOUR) {
    return t('drafts:edited', { when: formatRelative(-Math.floor(age / MINUTE), 'minute') });
  }
  if (age >= 0 && age < 12 * HOUR) {
    return t('drafts:edited', { when: formatRelative(-Math.floor(age / HOUR), 'hour') });
  }
  const when = formatDateTime(updatedAt, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  });
  return t('drafts:edited', { when });
}
