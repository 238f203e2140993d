// A post's activity log, newest first, re-read whenever the core says the post changed.
import { useEffect, useState } from 'react';
import type { ActivityEntry } from '@shared/entities';
import { call, messageOf, subscribe } from '../../lib/api';

export interface PostActivity {
  entries: ActivityEntry[];
  error: string | null;
}

export function usePostActivity(postId: string | null): PostActivity {
  const [state, setState] = useState<PostActivity & { postId: string | null }>({
    postId: null,
    entries: [],
    error: null,
  });

  useEffect(() => {
    if (!postId) return;
    let active = true;
    // Answers can cross when events come quickly; only the newest request may land.
    let latest = 0;
    const load = () => {
      const request = ++latest;
      const current = () => active && request === latest;
      call('activity.list', { postId }).then(
        (entries) => current() && setState({ postId, entries, error: null }),
        (error: unknown) => current() && setState((s) => ({ ...s, postId, error: messageOf(error) })),
      );
    };
    load();
    const unsubscribe = subscribe((event) => {
      if (event.type === 'post.changed' && event.postId === postId) load();
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [postId]);

  return state.postId === postId ? state : { entries: [], error: null };
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
