// A month cell's quiet line for its free queue times (issue 12 §1): "2 free slots". The week
// shows where they are, so the line opens the week of its day. Styled with the cell's other quiet
// button, "+N more" (calendar/calendar.css).
import { memo } from 'react';
import type { LocalDate } from '../calendar/calendar-model';
import type { SayCount } from '../calendar/templated-words';

interface MonthFreeSlotsProps {
  day: LocalDate;
  /** The day's free queue times (useMonthFreeSlots); nothing is drawn for none. */
  count: number;
  /** The day as the cell names it ("Thursday, November 26"), so the button says which day. */
  dayLabel: string;
  /** The grid's counted words (chip-events.ts), translated once per count for every cell. */
  sayCount: SayCount;
  onOpenWeek(day: LocalDate): void;
}

function MonthFreeSlotsView({ day, count, dayLabel, sayCount, onOpenWeek }: MonthFreeSlotsProps) {
  if (count <= 0) return null;
  return (
    <button
      type="button"
      className="month-free-slots"
      aria-label={sayCount('queue:calendar.freeSlotsLabel', count, { day: dayLabel })}
      onClick={() => onOpenWeek(day)}
    >
      {sayCount('queue:calendar.freeSlots', count, {})}
    </button>
  );
}

export const MonthFreeSlots = memo(MonthFreeSlotsView);
