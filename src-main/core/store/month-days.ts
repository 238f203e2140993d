// What the month view is sent (contract 'calendar.month'): on each day of the business's
// calendar, the first posts by time up to what a cell shows, and how many the day has in all.
// A day is the business zone's, and a post counts if the renderer would place it (isOnCalendar).
import { isOnCalendar, type PostSummary } from '../../shared/entities';
import { addLocalDays, formatLocal, parseLocal, startOfLocalDay, zonedClock } from '../../shared/zoned-time';

export interface MonthDays<P = PostSummary> {
  posts: P[];
  /** Posts per day ("YYYY-MM-DD"), shown or not; days without posts are left out. */
  dayTotals: Record<string, number>;
}

/**
 * `posts` in time order (as the post summaries' `range` and `timesIn` read them), cut to `perDay`
 * a day in `timeZone`. A day's key is worked out once, at its first post, with the instant the
 * next day begins: the posts up to it are the same day, with no clock read of their own.
 */
export function firstPostsPerDay<P extends Pick<PostSummary, 'scheduledAt' | 'status'>>(
  posts: readonly P[],
  timeZone: string,
  perDay: number,
): MonthDays<P> {
  const clock = zonedClock(timeZone);
  const shown: P[] = [];
  const dayTotals: Record<string, number> = {};
  let day = '';
  let nextDayAt = -Infinity;
  for (const post of posts) {
    if (!isOnCalendar(post)) continue;
    if (post.scheduledAt >= nextDayAt) {
      day = formatLocal(clock(post.scheduledAt)).slice(0, 10);
      const next = parseLocal(addLocalDays(`${day}T00:00`, 1));
      nextDayAt = startOfLocalDay(next.year, next.month, next.day, timeZone);
    }
    const total = (dayTotals[day] ?? 0) + 1;
    dayTotals[day] = total;
    if (total <= perDay) shown.push(post);
  }
  return { posts: shown, dayTotals };
}
