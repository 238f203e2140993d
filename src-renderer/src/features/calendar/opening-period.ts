// The calendar's zone and week from the profile alone, and the period it opens on: its posts are
// asked for as soon as the profile is in, while the page's code is still rendering, rather than
// once the page has drawn its empty grid (issue 14's app ready).
import type { Profile } from '@shared/entities';
import { todayIn, weekStartFor, type Weekday } from './calendar-model';
import { periodAt } from './calendar-period';
import { useCalendarViewStore } from './calendar-view-store';
import { preloadCalendarPosts } from './use-calendar-posts';

/** The business's zone, which every date is shown in; the computer's until the profile is read. */
export function calendarTimeZone(profile: Profile | null): string {
  return profile?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The owner's choice (first run or Settings); the browser's locale until they made one. */
export function calendarWeekStart(profile: Profile | null): Weekday {
  return profile?.onboardedAt ? profile.weekStartsOn : weekStartFor(navigator.language);
}

/** Starts reading the posts of the period the calendar shows when it opens. */
export function preloadOpeningPeriod(profile: Profile): Promise<void> {
  const timeZone = calendarTimeZone(profile);
  const { view, anchor } = useCalendarViewStore.getState();
  const opening = anchor ?? todayIn(Date.now(), timeZone);
  return preloadCalendarPosts(periodAt(view, opening, calendarWeekStart(profile), timeZone), timeZone);
}
