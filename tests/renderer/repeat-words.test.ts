// The composer's repeat choices: the rule each names for a post's date, and the words for it in
// English and German (weekday and ordinal from the owner's language).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyLanguageChoice, loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import type { RepeatRule, SeriesEnd } from '../../src-main/shared/recurrence';
import { monthlyWaysFor } from '../../src-renderer/src/features/composer/custom-repeat';
import {
  describeChoice,
  describeSeries,
  ruleFor,
} from '../../src-renderer/src/features/composer/repeat-words';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

afterEach(() => applyLanguageChoice('en'));

describe('the rule a choice names', () => {
  it('counts from the post’s date: its weekday, and which of that weekday in the month it is', () => {
    expect(ruleFor('weekly', '2026-12-08')).toEqual({ frequency: 'weekly', interval: 1, weekdays: [2] });
    expect(ruleFor('biweekly', '2026-12-13')).toEqual({ frequency: 'weekly', interval: 2, weekdays: [7] });
    expect(ruleFor('nthWeekday', '2026-12-08')).toEqual({
      frequency: 'nthWeekday',
      interval: 1,
      nth: 2,
      weekday: 2,
    });
    // The 29th is the fifth Tuesday of December: "the last".
    expect(ruleFor('nthWeekday', '2026-12-29')).toMatchObject({ nth: -1, weekday: 2 });
  });
});

describe('the words', () => {
  it('in English', () => {
    expect(describeChoice('nthWeekday', '2026-12-08')).toBe('Every month on the second Tuesday');
    expect(describeChoice('monthly', '2026-12-08')).toBe('Every month on day 8');
    expect(
      describeSeries({
        id: 's',
        rule: { frequency: 'weekly', interval: 1, weekdays: [2] },
        end: { kind: 'afterCount', count: 4 },
        startLocal: '2026-12-01T09:00',
        timeZone: 'America/New_York',
      }),
    ).toBe('Every week on Tuesday, for 4 posts');
  });

  it('in German', async () => {
    await applyLanguageChoice('de');
    expect(describeChoice('nthWeekday', '2026-12-29')).toBe('Jeden Monat am letzten Dienstag');
    expect(describeChoice('weekly', '2026-12-08')).toBe('Jede Woche am Dienstag');
  });
});

describe('the summary of any rule, made with Custom… or picked from the menu', () => {
  const summary = (rule: RepeatRule, startLocal: string, end: SeriesEnd = { kind: 'afterCount', count: 6 }) =>
    describeSeries({ id: 's', rule, end, startLocal, timeZone: 'Europe/Berlin' });
  const everyThreeWeeks: RepeatRule = { frequency: 'weekly', interval: 3, weekdays: [5, 1, 3] };
  const lastFriday: RepeatRule = { frequency: 'nthWeekday', interval: 2, nth: -1, weekday: 5 };

  it('in English', () => {
    expect(summary(everyThreeWeeks, '2026-12-07T09:00')).toBe(
      'Every 3 weeks on Mon, Wed, and Fri, for 6 posts',
    );
    expect(summary({ frequency: 'weekly', interval: 2, weekdays: [2, 4] }, '2026-12-08T09:00')).toBe(
      'Every other week on Tue and Thu, for 6 posts',
    );
    expect(summary({ frequency: 'monthly', interval: 3 }, '2026-12-08T09:00', { kind: 'never' })).toBe(
      'Every 3 months on day 8, with no end',
    );
    expect(summary(lastFriday, '2026-12-25T09:00')).toBe('Every 2 months on the last Friday, for 6 posts');
    expect(summary(lastFriday, '2026-12-25T09:00', { kind: 'afterCount', count: 1 })).toBe(
      'Every 2 months on the last Friday, for 1 post',
    );
    // A rule the menu offers reads as the menu said it.
    expect(summary({ frequency: 'nthWeekday', interval: 1, nth: 2, weekday: 2 }, '2026-12-08T09:00')).toBe(
      'Every month on the second Tuesday, for 6 posts',
    );
  });

  it('in German', async () => {
    await applyLanguageChoice('de');
    expect(summary(everyThreeWeeks, '2026-12-07T09:00')).toBe(
      'Alle 3 Wochen am Mo, Mi und Fr, für 6 Beiträge',
    );
    expect(summary({ frequency: 'monthly', interval: 3 }, '2026-12-08T09:00', { kind: 'never' })).toBe(
      'Alle 3 Monate am 8., ohne Ende',
    );
    expect(summary(lastFriday, '2026-12-25T09:00', { kind: 'afterCount', count: 1 })).toBe(
      'Alle 2 Monate am letzten Freitag, für 1 Beitrag',
    );
    expect(summary(lastFriday, '2026-12-25T09:00')).toBe('Alle 2 Monate am letzten Freitag, für 6 Beiträge');
    expect(describeChoice('custom', '2026-12-08')).toBe('Benutzerdefiniert …');
  });
});

describe('the ways a monthly custom repeat keeps a day', () => {
  it('the day always; the nth weekday unless a fifth; the last when no later one is in the month', () => {
    expect(monthlyWaysFor('2026-12-08')).toEqual(['day', 'nth']);
    // 25 December 2026 is the fourth Friday and the last.
    expect(monthlyWaysFor('2026-12-25')).toEqual(['day', 'nth', 'last']);
    expect(monthlyWaysFor('2026-12-29')).toEqual(['day', 'last']);
  });
});
