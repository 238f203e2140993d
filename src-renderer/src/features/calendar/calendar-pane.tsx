// One period of the calendar with its own posts: the one on screen, or one drawn ahead of time
// beside it (calendar-deck.tsx). A pane drawn ahead is drawn once while transparent, then kept
// for when it is shown: a month with `content-visibility: hidden`, which keeps its style and
// layout, a week laid out off to the side, which keeps its paint properties too (calendar.css).
// Turning to it then costs a frame that paints it, where drawing a busy month from nothing took
// two. A hidden pane is hidden from assistive technology and out of the keyboard's reach: inert,
// or for a week out of the tab order (use-out-of-tab-order.ts).
import { memo, useLayoutEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import type { Channel, PostSummary } from '@shared/entities';
import { dayKey, groupByDay, type CalendarEntry } from './calendar-model';
import type { CalendarPeriod } from './calendar-period';
import { MonthGrid } from './month-grid';
import type { PaneActions } from './use-pane-actions';
import { useCalendarPosts } from './use-calendar-posts';
import { useOutOfTabOrder } from './use-out-of-tab-order';
import { afterPaint } from './use-painted-mark';
import { useWeekHours } from './use-week-hours';
import { WeekGrid } from './week-grid';
import { useMonthFreeSlots } from '../queue/use-month-free-slots';
import { useQueueGaps } from '../queue/use-queue-gaps';

interface CalendarPaneProps {
  period: CalendarPeriod;
  /** On screen; the others are drawn ahead, hidden. */
  current: boolean;
  /** Days a month drawn ahead leaves empty, as a pane nearer the one on screen draws them (calendar-deck.tsx). */
  emptyDays: ReadonlySet<string> | null;
  /** Today's day, marked ("YYYY-MM-DD") on the pane on screen only. */
  todayKey: string;
  timeZone: string;
  channels: Channel[];
  atRiskIds: ReadonlySet<string>;
  actions: PaneActions;
  /** The hour the owner last scrolled a week to, so the next week opens at the same hours. */
  weekHourRef: MutableRefObject<number | null>;
}

interface Grouped {
  timeZone: string;
  channels: Channel[];
  atRiskIds: ReadonlySet<string>;
  byDay: Map<string, CalendarEntry[]>;
}
const groupedAnswers = new WeakMap<PostSummary[], Grouped>();

/** groupByDay, once per answer: the pane on screen and the page group the same posts. */
export function groupedByDay(
  posts: PostSummary[],
  timeZone: string,
  channels: Channel[],
  atRiskIds: ReadonlySet<string>,
): Map<string, CalendarEntry[]> {
  const known = groupedAnswers.get(posts);
  if (known && known.timeZone === timeZone && known.channels === channels && known.atRiskIds === atRiskIds)
    return known.byDay;
  const byDay = groupByDay(posts, timeZone, channels, atRiskIds);
  groupedAnswers.set(posts, { timeZone, channels, atRiskIds, byDay });
  return byDay;
}

function CalendarPaneView({
  period,
  current,
  emptyDays,
  todayKey,
  timeZone,
  channels,
  atRiskIds,
  actions,
  weekHourRef,
}: CalendarPaneProps) {
  const { posts, dayTotals, loaded } = useCalendarPosts(period, timeZone);
  const byDay = useMemo(
    () => groupedByDay(posts, timeZone, channels, atRiskIds),
    [posts, timeZone, channels, atRiskIds],
  );
  // Free queue times are read once the period's posts are in: read alongside them, their answer
  // competed with the posts' for the renderer, and the posts are what the owner came to see.
  const freeSlots = useMonthFreeSlots(period.from, period.to, period.view === 'month' && loaded, timeZone);
  const gaps = useQueueGaps(period.from, period.to, period.view === 'week' && loaded, timeZone);
  const drawn = useDrawnOnce(loaded);
  // Today is marked on screen only. A pane without today keeps the key, so turning to it or
  // away re-renders no day for it.
  const markedToday = current || !period.days.some((day) => dayKey(day) === todayKey) ? todayKey : '';
  const pane = useRef<HTMLDivElement>(null);
  const onWeekScroll = useWeekHours({ pane, current, loaded, drawn, ownerHourRef: weekHourRef });
  // Kept out of the tab order rather than inert: see use-out-of-tab-order.ts.
  const weekDrawnAhead = period.view === 'week' && drawn && !current;
  useOutOfTabOrder(pane, weekDrawnAhead);

  return (
    <div
      ref={pane}
      className="calendar-pane"
      data-state={current ? 'current' : drawn ? 'hidden' : 'drawing'}
      data-view={period.view}
      aria-hidden={current ? undefined : true}
      inert={!current && !weekDrawnAhead}
      onScrollCapture={period.view === 'week' ? onWeekScroll : undefined}
    >
      {/* A period asked for or drawn ahead waits for its posts before it draws anything: an
          empty grid first would be laid out twice, its layout delaying the posts' answer. */}
      {!current && !loaded ? null : period.view === 'month' ? (
        <MonthGrid
          days={period.days}
          month={period.month}
          todayKey={markedToday}
          byDay={byDay}
          dayTotals={dayTotals}
          freeSlots={freeSlots}
          emptyDays={emptyDays}
          shown={current}
          onOpen={actions.onOpen}
          onDropOnDay={actions.onDropOnDay}
          onKeyMove={actions.onKeyMove}
          onPublish={actions.onPublish}
          onSelect={actions.onSelect}
          onShowDay={actions.onShowDay}
        />
      ) : (
        <WeekGrid
          days={period.days}
          todayKey={markedToday}
          byDay={byDay}
          onOpen={actions.onOpen}
          onDropOnSlot={actions.onDropOnSlot}
          onKeyMove={actions.onKeyMove}
          onPublish={actions.onPublish}
          onSelect={actions.onSelect}
          gaps={gaps}
          drawnWhole={!drawn}
          shown={current}
        />
      )}
    </div>
  );
}

/** True once the pane has been painted with its posts: from then on it can be kept hidden. */
function useDrawnOnce(loaded: boolean): boolean {
  const [drawn, setDrawn] = useState(false);
  useLayoutEffect(() => {
    if (drawn || !loaded) return;
    const frame = afterPaint(() => setDrawn(true));
    return () => cancelAnimationFrame(frame);
  }, [drawn, loaded]);
  return drawn;
}

export const CalendarPane = memo(CalendarPaneView);
