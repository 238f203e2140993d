// The week's heading is a date range, which the calendar keeps once written (Intl's formatRange
// builds a formatter on every call, twice a page turn): a language chosen later writes it again,
// in that language, and coming back writes the first language's again.
import { afterAll, expect, it } from 'vitest';
import { periodLabel } from '../../src-renderer/src/features/calendar/calendar-model';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';

const WEEK_OF_DECEMBER_3 = ['week', { year: 2026, month: 12, day: 3 }, 1] as const;

afterAll(() => applyLanguageChoice('en'));

it("writes a week's range in the language shown, each time the language changes", async () => {
  await applyLanguageChoice('en');
  expect(periodLabel(...WEEK_OF_DECEMBER_3)).toBe('Nov 30 – Dec 6, 2026');
  await applyLanguageChoice('de');
  expect(periodLabel(...WEEK_OF_DECEMBER_3)).toBe('30. Nov. – 6. Dez. 2026');
  await applyLanguageChoice('en');
  expect(periodLabel(...WEEK_OF_DECEMBER_3)).toBe('Nov 30 – Dec 6, 2026');
});
