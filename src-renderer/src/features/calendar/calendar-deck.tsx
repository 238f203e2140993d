// The calendar's grids: the period on screen, and the periods either side of it drawn ahead of
// time while the owner reads, so that turning a page shows a grid already laid out and painted.
// Panes are in time order, whatever is on screen, so turning a page moves no element: a moved
// element is laid out again from nothing, which is the cost drawing ahead saves. A page turn
// changes as little as it can: panes no longer beside the one on screen go when the renderer is
// next idle, not in the turn.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Channel } from '@shared/entities';
import { dayKey, type Weekday } from './calendar-model';
import { CalendarPane } from './calendar-pane';
import { neighboursOf, type CalendarPeriod } from './calendar-period';
import type { PaneActions } from './use-pane-actions';

interface CalendarDeckProps {
  /** The period on screen. */
  shown: CalendarPeriod;
  /** The period asked for, drawn hidden until its posts come, then shown; often `shown` itself. */
  requested: CalendarPeriod;
  /** False while the period asked for is being read: nothing else is read or drawn meanwhile. */
  drawAhead: boolean;
  weekStart: Weekday;
  todayKey: string;
  timeZone: string;
  channels: Channel[];
  atRiskIds: ReadonlySet<string>;
  actions: PaneActions;
}

export function CalendarDeck({
  shown,
  requested,
  drawAhead,
  weekStart,
  timeZone,
  ...panes
}: CalendarDeckProps) {
  const ahead = useDrawnAhead(shown, drawAhead, weekStart, timeZone);
  const periods = useMemo(() => {
    const byKey = new Map([...ahead, shown, requested].map((period) => [period.key, period]));
    return [...byKey.values()].sort((a, b) => a.from - b.from || a.key.localeCompare(b.key));
  }, [ahead, shown, requested]);
  const weekHourRef = useRef<number | null>(null);
  const shownAt = periods.findIndex((period) => period.key === shown.key);

  return (
    <div className="calendar-deck">
      {periods.map((period, index) => (
        <CalendarPane
          key={period.key}
          period={period}
          current={period.key === shown.key}
          emptyDays={daysShownNearer(periods, index, shownAt)}
          timeZone={timeZone}
          weekHourRef={weekHourRef}
          {...panes}
        />
      ))}
    </div>
  );
}

/**
 * The days a pane leaves empty so that each day is in the page once: neighbouring months share a
 * week or so, and the pane nearer the one on screen (or that one itself) draws it. Weeks share no
 * days, nor do months two apart.
 */
function daysShownNearer(
  periods: readonly CalendarPeriod[],
  index: number,
  shownAt: number,
): ReadonlySet<string> | null {
  const nearer = index === shownAt ? undefined : periods[index < shownAt ? index + 1 : index - 1];
  return nearer?.view === 'month' && periods[index]!.view === 'month' ? daysOf(nearer) : null;
}

const dayKeys = new WeakMap<CalendarPeriod, ReadonlySet<string>>();

/** The period's days, one set per period: a pane whose nearer neighbour is the same re-renders nothing. */
function daysOf(period: CalendarPeriod): ReadonlySet<string> {
  let days = dayKeys.get(period);
  if (!days) {
    days = new Set(period.days.map(dayKey));
    dayKeys.set(period, days);
  }
  return days;
}

interface Idle {
  requestIdleCallback?(callback: () => void, options: { timeout: number }): number;
  cancelIdleCallback?(handle: number): void;
}

/**
 * The periods drawn beside `shown`: its neighbours, added once the renderer is idle after `shown`
 * is drawn, so that reading and drawing them never delays the period the owner asked for. Those
 * drawn already (the period just left, say) stay until then; only the other view's go at once,
 * as weeks and months share days.
 */
function useDrawnAhead(
  shown: CalendarPeriod,
  drawAhead: boolean,
  weekStart: Weekday,
  timeZone: string,
): CalendarPeriod[] {
  const [ahead, setAhead] = useState<CalendarPeriod[]>([]);
  const [left, setLeft] = useState(shown);
  if (left.key !== shown.key) {
    // React's way of acting on a change seen in render: set state now, re-rendered at once.
    setAhead([...ahead, left].filter((period) => period.view === shown.view && period.key !== shown.key));
    setLeft(shown);
  }

  useEffect(() => {
    if (!drawAhead) return;
    const idle = globalThis as Idle;
    // Without idle callbacks (a test DOM), nothing is drawn ahead.
    const handle = idle.requestIdleCallback?.(() => setAhead(neighboursOf(shown, weekStart, timeZone)), {
      timeout: IDLE_WAIT_MS,
    });
    return () => {
      if (handle !== undefined) idle.cancelIdleCallback?.(handle);
    };
  }, [shown, drawAhead, weekStart, timeZone]);

  return ahead;
}

/** Draw the neighbours after this long even if the renderer has not been idle. */
const IDLE_WAIT_MS = 1000;
