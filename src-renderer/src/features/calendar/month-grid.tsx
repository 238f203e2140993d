import { memo, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dayKey,
  dayLabel,
  firstOfMonthLabel,
  parseDayKey,
  weekdayShort,
  type CalendarEntry,
  type LocalDate,
} from './calendar-model';
import { useDropZone } from './calendar-dnd';
import { PostChip, type ChipMove } from './post-chip';

/** Chips a month cell shows before folding the rest into "+N more". */
const CHIPS_PER_DAY = 3;

interface MonthGridProps {
  days: LocalDate[];
  /** The month being shown (1-12); days of the neighbouring months are dimmed. */
  month: number;
  todayKey: string;
  byDay: Map<string, CalendarEntry[]>;
  onOpen(postId: string): void;
  onDropOnDay(postId: string, day: LocalDate): void;
  onKeyMove(postId: string, move: ChipMove): void;
  onPublish(postId: string, excerpt: string): void;
  onShowDay(day: LocalDate): void;
}

function MonthGridView({
  days,
  month,
  todayKey,
  byDay,
  onOpen,
  onDropOnDay,
  onKeyMove,
  onPublish,
  onShowDay,
}: MonthGridProps) {
  const { t } = useTranslation('calendar');
  const dropZone = useDropZone('[data-date]', (cell, postId) =>
    onDropOnDay(postId, parseDayKey(cell.dataset.date!)),
  );
  const cells = useMemo(
    () =>
      days.map((day) => ({
        day,
        key: dayKey(day),
        label: dayLabel(day),
        number: day.day === 1 ? firstOfMonthLabel(day) : String(day.day),
      })),
    [days],
  );

  useEffect(() => {
    performance.mark('cadence:calendar-rendered');
  });

  return (
    <div className="month" {...dropZone}>
      <div className="month-weekdays" aria-hidden="true">
        {days.slice(0, 7).map((day) => (
          <div key={day.day} className="month-weekday">
            {weekdayShort(day)}
          </div>
        ))}
      </div>
      <div
        className="month-days"
        style={{ gridTemplateRows: `repeat(${days.length / 7}, minmax(112px, 1fr))` }}
      >
        {cells.map(({ day, key, label, number }) => {
          const entries = byDay.get(key) ?? [];
          // A full cell keeps three rows: two chips and the "+N more" button.
          const folded = entries.length > CHIPS_PER_DAY ? entries.length - CHIPS_PER_DAY + 1 : 0;
          return (
            <div
              key={key}
              role="group"
              className="month-cell"
              data-date={key}
              data-outside={day.month !== month || undefined}
              aria-label={label}
              aria-current={key === todayKey ? 'date' : undefined}
            >
              <span className="month-day-number" aria-hidden="true">
                {number}
              </span>
              <div className="month-chips">
                {entries.slice(0, entries.length - folded).map((entry) => (
                  <PostChip
                    key={entry.post.id}
                    entry={entry}
                    roomy={false}
                    onOpen={onOpen}
                    onKeyMove={onKeyMove}
                    onPublish={onPublish}
                  />
                ))}
                {folded > 0 && (
                  <button
                    type="button"
                    className="month-more"
                    aria-label={t('moreLabel', { count: folded, day: label })}
                    title={t('moreTitle')}
                    onClick={() => onShowDay(day)}
                  >
                    {t('more', { count: folded })}
                  </button>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

export const MonthGrid = memo(MonthGridView);
