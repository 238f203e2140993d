// The repeat choices the composer offers for a post's date, and the rule each one stands for.
import type { RepeatRule, Series, SeriesEnd } from '@shared/recurrence';
import { weekdayInMonth } from '@shared/recurrence';
import { t } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';

export type RepeatChoice = 'none' | 'weekly' | 'biweekly' | 'monthly' | 'nthWeekday';
export const REPEAT_CHOICES: RepeatChoice[] = ['none', 'weekly', 'biweekly', 'monthly', 'nthWeekday'];

/** The weekday of a wall-clock date, in the owner's language ("Tuesday"). */
function weekdayName(date: string): string {
  return formatDateTime(Date.parse(`${date}T12:00:00Z`), { weekday: 'long', timeZone: 'UTC' });
}

/** The rule a choice names, counted from the post's date. */
export function ruleFor(choice: Exclude<RepeatChoice, 'none'>, date: string): RepeatRule {
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

/** "Every week on Tuesday", "Every month on the second Tuesday", for a choice on a date. */
export function describeChoice(choice: RepeatChoice, date: string): string {
  const weekday = weekdayName(date);
  switch (choice) {
    case 'none':
      return t('composer:repeat.choice.none');
    case 'weekly':
      return t('composer:repeat.choice.weekly', { weekday });
    case 'biweekly':
      return t('composer:repeat.choice.biweekly', { weekday });
    case 'monthly':
      return t('composer:repeat.choice.monthly', { day: Number(date.slice(8, 10)) });
    case 'nthWeekday':
      return t('composer:repeat.choice.nthWeekday', { weekday, nth: NTH_WORDS[weekdayInMonth(date).nth]() });
  }
}

const NTH_WORDS: Record<1 | 2 | 3 | 4 | -1, () => string> = {
  1: () => t('composer:repeat.nth.first'),
  2: () => t('composer:repeat.nth.second'),
  3: () => t('composer:repeat.nth.third'),
  4: () => t('composer:repeat.nth.fourth'),
  [-1]: () => t('composer:repeat.nth.last'),
};

/** What a stored series does, in a sentence: its rule and its end. */
export function describeSeries(series: Series): string {
  const date = series.startLocal.slice(0, 10);
  const { rule } = series;
  const choice: RepeatChoice =
    rule.frequency === 'weekly' ? (rule.interval === 2 ? 'biweekly' : 'weekly') : rule.frequency;
  return `${describeChoice(choice, date)}, ${describeEnd(series.end)}`;
}

function describeEnd(end: SeriesEnd): string {
  if (end.kind === 'afterCount') return t('composer:repeat.ends.afterCountShort', { count: end.count });
  if (end.kind === 'onDate') {
    const day = formatDateTime(Date.parse(`${end.date}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
    return t('composer:repeat.ends.onDateShort', { date: day });
  }
  return t('composer:repeat.ends.neverShort');
}
