// @vitest-environment happy-dom
// The calendar draws the months either side of the one on screen ahead of time, hidden: turning
// to one shows the very grid drawn, with no read, and no post or day is ever twice in the page
// (a hidden month leaves empty the days the month on screen shows too).
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostSummary } from '@shared/entities';
import { CalendarDeck } from '../../src-renderer/src/features/calendar/calendar-deck';
import {
  neighboursOf,
  periodAt,
  type CalendarPeriod,
} from '../../src-renderer/src/features/calendar/calendar-period';
import { FakeBridge } from './support/fake-bridge';
import { postSummary } from './support/post-summary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ZONE = 'America/New_York';
const post = (id: string, month: number, day: number): PostSummary =>
  postSummary({ id, scheduledAt: Date.UTC(2026, month - 1, day, 14), scheduledTimeZone: ZONE });
// December's grid runs from Nov 29 to Jan 2; November's ends on Dec 5, January's starts on Dec 27.
const EARLY_DECEMBER = post('dec-2', 12, 2);
const LATE_DECEMBER = post('dec-28', 12, 28);
const POSTS_BY_MONTH: Record<number, PostSummary[]> = {
  11: [post('nov-10', 11, 10), EARLY_DECEMBER],
  12: [EARLY_DECEMBER, post('dec-10', 12, 10), LATE_DECEMBER],
  1: [LATE_DECEMBER, { ...post('jan-15', 12, 1), scheduledAt: Date.UTC(2027, 0, 15, 14) }],
};

const DECEMBER = periodAt('month', { year: 2026, month: 12, day: 1 }, 0, ZONE);
const [NOVEMBER, JANUARY] = neighboursOf(DECEMBER, 0, ZONE) as [CalendarPeriod, CalendarPeriod];

let core: FakeBridge;
let host: HTMLElement;
let root: Root;

beforeEach(() => {
  core = new FakeBridge();
  window.cadence = core;
  // Chromium's idle callbacks and task scheduler, which happy-dom lacks.
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => setTimeout(callback, 0));
  vi.stubGlobal('cancelIdleCallback', (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle));
  vi.stubGlobal('scheduler', { postTask: (callback: () => void) => Promise.resolve().then(callback) });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(async () => {
  act(() => root.unmount());
  await settle();
  host.remove();
  vi.unstubAllGlobals();
  delete window.cadence;
});

/** Lets reads, idle callbacks and the frames a pane waits for before it is put away run. */
const settle = () =>
  act(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))),
        ),
      ),
  );

function show(period: CalendarPeriod, loaded = true) {
  act(() =>
    root.render(
      <CalendarDeck
        shown={period}
        requested={period}
        drawAhead={loaded}
        weekStart={0}
        todayKey="2026-12-06"
        timeZone={ZONE}
        channels={[]}
        atRiskIds={new Set()}
        actions={{
          onOpen: vi.fn(),
          onDropOnDay: vi.fn(),
          onDropOnSlot: vi.fn(),
          onKeyMove: vi.fn(),
          onPublish: vi.fn(),
          onSelect: vi.fn(),
          onShowDay: vi.fn(),
        }}
      />,
    ),
  );
}

/** Answers each month's read not yet answered, with its posts; returns the months read. */
async function answerMonths(): Promise<number[]> {
  const read: number[] = [];
  for (const call of core.callsTo('calendar.month').filter((c) => !answered.has(c))) {
    const { from } = call.input as { from: number };
    const month = [NOVEMBER, DECEMBER, JANUARY].find((period) => period.from === from)!.month;
    const posts = POSTS_BY_MONTH[month]!;
    const dayTotals: Record<string, number> = {};
    for (const shown of posts) {
      const day = new Date(shown.scheduledAt! - 5 * 3_600_000).toISOString().slice(0, 10);
      dayTotals[day] = (dayTotals[day] ?? 0) + 1;
    }
    answered.add(call);
    call.answer({ posts, dayTotals });
    read.push(month);
  }
  await settle();
  return read;
}
const answered = new Set<unknown>();

const panes = () => [...host.querySelectorAll<HTMLElement>('.calendar-pane')];
const states = () => panes().map((pane) => pane.dataset.state);
const chipIds = () =>
  [...host.querySelectorAll<HTMLElement>('[data-post-id]')].map((chip) => chip.dataset.postId);
const dates = () => [...host.querySelectorAll<HTMLElement>('[data-date]')].map((cell) => cell.dataset.date);

describe('the calendar deck', () => {
  it('draws the months either side once the one on screen is in, hidden, inert and in time order', async () => {
    show(DECEMBER, false);
    await settle();
    expect(states()).toEqual(['current']);
    expect(await answerMonths()).toEqual([12]);
    expect(states()).toEqual(['current']);
    show(DECEMBER);
    await settle();
    expect((await answerMonths()).sort()).toEqual([1, 11]);
    expect(states()).toEqual(['hidden', 'current', 'hidden']);
    const [november, december, january] = panes();
    for (const hidden of [november!, january!]) {
      expect(hidden.getAttribute('aria-hidden')).toBe('true');
      expect(hidden.hasAttribute('inert')).toBe(true);
    }
    expect(december!.hasAttribute('aria-hidden')).toBe(false);
    expect(december!.hasAttribute('inert')).toBe(false);
    expect(november!.querySelector('[data-post-id="nov-10"]')).not.toBeNull();
    expect(january!.querySelector('[data-post-id="jan-15"]')).not.toBeNull();
  });

  it('puts each post and each day in the page once, the shared days in the month on screen', async () => {
    show(DECEMBER);
    await answerMonths();
    await answerMonths();
    expect(chipIds().sort()).toEqual(['dec-10', 'dec-2', 'dec-28', 'jan-15', 'nov-10']);
    expect(new Set(dates()).size).toBe(dates().length);
    const december = panes()[1]!;
    expect(december.querySelector('[data-post-id="dec-28"]')).not.toBeNull();
    expect(december.querySelector('[data-post-id="dec-2"]')).not.toBeNull();
    expect(host.querySelectorAll('[aria-current="date"]')).toHaveLength(1);
  });

  it('turns to a month drawn ahead with no read, showing the same grid, and draws the next one when idle', async () => {
    show(DECEMBER);
    await answerMonths();
    await answerMonths();
    const january = panes()[2]!;

    show(JANUARY);
    expect(january.dataset.state).toBe('current');
    expect(january.querySelector('[data-post-id="dec-28"]')).not.toBeNull();
    // November goes once the renderer is idle, not in the turn; no post is twice meanwhile.
    expect(states()).toEqual(['hidden', 'hidden', 'current']);
    expect(chipIds().sort()).toEqual(['dec-10', 'dec-2', 'dec-28', 'jan-15', 'nov-10']);
    expect(new Set(dates()).size).toBe(dates().length);
    expect(
      core.callsTo('calendar.month').filter((c) => (c.input as { from: number }).from === JANUARY.from),
    ).toHaveLength(1);
    // Today (Dec 6) is not in January's grid; December keeps no mark while hidden.
    expect(host.querySelectorAll('[aria-current="date"]')).toHaveLength(0);

    await settle();
    const february = core.callsTo('calendar.month').at(-1)!.input as { from: number };
    expect(february.from).toBeGreaterThan(JANUARY.from);
    expect(states()).toEqual(['hidden', 'current', 'drawing']);
    expect(new Set(chipIds()).size).toBe(chipIds().length);
    expect(new Set(dates()).size).toBe(dates().length);
  });
});
