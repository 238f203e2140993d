import { memo, useMemo } from 'react';
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
import { MONTH_CHIPS_PER_DAY } from './month-chips';
import { useChipEvents, type ChipMove, type ChipWords } from './chip-events';
import { PostChip, sameChip } from './post-chip';
import { usePaintedMark } from './use-painted-mark';
import { MonthFreeSlots } from '../queue/month-free-slots';
import type { SelectGesture } from '../../components/post-selection';

interface MonthGridProps {
  days: LocalDate[];
  /** The month being shown (1-12); days of the neighbouring months are dimmed. */
  month: number;
  todayKey: string;
  byDay: Map<string, CalendarEntry[]>;
  /** How many posts each day has in all, of which `byDay` holds the first few (calendar.month). */
  dayTotals: Readonly<Record<string, number>> | null;
  /** Free queue times per day (use-month-free-slots.ts), drawn as a quiet count under the chips. */
  freeSlots: ReadonlyMap<string, number>;
  /** Days drawn empty, as the month on screen shows them: set while this one is drawn ahead, hidden. */
  emptyDays: ReadonlySet<string> | null;
  /** On screen: each commit sets the render mark once painted (use-painted-mark.ts). */
  shown: boolean;
  onOpen(postId: string): void;
  onDropOnDay(postId: string, day: LocalDate): void;
  onKeyMove(postId: string, move: ChipMove): void;
  onPublish(postId: string, excerpt: string): void;
  onSelect(postId: string, gesture: SelectGesture): void;
  onShowDay(day: LocalDate): void;
}

function MonthGridView({
  days,
  month,
  todayKey,
  byDay,
  dayTotals,
  freeSlots,
  emptyDays,
  shown,
  onOpen,
  onDropOnDay,
  onKeyMove,
  onPublish,
  onSelect,
  onShowDay,
}: MonthGridProps) {
  const dropZone = useDropZone('[data-date]', (cell, postId) =>
    onDropOnDay(postId, parseDayKey(cell.dataset.date!)),
  );
  const chips = useChipEvents(byDay, false, { onOpen, onKeyMove, onPublish, onSelect });
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
  const weekdays = useMemo(
    () => days.slice(0, 7).map((day) => ({ key: day.day, name: weekdayShort(day) })),
    [days],
  );

  usePaintedMark(shown);

  return (
    <div className="month" {...dropZone} {...chips.events}>
      <div className="month-weekdays" aria-hidden="true">
        {weekdays.map(({ key, name }) => (
          <div key={key} className="month-weekday">
            {name}
          </div>
        ))}
      </div>
      <div
        className="month-days"
        style={{ gridTemplateRows: `repeat(${days.length / 7}, minmax(112px, 1fr))` }}
      >
        {cells.map(({ day, key, label, number }) => {
          // A day the month on screen draws too stays a cell of its own, only empty: swapping it
          // for another element would move every cell after it, restyled and laid out again.
          const empty = emptyDays?.has(key) ?? false;
          return (
            <MonthCell
              key={key}
              day={day}
              label={label}
              number={number}
              outside={day.month !== month}
              empty={empty}
              today={key === todayKey}
              entries={empty ? NO_ENTRIES : (byDay.get(key) ?? NO_ENTRIES)}
              total={empty ? 0 : (dayTotals?.[key] ?? 0)}
              active={chips.active}
              freeSlots={empty ? 0 : (freeSlots.get(key) ?? 0)}
              words={chips.words}
              onShowDay={onShowDay}
            />
          );
        })}
      </div>
    </div>
  );
}

const NO_ENTRIES: CalendarEntry[] = [];

interface MonthCellProps {
  day: LocalDate;
  label: string;
  number: string;
  outside: boolean;
  /**
   * Left empty, its number only, while this month is hidden and the month on screen draws the
   * day: no chips, and not a day a locator or the drop zone finds (no role, name or date).
   */
  empty: boolean;
  today: boolean;
  entries: CalendarEntry[];
  /** The day's posts in all; more than `entries` holds when the day is fuller than a cell shows. */
  total: number;
  /** The grid's active chip (chip-events.ts), wherever it is: a cell compares only its own. */
  active: string | null;
  freeSlots: number;
  words: ChipWords;
  /** Opens the week of the day: "+N more" and the free slots' line. */
  onShowDay(day: LocalDate): void;
}

/** No translation hook of its own: `words` changes with the language, and re-renders the cell. */
function MonthCellView({
  day,
  label,
  number,
  outside,
  empty,
  today,
  entries,
  total,
  active,
  freeSlots,
  words,
  onShowDay,
}: MonthCellProps) {
  // A full cell keeps three rows: two chips and the "+N more" button. A post just moved here
  // (not yet in the day's count) still counts.
  const posts = Math.max(total, entries.length);
  const folded = posts > MONTH_CHIPS_PER_DAY ? posts - MONTH_CHIPS_PER_DAY + 1 : 0;
  return (
    <div
      role={empty ? undefined : 'group'}
      className="month-cell"
      data-date={empty ? undefined : dayKey(day)}
      data-outside={outside || undefined}
      aria-label={empty ? undefined : label}
      aria-current={today && !empty ? 'date' : undefined}
    >
      <span className="month-day-number" aria-hidden="true">
        {number}
      </span>
      <div className="month-chips">
        {entries.slice(0, folded > 0 ? MONTH_CHIPS_PER_DAY - 1 : MONTH_CHIPS_PER_DAY).map((entry) => (
          <PostChip
            key={entry.post.id}
            entry={entry}
            roomy={false}
            active={entry.post.id === active}
            words={words}
          />
        ))}
        {folded > 0 && (
          <button
            type="button"
            className="month-more"
            aria-label={words.sayCount('calendar:moreLabel', folded, { day: label })}
            title={words.moreTitle}
            onClick={() => onShowDay(day)}
          >
            {words.sayCount('calendar:more', folded, {})}
          </button>
        )}
      </div>
      <MonthFreeSlots
        day={day}
        count={freeSlots}
        dayLabel={label}
        sayCount={words.sayCount}
        onOpenWeek={onShowDay}
      />
    </div>
  );
}

/**
 * A day re-renders only when its own chips or how it reads change: moving one post, or a refresh
 * that regroups the month, leaves the other days as they are.
 */
const MonthCell = memo(
  MonthCellView,
  (before, after) =>
    before.day === after.day &&
    before.label === after.label &&
    before.outside === after.outside &&
    before.empty === after.empty &&
    before.today === after.today &&
    before.total === after.total &&
    before.freeSlots === after.freeSlots &&
    before.words === after.words &&
    before.onShowDay === after.onShowDay &&
    activeHere(before) === activeHere(after) &&
    sameEntries(before.entries, after.entries),
);

/** The active chip if it is one of this cell's, so a new active chip re-renders two cells only. */
function activeHere({ entries, active }: MonthCellProps): string | null {
  return active !== null && entries.some((entry) => entry.post.id === active) ? active : null;
}

/** The same chips showing the same way, entry by entry. */
function sameEntries(before: CalendarEntry[], after: CalendarEntry[]): boolean {
  return before.length === after.length && before.every((entry, i) => sameChip(entry, after[i]!));
}

export const MonthGrid = memo(MonthGridView);
