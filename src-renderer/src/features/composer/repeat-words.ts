// The repeat choices the composer offers for a post's date, the rule each one stands for, and
// the words for any rule, whether picked from the menu or made with "Custom…".
import type { RepeatRule, Series, SeriesEnd } from '@shared/recurrence';
import { weekdayInMonth } from '@shared/recurrence';
import { t } from '../../i18n/i18n';
import { formatDateTime, formatList } from '../../lib/format';

export type RepeatChoice = 'none' | 'weekly' | 'biweekly' | 'monthly' | 'nthWeekday' | 'custom';
export const REPEAT_CHOICES: RepeatChoice[] = [
  'none',
  'weekly',
  'biweekly',
  'monthly',
  'nthWeekday',
  'custom',
];
export type PresetChoice = Exclude<RepeatChoice, 'none' | 'custom'>;

/** An ISO weekday (Monday = 1) in the owner's language: "Tuesday", or "Tue" when `short`. */
export function weekdayName(isoWeekday: number, short = false): string {
  // 2024-01-01 was a Monday, so the first week of 2024 names every weekday in ISO order.
  const day = Date.UTC(2024, 0, isoWeekday, 12);
  return formatDateTime(day, { weekday: short ? 'short' : 'long', timeZone: 'UTC' });
}

/** The rule a menu choice names, counted from the post's date. */
export function ruleFor(choice: PresetChoice, date: string): RepeatRule {
  const { weekday, nth } = weekdayInMonth(date);
  switch (choice) {
    case 'weekly':
      return { frequency: 'weekly', interval: 1, weekdays: [weekday] };
    case 'biweekly':
      return { frequency: 'weekly', interval: 2, weekdays: [weekday] };
    case 'monthly':
      return { frequency: 'monthly', interval: 1 };
    case 'nthWeekday':
      return { frequency: 'nthWeekday', interval: 1, nth, weekday };
  }
}

/** A menu choice's label for a post's date: "Every week on Tuesday", "Custom…". */
export function describeChoice(choice: RepeatChoice, date: string): string {
  if (choice === 'none') return t('composer:repeat.choice.none');
  if (choice === 'custom') return t('composer:repeat.choice.custom');
  return describeRule(ruleFor(choice, date), date);
}

export const NTH_WORDS: Record<1 | 2 | 3 | 4 | -1, () => string> = {
  1: () => t('composer:repeat.nth.first'),
  2: () => t('composer:repeat.nth.second'),
  3: () => t('composer:repeat.nth.third'),
  4: () => t('composer:repeat.nth.fourth'),
  [-1]: () => t('composer:repeat.nth.last'),
};

/** The weekdays of a weekly rule: one reads in full ("Tuesday"), several short ("Mon, Wed and Fri"). */
function weekdayList(weekdays: number[]): string {
  const sorted = [...weekdays].sort((a, b) => a - b);
  if (sorted.length === 1) return weekdayName(sorted[0]!);
  return formatList(sorted.map((weekday) => weekdayName(weekday, true)));
}

/**
 * Any rule in a sentence, for a series starting on `date` (a monthly rule keeps its day):
 * "Every 3 weeks on Mon, Wed and Fri", "Every 2 months on the last Friday".
 */
export function describeRule(rule: RepeatRule, date: string): string {
  const interval = rule.interval;
  switch (rule.frequency) {
    case 'weekly': {
      const weekday = weekdayList(rule.weekdays);
      if (interval === 1) return t('composer:repeat.choice.weekly', { weekday });
      if (interval === 2) return t('composer:repeat.choice.biweekly', { weekday });
      return t('composer:repeat.rule.weeks', { interval, weekday });
    }
    case 'monthly': {
      const day = Number(date.slice(8, 10));
      if (interval === 1) return t('composer:repeat.choice.monthly', { day });
      return t('composer:repeat.rule.monthsOnDay', { interval, day });
    }
    case 'nthWeekday': {
      const words = { weekday: weekdayName(rule.weekday), nth: NTH_WORDS[rule.nth]() };
      if (interval === 1) return t('composer:repeat.choice.nthWeekday', words);
      return t('composer:repeat.rule.monthsOnNth', { ...words, interval });
    }
  }
}

/** What a stored series does, in a sentence: its rule and its end. */
export function describeSeries(series: Series): string {
  return `${describeRule(series.rule, series.startLocal.slice(0, 10))}, ${describeEnd(series.end)}`;
}

function describeEnd(end: SeriesEnd): string {
  if (end.kind === 'afterCount') return t('composer:repeat.ends.afterCountShort', { count: end.count });
  if (end.kind === 'onDate') {
    const day = formatDateTime(Date.parse(`${end.date}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
    return t('composer:repeat.ends.onDateShort', { date: day });
  }
  return t('composer:repeat.ends.neverShort');
}
