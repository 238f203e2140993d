// A period the calendar can draw: the month or week around an anchor day, its days, and the UTC
// window they cover in the business's zone. The page draws the period on screen and, hidden,
// the periods either side of it (calendar-deck.tsx); each is named by its key.
import {
  dayKey,
  shiftAnchor,
  visibleDays,
  windowFor,
  type CalendarView,
  type LocalDate,
  type Weekday,
} from './calendar-model';

export interface CalendarPeriod {
  /** Which view, window and zone: the key of the period's pane and of its posts' answer. */
  key: string;
  view: CalendarView;
  anchor: LocalDate;
  days: LocalDate[];
  /** The month being shown (1-12), whose days the month view does not dim. */
  month: number;
  from: number;
  to: number;
}

/** Periods made lately, by key: the same period is the same object, wherever it was asked for. */
const made = new Map<string, CalendarPeriod>();
const KEPT = 24;

/**
 * The period of `view` around `anchor`. Asked for the same period again (from another day of it,
 * or as a neighbour), it returns the same object: a pane's grid memoises on its days, and a new
 * but equal period turned to would draw every day of the grid again.
 */
export function periodAt(
  view: CalendarView,
  anchor: LocalDate,
  weekStart: Weekday,
  timeZone: string,
): CalendarPeriod {
  const days = visibleDays(view, anchor, weekStart);
  const key = `${view} ${dayKey(days[0]!)} ${dayKey(days.at(-1)!)} ${timeZone}`;
  const known = made.get(key);
  if (known) return known;
  const { from, to } = windowFor(days, timeZone);
  const period = { key, view, anchor, days, month: anchor.month, from, to };
  made.set(key, period);
  if (made.size > KEPT) made.delete(made.keys().next().value!);
  return period;
}

/** The periods just before and after `period`, where paging goes next. */
export function neighboursOf(period: CalendarPeriod, weekStart: Weekday, timeZone: string): CalendarPeriod[] {
  return [-1, 1].map((step) =>
    periodAt(period.view, shiftAnchor(period.view, period.anchor, step), weekStart, timeZone),
  );
}
