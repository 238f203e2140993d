// What the month view is sent (contract 'calendar.month'): on each day of the business's
// calendar, the first posts by time up to what a cell shows, and how many the day has in all.
// A day is the business zone's, and a post counts if the renderer would place it (isOnCalendar).
import { isOnCalendar, type PostSummary } from '../../shared/entities';
import { formatLocal, zonedClock } from '../../shared/zoned-time';

export interface MonthDays {
  posts: PostSummary[];
  /** Posts per day ("YYYY-MM-DD"), shown or not; days without posts are left out. */
  dayTotals: Record<string, number>;
}

/** `posts` in time order (as PostSummaries.range reads them), cut to `perDay` a day in `timeZone`. */
export function firstPostsPerDay(posts: readonly PostSummary[], timeZone: string, perDay: number): MonthDays {
  const clock = zonedClock(timeZone);
  const shown: PostSummary[] = [];
  const dayTotals: Record<string, number> = {};
  for (const post of posts) {
    if (!isOnCalendar(post)) continue;
    const day = formatLocal(clock(post.scheduledAt)).slice(0, 10);
    const total = (dayTotals[day] ?? 0) + 1;
    dayTotals[day] = total;
    if (total <= perDay) shown.push(post);
  }
  return { posts: shown, dayTotals };
}
