// An activity log entry's message in the owner's language: the outbox keeps a failure's catalog
// keys in the entry's detail (messageKey); older entries and other kinds show as written.
import type { ActivityEntry } from '@shared/entities';
import { KeyedSentences } from '@shared/messages/owner-message';
import { failureWords } from '../../i18n/owner-words';

export function activityWords(entry: ActivityEntry): string {
  const keys = KeyedSentences.safeParse(entry.detail?.messageKey ?? null);
  return keys.success ? failureWords(entry.message, keys.data) : entry.message;
}
