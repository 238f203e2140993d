// One period's posts, kept fresh: a change anywhere in the core (composer, another window, the
// publisher) reads them again once after a short pause. The month view reads only the posts its
// cells can show, and each day's count for "+N more" (calendar.month); the week view reads every
// post of its seven days (calendar.range). The period's pane and the page read the same answer.
import { useCallback } from 'react';
import type { PostSummary } from '@shared/entities';
import { call } from '../../lib/api';
import { preloadShared, useSharedCoreLoad } from '../../lib/use-shared-core-load';
import { MONTH_CHIPS_PER_DAY } from './month-chips';
import type { CalendarPeriod } from './calendar-period';

const REFRESH_DELAY_MS = 150;
const NO_POSTS: PostSummary[] = [];
const REFRESH_ON = ['post.changed', 'post.deleted'] as const;

interface CalendarAnswer {
  posts: PostSummary[];
  /** Posts per day ("YYYY-MM-DD") in all, shown or not: the month view's; null for the week's. */
  dayTotals: Readonly<Record<string, number>> | null;
}

export interface CalendarPosts {
  posts: PostSummary[];
  /** How many posts each day has, of which the month view was sent the first few; null in the week. */
  dayTotals: Readonly<Record<string, number>> | null;
  /** True once the period has answered, well or not. */
  loaded: boolean;
  error: string | null;
  /** Replaces one post in place, for optimistic moves and their reverts. */
  patch(postId: string, changes: Partial<PostSummary>): void;
  reload(): void;
}

const WATCH = { refreshOn: REFRESH_ON, settleMs: REFRESH_DELAY_MS };

function readPeriod({ view, from, to }: CalendarPeriod, timeZone: string): Promise<CalendarAnswer> {
  return view === 'month'
    ? call('calendar.month', { from, to, timeZone, perDay: MONTH_CHIPS_PER_DAY })
    : call('calendar.range', { from, to }).then((posts) => ({ posts, dayTotals: null }));
}

/** Asks for a period's posts before the calendar is drawn; its first reader takes up the answer. */
export function preloadCalendarPosts(period: CalendarPeriod, timeZone: string): Promise<void> {
  return preloadShared(period.key, () => readPeriod(period, timeZone), WATCH);
}

export function useCalendarPosts(period: CalendarPeriod, timeZone: string): CalendarPosts {
  const { data, error, loading, reload, setData } = useSharedCoreLoad<CalendarAnswer>(
    period.key,
    () => readPeriod(period, timeZone),
    WATCH,
  );

  const patch = useCallback(
    (postId: string, changes: Partial<PostSummary>) =>
      setData(
        (answer) =>
          answer && {
            ...answer,
            posts: answer.posts.map((post) => (post.id === postId ? { ...post, ...changes } : post)),
          },
      ),
    [setData],
  );
  const reloadNow = useCallback(() => void reload(), [reload]);

  return {
    posts: data?.posts ?? NO_POSTS,
    dayTotals: data?.dayTotals ?? null,
    loaded: !loading,
    error: loading ? null : error,
    patch,
    reload: reloadNow,
  };
}
