// The period the grid draws. While the next period's posts load, the grid keeps the last one
// whole, its days with its posts, rather than drawing the new days with the old posts: paging then
// changes the grid once, when the posts arrive. Emptying it first cost a frame of its own (every
// chip taken out, laid out and painted), and the posts' answer waited behind that frame.
import { useMemo, useState } from 'react';
import type { CalendarView, LocalDate } from './calendar-model';

export interface ShownPeriod {
  view: CalendarView;
  days: LocalDate[];
  /** The month being shown (1-12), whose days the month view does not dim. */
  month: number;
}

/** `view`, `days` and `month` once their posts have loaded; until then, the last that had. */
export function useShownPeriod(
  view: CalendarView,
  days: LocalDate[],
  month: number,
  loaded: boolean,
): ShownPeriod {
  const period = useMemo(() => ({ view, days, month }), [view, days, month]);
  // React's way of keeping what an earlier render saw: set during render, re-rendered at once.
  const [shown, setShown] = useState(period);
  if (loaded && shown !== period) setShown(period);
  return loaded ? period : shown;
}
