// @vitest-environment happy-dom
// The month view's free queue times (issue 12 §1): counted per day on the business's clock, shown
// as a quiet "2 free slots" line that names its day for a screen reader and opens that day's week,
// in English and German; nothing for a day with none.
import { act } from 'react';
import { expect, it } from 'vitest';
import type { LocalDate } from '../../src-renderer/src/features/calendar/calendar-model';
import { templatedSayCount } from '../../src-renderer/src/features/calendar/templated-words';
import { MonthFreeSlots } from '../../src-renderer/src/features/queue/month-free-slots';
import { freeSlotsByDay } from '../../src-renderer/src/features/queue/use-month-free-slots';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { mountedRoot } from './support/mounted-root';

const THURSDAY: LocalDate = { year: 2026, month: 11, day: 26 };

const mounted = mountedRoot({ bridge: 'none', english: true });

async function show(count: number, onOpenWeek: (day: LocalDate) => void = () => {}, dayLabel = 'Thursday') {
  await mounted.render(
    // A new set of counted words each time, as the grid makes with each language.
    <MonthFreeSlots
      day={THURSDAY}
      count={count}
      dayLabel={dayLabel}
      sayCount={templatedSayCount()}
      onOpenWeek={onOpenWeek}
    />,
  );
  return mounted.host.querySelector('button');
}

it('counts free slots per day in the business zone, one per channel and time', () => {
  const at = (iso: string) => Date.parse(iso);
  const byDay = freeSlotsByDay(
    [
      { channelId: 'sky', at: at('2026-11-26T14:00:00Z') },
      { channelId: 'toot', at: at('2026-11-26T14:00:00Z') },
      // 11:30 PM on Thursday in New York, already Friday in UTC.
      { channelId: 'sky', at: at('2026-11-27T04:30:00Z') },
      { channelId: 'sky', at: at('2026-11-27T14:00:00Z') },
    ],
    'America/New_York',
  );
  expect([...byDay]).toEqual([
    ['2026-11-26', 3],
    ['2026-11-27', 1],
  ]);
  expect(freeSlotsByDay([], 'America/New_York').size).toBe(0);
});

it('says how many, names its day, and opens that day’s week', async () => {
  const opened: LocalDate[] = [];
  const button = await show(2, (day) => opened.push(day), 'Thursday, November 26, 2026');
  expect(button!.textContent).toBe('2 free slots');
  expect(button!.getAttribute('aria-label')).toBe(
    '2 free slots on Thursday, November 26, 2026: open that week',
  );
  await act(async () => button!.click());
  expect(opened).toEqual([THURSDAY]);

  expect((await show(1))!.textContent).toBe('1 free slot');
});

it('speaks German', async () => {
  await applyLanguageChoice('de');
  const button = await show(2, () => {}, 'Donnerstag, 26. November 2026');
  expect(button!.textContent).toBe('2 freie Sendezeiten');
  expect(button!.getAttribute('aria-label')).toBe(
    '2 freie Sendezeiten am Donnerstag, 26. November 2026: diese Woche öffnen',
  );
});

it('draws nothing for a day with no free slot', async () => {
  expect(await show(0)).toBeNull();
  expect(mounted.host.textContent).toBe('');
});
