// A post's activity log, newest first, re-read whenever the core says the post changed.
import type { ActivityEntry } from '@shared/entities';
import { SNOOZE_MS } from '@shared/reminder-presets';
import { useCoreQuery } from '../../lib/use-core-query';

export interface PostActivity {
  entries: ActivityEntry[];
  error: string | null;
}

const NO_ENTRIES: ActivityEntry[] = [];

export function usePostActivity(postId: string | null): PostActivity {
  const { data, error } = useCoreQuery(
    'activity.list',
    { postId: postId ?? '' },
    {
      enabled: postId !== null,
      refreshOn: (event) => event.type === 'post.changed' && event.postId === postId,
    },
  );
  return { entries: data ?? NO_ENTRIES, error };
}

/**
 * When Cadence will next try a target on its own, from the newest log entry about it that
 * says so; null when the latest word is that the owner must decide.
 */
export function nextTryAt(entries: readonly ActivityEntry[], targetId: string): number | null {
  const latest = entries.find(
    (entry) => entry.targetId === targetId && entry.detail && 'nextAttemptAt' in entry.detail,
  );
  const at = latest?.detail?.nextAttemptAt;
  return typeof at === 'number' ? at : null;
}

/**
 * When a snoozed reminder reminds the owner again, from the newest snooze in its log; a snooze
 * logged before the entry carried the time is 15 minutes after it, as every snooze is.
 */
export function remindsAgainAt(entries: readonly ActivityEntry[], targetId: string): number | null {
  const snooze = entries.find((entry) => entry.targetId === targetId && entry.kind === 'reminder.snoozed');
  if (!snooze) return null;
  const at = snooze.detail?.nextAttemptAt;
  return typeof at === 'number' ? at : snooze.at + SNOOZE_MS;
}
