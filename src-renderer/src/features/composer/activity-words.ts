// An activity log entry's message in the owner's language: the core keeps its catalog keys in
// the entry's detail (messageKey, a failure's sentences or the entry's one); older entries and a
// network's own words show as written.
import type { ActivityEntry } from '@shared/entities';
import { KeyedSentences } from '@shared/messages/owner-message';
import { t } from '../../i18n/i18n';
import { failureWords } from '../../i18n/owner-words';
import { formatDateTime } from '../../lib/format';

export function activityWords(entry: ActivityEntry, timeZone?: string): string {
  const snoozedUntil = entry.kind === 'reminder.snoozed' ? entry.detail?.nextAttemptAt : undefined;
  // The core wrote the time as the business's wall clock digits; the owner reads it their way.
  if (timeZone !== undefined && typeof snoozedUntil === 'number') {
    const local = formatDateTime(snoozedUntil, { hour: 'numeric', minute: '2-digit', timeZone });
    return t('core:reminders.activity.snoozed', { local });
  }
  const keys = KeyedSentences.safeParse(entry.detail?.messageKey ?? null);
  return keys.success ? failureWords(entry.message, keys.data) : entry.message;
}
