import { memo, useMemo } from 'react';
import {
  dayKey,
  dayLabel,
  hourLabel,
  parseDayKey,
  slotKey,
  weekdayShort,
  type CalendarEntry,
  type LocalDate,
} from './calendar-model';
import { useDropZone } from './calendar-dnd';
import { useChipEvents, type ChipMove, type ChipWords } from './chip-events';
import { PostChip } from './post-chip';
import { usePaintedMark } from './use-painted-mark';
import type { SelectGesture } from '../../components/post-selection';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

interface WeekGridProps {
  days: LocalDate[];
  todayKey: string;
  byDay: Map<string, CalendarEntry[]>;
  onOpen(postId: string): void;
  onDropOnSlot(postId: string, day: LocalDate, hour: number): void;
  onKeyMove(postId: string, move: ChipMove): void;
  onPublish(postId: string, excerpt: string): void;
  onSelect(postId: string, gesture: SelectGesture): void;
  /** Free queue times by slot: the channels with one there (issue 12), drawn as quiet gaps. */
  gaps?: Map<string, string[]>;
  /** Every hour drawn, in view or not: a week's first drawing, so each row has its height before
   * the week is scrolled to its hour (use-week-hours.ts). */
  drawnWhole?: boolean;
  /** On screen: each commit sets the render mark once painted (use-painted-mark.ts). */
  shown: boolean;
}

const NO_GAPS = new Map<string, string[]>();

function WeekGridView({
  days,
  todayKey,
  byDay,
  onOpen,
  onDropOnSlot,
  onKeyMove,
  onPublish,
  onSelect,
  gaps = NO_GAPS,
  drawnWhole = false,
  shown,
}: WeekGridProps) {
  const dropZone = useDropZone('[data-slot]', (slot, postId) => {
    const [date, time] = slot.dataset.slot!.split('T') as [string, string];
    onDropOnSlot(postId, parseDayKey(date), Number(time.slice(0, 2)));
  });
  const chips = useChipEvents(byDay, true, { onOpen, onKeyMove, onPublish, onSelect });

  const columns = useMemo(
    () => days.map((day) => ({ day, key: dayKey(day), label: dayLabel(day), weekday: weekdayShort(day) })),
    [days],
  );
  // Entries by "YYYY-MM-DDTHH:00", so each slot finds its chips without scanning the day.
  const bySlot = useMemo(() => {
    const slots = new Map<string, CalendarEntry[]>();
    for (const { day, key } of columns) {
      for (const entry of byDay.get(key) ?? []) {
        const slot = slotKey(day, entry.hour);
        const list = slots.get(slot);
        if (list) list.push(entry);
        else slots.set(slot, [entry]);
      }
    }
    return slots;
  }, [columns, byDay]);

  usePaintedMark(shown);

  return (
    <div className="week" data-whole={drawnWhole || undefined} {...dropZone} {...chips.events}>
      <div className="week-grid">
        <div className="week-row week-head">
          <div className="week-corner" aria-hidden="true" />
          {columns.map(({ key, weekday, day, label }) => (
            <div
              key={key}
              className="week-day"
              aria-current={key === todayKey ? 'date' : undefined}
              data-date={key}
            >
              <span className="sr-only">{label}</span>
              <span className="week-weekday" aria-hidden="true">
                {weekday}
              </span>
              <span className="week-day-number" aria-hidden="true">
                {day.day}
              </span>
            </div>
          ))}
        </div>
        {HOURS.map((hour) => (
          <HourRow
            key={hour}
            hour={hour}
            columns={columns}
            todayKey={todayKey}
            bySlot={bySlot}
            gaps={gaps}
            active={chips.active}
            words={chips.words}
          />
        ))}
      </div>
    </div>
  );
}

interface HourRowProps {
  hour: number;
  columns: Array<{ day: LocalDate; key: string; label: string }>;
  todayKey: string;
  bySlot: Map<string, CalendarEntry[]>;
  gaps: Map<string, string[]>;
  /** The grid's active chip (chip-events.ts), wherever it is: a row compares only its own. */
  active: string | null;
  words: ChipWords;
}

function HourRowView({ hour, columns, todayKey, bySlot, gaps, active, words }: HourRowProps) {
  const time = hourLabel(hour);
  // data-near is set by use-week-hours.ts, not here: which rows are in view is known only once the
  // week is laid out, in the task that shows it.
  return (
    <div className="week-row week-hours" data-hour={hour}>
      <div className="week-hour" aria-hidden="true">
        {time}
      </div>
      {columns.map(({ day, key, label }, column) => {
        const slot = slotKey(day, hour);
        return (
          // Keyed by place, not date: paging to another week keeps the 168 slots and changes
          // their attributes, rather than building them again.
          <div
            key={column}
            role="group"
            className="week-slot"
            data-slot={slot}
            data-today={key === todayKey || undefined}
            aria-label={words.say('calendar:slot', { day: label, time })}
          >
            {bySlot.get(slot)?.map((entry) => (
              <PostChip
                key={entry.post.id}
                entry={entry}
                roomy
                active={entry.post.id === active}
                words={words}
              />
            ))}
            {gaps.get(slot)?.map((channel, index) => (
              <span key={index} className="queue-gap">
                {words.say('queue:calendar.gap', { channel })}
              </span>
            ))}
          </div>
        );
      })}
    </div>
  );
}

/** A row re-renders when the week or its words change, or the active chip comes or goes in it. */
const HourRow = memo(
  HourRowView,
  (before, after) =>
    before.hour === after.hour &&
    before.columns === after.columns &&
    before.todayKey === after.todayKey &&
    before.bySlot === after.bySlot &&
    before.gaps === after.gaps &&
    before.words === after.words &&
    activeInRow(before) === activeInRow(after),
);

function activeInRow({ hour, columns, bySlot, active }: HourRowProps): string | null {
  if (active === null) return null;
  const here = columns.some(({ day }) =>
    bySlot.get(slotKey(day, hour))?.some((entry) => entry.post.id === active),
  );
  return here ? active : null;
}

export const WeekGrid = memo(WeekGridView);
