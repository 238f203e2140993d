// Weeks and months in the business time zone. A week is the seven local days from the
// owner's first weekday; its instants come from local midnights, so a DST week is 167 or
// 169 hours long and still holds exactly its seven days.
import type { WeekStartsOn } from '../../shared/entities';
import type { PeriodKey } from '../../shared/plan';
import { localAt, startOfLocalDay } from '../../shared/zoned-time';

/** [from, to) in UTC milliseconds, with the key ticks and history are stored under. */
export interface Period {
  key: PeriodKey;
  from: number;
  to: number;
}

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Calendar arithmetic on a date with no zone; Date.UTC normalises overflowing days and months. */
function shiftDate(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

function weekStartDate(at: number, timeZone: string, weekStartsOn: WeekStartsOn): LocalDate {
  const local = localAt(at, timeZone);
  const weekday = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
  return shiftDate(local, -((weekday - weekStartsOn + 7) % 7));
}

function weekFrom(start: LocalDate, timeZone: string): Period {
  const end = shiftDate(start, 7);
  return {
    key: `week:${pad(start.year, 4)}-${pad(start.month)}-${pad(start.day)}`,
    from: startOfLocalDay(start.year, start.month, start.day, timeZone),
    to: startOfLocalDay(end.year, end.month, end.day, timeZone),
  };
}

export function weekOf(at: number, timeZone: string, weekStartsOn: WeekStartsOn): Period {
  return weekFrom(weekStartDate(at, timeZone, weekStartsOn), timeZone);
}

/** The week `count` weeks before the one holding `at` (count 1: last week). */
export function weekBefore(at: number, timeZone: string, weekStartsOn: WeekStartsOn, count: number): Period {
  return weekFrom(shiftDate(weekStartDate(at, timeZone, weekStartsOn), -7 * count), timeZone);
}

export function monthOf(at: number, timeZone: string): Period {
  const { year, month } = localAt(at, timeZone);
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    key: `month:${pad(year, 4)}-${pad(month)}`,
    from: startOfLocalDay(year, month, 1, timeZone),
    to: startOfLocalDay(next.year, next.month, 1, timeZone),
  };
}

/** Local midnight `days` days after the day holding `at`: the end of "the next N days, today included". */
export function localMidnightAfter(at: number, days: number, timeZone: string): number {
  const date = shiftDate(localAt(at, timeZone), days);
  return startOfLocalDay(date.year, date.month, date.day, timeZone);
}
