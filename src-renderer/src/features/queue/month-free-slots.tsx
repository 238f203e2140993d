// A month cell's quiet line for its free queue times (issue 12 §1): "2 free slots". The week
// shows where they are, so the line opens the week of its day. Styled with the cell's other quiet
// button, "+N more" (calendar/calendar.css).
import { memo } from 'react';
import { t } from '../../i18n/i18n';
import type { LocalDate } from '../calendar/calendar-model';

interface MonthFreeSlotsProps {
  day: LocalDate;
  /** The day's free queue times (useMonthFreeSlots); nothing is drawn for none. */
  count: number;
  /** The day as the cell names it ("Thursday, November 26"), so the button says which day. */
  dayLabel: string;
  onOpenWeek(day: LocalDate): void;
}

function MonthFreeSlotsView({ day, count, dayLabel, onOpenWeek }: MonthFreeSlotsProps) {
  if (count <= 0) return null;
  return (
    <button
      type="button"
      className="month-free-slots"
      aria-label={t('queue:calendar.freeSlotsLabel', { count, day: dayLabel })}
      onClick={() => onOpenWeek(day)}
    >
      {t('queue:calendar.freeSlots', { count })}
    </button>
  );
}

export const MonthFreeSlots = memo(MonthFreeSlotsView);
