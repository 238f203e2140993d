// The composer's repeat choices: the rule each names for a post's date, and the words for it in
// English and German (weekday and ordinal from the owner's language).
import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import {
  describeChoice,
  describeSeries,
  ruleFor,
} from '../../src-renderer/src/features/composer/repeat-words';

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
