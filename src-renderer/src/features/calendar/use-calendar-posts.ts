// Loads only the visible window and keeps it fresh: a change anywhere in the core
// (composer, another window, the publisher) refetches once after a short pause.
import { useCallback } from 'react';
import type { PostSummary } from '@shared/entities';
import { useCoreQuery } from '../../lib/use-core-query';

const REFRESH_DELAY_MS = 150;
const NO_POSTS: PostSummary[] = [];

export interface CalendarPosts {
  posts: PostSummary[];
  /** True once the current window has loaded at least once. */
  loaded: boolean;
  error: string | null;
  /** Replaces one post in place, for optimistic moves and their reverts. */
  patch(postId: string, changes: Partial<PostSummary>): void;
  reload(): void;
}

export function useCalendarPosts(from: number, to: number): CalendarPosts {
  // The previous window's posts stay until the new window's arrive, so paging does not flash.
  const { data, error, loading, reload, setData } = useCoreQuery(
    'calendar.range',
    { from, to },
    { refreshOn: ['post.changed', 'post.deleted'], settleMs: REFRESH_DELAY_MS, keepPrevious: true },
  );

  const patch = useCallback(
    (postId: string, changes: Partial<PostSummary>) =>
      setData((posts) => posts?.map((post) => (post.id === postId ? { ...post, ...changes } : post))),
    [setData],
  );
  const reloadNow = useCallback(() => void reload(), [reload]);

  return {
    posts: data ?? NO_POSTS,
    loaded: !loading,
    error: loading ? null : error,
    patch,
    reload: reloadNow,
  };
}
