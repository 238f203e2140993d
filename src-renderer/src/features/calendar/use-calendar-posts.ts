// Loads only the visible window and keeps it fresh: a change anywhere in the core
// (composer, another window, the publisher) refetches once after a short pause.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PostSummary } from '@shared/entities';
import { call, messageOf, subscribe } from '../../lib/api';

const REFRESH_DELAY_MS = 150;

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
  const [state, setState] = useState<{ key: string; posts: PostSummary[]; error: string | null }>({
    key: '',
    posts: [],
    error: null,
  });
  const windowKey = `${from}-${to}`;
  // Answers can arrive out of order when the owner pages quickly; only the latest counts.
  const latestRequest = useRef(0);

  const load = useCallback(() => {
    const request = ++latestRequest.current;
    call('calendar.range', { from, to }).then(
      (posts) => {
        if (request === latestRequest.current) setState({ key: windowKey, posts, error: null });
      },
      (error: unknown) => {
        if (request === latestRequest.current) {
          setState((previous) => ({ ...previous, key: windowKey, error: messageOf(error) }));
        }
      },
    );
  }, [from, to, windowKey]);

  useEffect(() => {
    load();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe((event) => {
      if (event.type !== 'post.changed' && event.type !== 'post.deleted') return;
      clearTimeout(timer);
      timer = setTimeout(load, REFRESH_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [load]);

  const patch = useCallback((postId: string, changes: Partial<PostSummary>) => {
    setState((previous) => ({
      ...previous,
      posts: previous.posts.map((post) => (post.id === postId ? { ...post, ...changes } : post)),
    }));
  }, []);

  return {
    posts: state.posts,
    loaded: state.key === windowKey,
    error: state.key === windowKey ? state.error : null,
    patch,
    reload: load,
  };
}
