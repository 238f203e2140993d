// The composer's "Custom…" repeat: what the owner has typed and ticked so far, and the rule it
// names or the reason it names none yet. The typed interval stays as text, so "0" or an empty
// field is shown back with a message instead of being silently corrected.
import { weekdayInMonth, type RepeatRule } from '@shared/recurrence';
import { t } from '../../i18n/i18n';
import { weekdayName } from './repeat-words';

export type CustomUnit = 'weeks' | 'months';
/** Which day of the month a monthly repeat keeps: the date's day, or its weekday counted from the start or the end. */
export type MonthlyBy = 'day' | 'nth' | 'last';

export interface CustomRepeat {
  unit: CustomUnit;
  /** The interval as typed. */
  every: string;
  /** ISO weekdays (Monday = 1) for a weekly repeat. */
  weekdays: number[];
  monthlyBy: MonthlyBy;
}

/** Most weeks or months between posts the rule takes (RepeatRule's own limits). */
export const MAX_EVERY: Record<CustomUnit, number> = { weeks: 52, months: 12 };

/** A fresh custom repeat for a post's date: weekly, on the post's own weekday. */
export function customRepeatFor(date: string): CustomRepeat {
  return { unit: 'weeks', every: '1', weekdays: [weekdayInMonth(date).weekday], monthlyBy: 'day' };
}

/**
 * The ways a monthly repeat can keep a date: its day always; "the fourth Tuesday" unless it is a
 * fifth; "the last Tuesday" when no later one is in the month (the 24th can be both).
 */
export function monthlyWaysFor(date: string): MonthlyBy[] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const ways: MonthlyBy[] = ['day'];
  if (weekdayInMonth(date).nth !== -1) ways.push('nth');
  if (day + 7 > daysInMonth) ways.push('last');
  return ways;
}

export type CustomRuleResult = { rule: RepeatRule } | { problem: string };

/** The rule a custom repeat names for a post on `date`, or what to fix first. */
export function customRuleOf(custom: CustomRepeat, date: string): CustomRuleResult {
  const max = MAX_EVERY[custom.unit];
  const interval = Number(custom.every.trim());
  if (!/^\d+$/.test(custom.every.trim()) || interval < 1 || interval > max) {
    return { problem: t(`composer:repeat.custom.problem.${custom.unit}`, { max }) };
  }
  const { weekday, nth } = weekdayInMonth(date);
  if (custom.unit === 'weeks') {
    if (custom.weekdays.length === 0) return { problem: t('composer:repeat.custom.problem.noWeekday') };
    // The core refuses a series whose first post is not on its rule; saying so here names the fix.
    if (!custom.weekdays.includes(weekday)) {
      return { problem: t('composer:repeat.custom.problem.ownWeekday', { weekday: weekdayName(weekday) }) };
    }
    const weekdays = [...new Set(custom.weekdays)].sort((a, b) => a - b);
    return { rule: { frequency: 'weekly', interval, weekdays } };
  }
  const by = monthlyWaysFor(date).includes(custom.monthlyBy) ? custom.monthlyBy : 'day';
  if (by === 'day') return { rule: { frequency: 'monthly', interval } };
  return { rule: { frequency: 'nthWeekday', interval, nth: by === 'last' ? -1 : nth, weekday } };
}
