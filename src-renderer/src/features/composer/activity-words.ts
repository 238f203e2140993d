// An activity log entry's message in the owner's language: the core keeps its catalog keys in
// the entry's detail (messageKey, a failure's sentences or the entry's one); older entries and a
// network's own words show as written.
import type { ActivityEntry } from '@shared/entities';
import { KeyedSentences } from '@shared/messages/owner-message';
import { failureWords } from '../../i18n/owner-words';

export function activityWords(entry: ActivityEntry): string {
  const keys = KeyedSentences.safeParse(entry.detail?.messageKey ?? null);
  return keys.success ? failureWords(entry.message, keys.data) : entry.message;
}
