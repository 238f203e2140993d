// The Insights date range in the business time zone: the last 7, 30 or 90 days up to today,
// or the owner's own first and last day. Both the instants (for metrics) and the calendar
// days (for campaign figures) come from the same local midnights.
import { addLocalDays, localStringAt, parseLocal, startOfLocalDay } from '@shared/zoned-time';
import { t } from '../../i18n/i18n';

export type RangePreset = '7' | '30' | '90' | 'custom';

export interface DateRange {
  /** First day and last day, inclusive, as YYYY-MM-DD. */
  fromDay: string;
  toDay: string;
  /** [from, to) in UTC milliseconds: from the first day's midnight to the midnight after the last day. */
  from: number;
  to: number;
}

const DAY_LIMIT = 400;

export function todayIn(timeZone: string, now = Date.now()): string {
  return localStringAt(now, timeZone).slice(0, 10);
}

export function shiftDay(day: string, days: number): string {
  return addLocalDays(`${day}T00:00`, days).slice(0, 10);
}

function midnight(day: string, timeZone: string): number {
  const parts = parseLocal(`${day}T00:00`);
  return startOfLocalDay(parts.year, parts.month, parts.day, timeZone);
}

export function rangeOf(fromDay: string, toDay: string, timeZone: string): DateRange {
  return { fromDay, toDay, from: midnight(fromDay, timeZone), to: midnight(shiftDay(toDay, 1), timeZone) };
}

export function presetRange(
  preset: Exclude<RangePreset, 'custom'>,
  timeZone: string,
  now = Date.now(),
): DateRange {
  const today = todayIn(timeZone, now);
  return rangeOf(shiftDay(today, 1 - Number(preset)), today, timeZone);
}

/** Why a custom range cannot be used, or null when it can. */
export function customRangeProblem(fromDay: string, toDay: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fromDay) || !/^\d{4}-\d{2}-\d{2}$/.test(toDay)) {
    return t('insights:range.chooseDays');
  }
  if (toDay < fromDay) return t('insights:range.order');
  const days = (Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > DAY_LIMIT) return t('insights:range.tooLong', { count: DAY_LIMIT });
  return null;
}

/** Buckets for charts over the range: days up to 31 days, weeks beyond. */
export function bucketsOf(
  range: DateRange,
  timeZone: string,
): Array<{ fromDay: string; toDay: string; from: number }> {
  const days =
    Math.round(
      (Date.parse(`${range.toDay}T00:00:00Z`) - Date.parse(`${range.fromDay}T00:00:00Z`)) / 86_400_000,
    ) + 1;
  const step = days <= 31 ? 1 : 7;
  const buckets: Array<{ fromDay: string; toDay: string; from: number }> = [];
  for (let day = range.fromDay; day <= range.toDay; day = shiftDay(day, step)) {
    const last = shiftDay(day, step - 1);
    buckets.push({
      fromDay: day,
      toDay: last < range.toDay ? last : range.toDay,
      from: midnight(day, timeZone),
    });
  }
  return buckets;
}
