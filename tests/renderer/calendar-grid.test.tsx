// @vitest-environment happy-dom
// The month and week grids answer every chip through one set of handlers on the grid: a click
// opens the post, the publish button of the chip under the pointer or focus publishes it,
// Alt+arrows move it, a published post neither moves nor drags; and a chip whose post is the same
// still shows a change to its at-risk mark.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PostSummary } from '@shared/entities';
import { groupByDay, monthGridDays, weekDays } from '../../src-renderer/src/features/calendar/calendar-model';
import { MonthGrid } from '../../src-renderer/src/features/calendar/month-grid';
import { markRowsInView } from '../../src-renderer/src/features/calendar/use-week-hours';
import { WeekGrid } from '../../src-renderer/src/features/calendar/week-grid';
import { postSummary } from './support/post-summary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ZONE = 'America/New_York';
const post = (id: string, day: number, status: PostSummary['status'] = 'scheduled'): PostSummary =>
  postSummary({ id, status, scheduledAt: Date.UTC(2026, 11, day, 14), scheduledTimeZone: ZONE });
const POSTS = [post('open-me', 2), post('done', 3, 'published')];
const DECEMBER = { year: 2026, month: 12, day: 1 };

let host: HTMLElement;
let root: Root;
const handlers = () => ({
  onOpen: vi.fn(),
  onKeyMove: vi.fn(),
  onPublish: vi.fn(),
  onSelect: vi.fn(),
  onDropOnDay: vi.fn(),
  onDropOnSlot: vi.fn(),
  onShowDay: vi.fn(),
});

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const chip = (id: string) => host.querySelector<HTMLElement>(`[data-post-id="${id}"]`)!;
const publishButton = (id: string) => host.querySelector<HTMLElement>(`[data-publish-post-id="${id}"]`);
/** The pointer comes over a chip (mouseover bubbles to the grid's handler). */
const hover = (target: HTMLElement) =>
  act(() => void target.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })));
const press = (target: HTMLElement, key: string) =>
  act(() => {
    target.dispatchEvent(
      new KeyboardEvent('keydown', { key, altKey: true, bubbles: true, cancelable: true }),
    );
  });

function renderMonth(
  on: ReturnType<typeof handlers>,
  atRisk = new Set<string>(),
  freeSlots: ReadonlyMap<string, number> = new Map(),
  posts = POSTS,
  dayTotals: Readonly<Record<string, number>> | null = null,
  emptyDays: ReadonlySet<string> | null = null,
) {
  act(() =>
    root.render(
      <MonthGrid
        days={monthGridDays(DECEMBER, 0)}
        month={12}
        todayKey="2026-12-01"
        byDay={groupByDay(posts, ZONE, [], atRisk)}
        dayTotals={dayTotals}
        freeSlots={freeSlots}
        emptyDays={emptyDays}
        shown
        {...on}
      />,
    ),
  );
}

function renderWeek(on: ReturnType<typeof handlers>, posts = POSTS, drawnWhole = false) {
  act(() =>
    root.render(
      <WeekGrid
        days={weekDays({ year: 2026, month: 12, day: 2 }, 0)}
        todayKey="2026-12-01"
        byDay={groupByDay(posts, ZONE, [])}
        drawnWhole={drawnWhole}
        shown
        {...on}
      />,
    ),
  );
}

describe('the month grid', () => {
  it('selects a chip on Ctrl/⌘-click and Space, a range on Shift, and opens it on a plain click', () => {
    const on = handlers();
    renderMonth(on);
    const click = (init: MouseEventInit) =>
      act(() => void chip('open-me').dispatchEvent(new MouseEvent('click', { bubbles: true, ...init })));
    click({ ctrlKey: true });
    click({ metaKey: true });
    click({ shiftKey: true });
    act(() => {
      chip('done').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, cancelable: true }));
    });
    expect(on.onSelect.mock.calls).toEqual([
      ['open-me', 'toggle'],
      ['open-me', 'toggle'],
      ['open-me', 'range'],
      ['done', 'toggle'],
    ]);
    expect(on.onOpen).not.toHaveBeenCalled();
    click({});
    expect(on.onOpen).toHaveBeenCalledWith('open-me');
  });

  it('opens, publishes and moves a post from its chip, and leaves a published one where it is', () => {
    const on = handlers();
    renderMonth(on);

    act(() => chip('open-me').click());
    expect(on.onOpen).toHaveBeenCalledWith('open-me');
    expect(publishButton('open-me')).toBeNull(); // only the chip under the pointer or focus has one
    hover(chip('open-me'));
    act(() => publishButton('open-me')!.click());
    expect(on.onPublish).toHaveBeenCalledWith('open-me', 'Post open-me');
    expect(on.onOpen).toHaveBeenCalledTimes(1);

    press(chip('open-me'), 'ArrowRight');
    expect(on.onKeyMove).toHaveBeenCalledWith('open-me', { days: 1, hours: 0 });
    press(chip('open-me'), 'ArrowDown'); // a month chip moves by days only
    expect(on.onKeyMove).toHaveBeenCalledTimes(1);

    hover(chip('done'));
    expect(publishButton('done')).toBeNull();
    expect(publishButton('open-me')).toBeNull();
    expect(chip('done').getAttribute('draggable')).toBe('false');
    press(chip('done'), 'ArrowRight');
    expect(on.onKeyMove).toHaveBeenCalledTimes(1);
    const drag = new Event('dragstart', { bubbles: true, cancelable: true });
    act(() => void chip('done').dispatchEvent(drag));
    expect(drag.defaultPrevented).toBe(true);
    act(() => chip('done').click());
    expect(on.onOpen).toHaveBeenLastCalledWith('done');
  });

  it('gives the chip before a focused one its publish button on Shift+Tab, so going back reaches it', () => {
    renderMonth(handlers(), new Set(), new Map(), [post('first', 2), post('second', 3)]);
    act(() => chip('second').focus());
    expect(publishButton('second')).not.toBeNull();
    expect(publishButton('first')).toBeNull();
    act(() => {
      chip('second').dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true }),
      );
    });
    // Rendered before the browser's own Shift+Tab moves focus: it is the element just before the chip.
    const focusable = [...host.querySelectorAll<HTMLElement>('button')];
    expect(focusable[focusable.indexOf(chip('second')) - 1]).toBe(publishButton('first'));
  });

  it("counts a day's free queue times under its chips, and opens that day's week from them", () => {
    const on = handlers();
    renderMonth(on, new Set(), new Map([['2026-12-02', 2]]));
    const cell = host.querySelector<HTMLElement>('[data-date="2026-12-02"]')!;
    const line = cell.querySelector<HTMLElement>('.month-free-slots')!;
    expect(line.textContent).toBe('2 free slots');
    expect(host.querySelectorAll('.month-free-slots')).toHaveLength(1);
    act(() => line.click());
    expect(on.onShowDay).toHaveBeenCalledWith({ year: 2026, month: 12, day: 2 });
    expect(on.onOpen).not.toHaveBeenCalled();
  });

  it('folds a day by its count in all, of which the core sent only the first three posts', () => {
    const on = handlers();
    const sent = [post('first', 4), post('second', 4), post('third', 4)];
    renderMonth(on, new Set(), new Map(), sent, { '2026-12-04': 7 });
    const cell = host.querySelector<HTMLElement>('[data-date="2026-12-04"]')!;
    expect(
      [...cell.querySelectorAll<HTMLElement>('[data-post-id]')].map((shown) => shown.dataset.postId),
    ).toEqual(['first', 'second']);
    const more = cell.querySelector<HTMLElement>('.month-more')!;
    expect(more.textContent).toBe('+5 more');
    expect(more.getAttribute('aria-label')).toBe('+5 more on Friday, December 4, 2026');

    // Three in all: every one shows, with no "+N more".
    renderMonth(on, new Set(), new Map(), sent, { '2026-12-04': 3 });
    expect(cell.querySelectorAll('[data-post-id]')).toHaveLength(3);
    expect(cell.querySelector('.month-more')).toBeNull();
  });

  it('leaves a day the month on screen draws empty while hidden, in the same cell, and fills it again', () => {
    const on = handlers();
    const shared = new Set(['2026-12-02', '2026-12-03']);
    renderMonth(on, new Set(), new Map([['2026-12-02', 2]]), POSTS, { '2026-12-02': 1 });
    const cells = [...host.querySelectorAll<HTMLElement>('.month-cell')];
    const december2 = host.querySelector<HTMLElement>('[data-date="2026-12-02"]')!;

    renderMonth(on, new Set(), new Map([['2026-12-02', 2]]), POSTS, { '2026-12-02': 1 }, shared);
    // Every cell is the element it was: none came or went, so none after it moved.
    const sameCells = () => [...host.querySelectorAll('.month-cell')].every((cell, i) => cell === cells[i]);
    expect(sameCells()).toBe(true);
    expect(december2.textContent).toBe('2');
    expect(december2.getAttribute('role')).toBeNull();
    expect(december2.getAttribute('aria-label')).toBeNull();
    expect(december2.dataset.date).toBeUndefined();
    expect(host.querySelector('[data-post-id="open-me"]')).toBeNull();
    expect(host.querySelector('[data-post-id="done"]')).toBeNull();
    expect(host.querySelectorAll('[role="group"]')).toHaveLength(cells.length - 2);

    renderMonth(on, new Set(), new Map([['2026-12-02', 2]]), POSTS, { '2026-12-02': 1 });
    expect(sameCells()).toBe(true);
    expect(december2.dataset.date).toBe('2026-12-02');
    expect(december2.getAttribute('aria-label')).toBe('Wednesday, December 2, 2026');
    expect(chip('open-me').closest('.month-cell')).toBe(december2);
    expect(december2.querySelector('.month-free-slots')!.textContent).toBe('2 free slots');
  });

  it("shows a post's new at-risk mark though the post itself is unchanged", () => {
    const on = handlers();
    renderMonth(on);
    expect(chip('open-me').dataset.atRisk).toBeUndefined();
    renderMonth(on, new Set(['open-me']));
    expect(chip('open-me').dataset.atRisk).toBe('true');
    expect(chip('open-me').getAttribute('aria-label')).toContain('reconnect its channel');
  });
});

describe('the week grid', () => {
  it('moves a chip by the hour as well as by the day, through the grid', () => {
    const on = handlers();
    renderWeek(on);
    press(chip('open-me'), 'ArrowDown');
    expect(on.onKeyMove).toHaveBeenCalledWith('open-me', { days: 0, hours: 1 });
    act(() => chip('open-me').click());
    expect(on.onOpen).toHaveBeenCalledWith('open-me');
    act(() => chip('open-me').focus());
    act(() => publishButton('open-me')!.click());
    expect(on.onPublish).toHaveBeenCalledWith('open-me', 'Post open-me');
  });

  it('names each hour slot by its day and time, and each chip with its status words', () => {
    const posts = [...POSTS, post('oops', 4, 'failed')];
    renderWeek(handlers(), posts);
    const slot = host.querySelector('[data-slot="2026-12-02T09:00"]')!;
    expect(slot.getAttribute('aria-label')).toBe('Wednesday, December 2, 2026, 09:00');
    // Each hour is a row of its own (the box drawn only near the view), its seven days in order.
    const rows = [...host.querySelectorAll<HTMLElement>('[data-hour]')];
    expect(rows.map((row) => row.dataset.hour)).toEqual([...Array(24).keys()].map(String));
    expect(slot.closest('[data-hour]')).toBe(rows[9]);
    expect(rows[9]!.querySelectorAll('[data-slot]')).toHaveLength(7);
    // Drawn whole the first time; then the rows in view as the week is shown are marked, and only
    // those, as the week scrolls to other hours between showings.
    expect(host.querySelector('.week')!.hasAttribute('data-whole')).toBe(false);
    renderWeek(handlers(), posts, true);
    expect(host.querySelector('.week')!.hasAttribute('data-whole')).toBe(true);
    const week = host.querySelector<HTMLElement>('.week')!;
    const placeRows = (scrollTop: number) => {
      // Rows 100 px high under a 50 px header, in a week 450 px high.
      for (const row of rows) {
        const top = 50 + Number(row.dataset.hour) * 100;
        Object.defineProperty(row, 'offsetTop', { configurable: true, value: top });
        Object.defineProperty(row, 'offsetHeight', { configurable: true, value: 100 });
      }
      Object.defineProperty(week, 'clientHeight', { configurable: true, value: 450 });
      week.scrollTop = scrollTop;
    };
    const marked = () => rows.filter((row) => row.hasAttribute('data-near')).map((row) => row.dataset.hour);
    placeRows(800);
    markRowsInView(week);
    expect(marked()).toEqual(['7', '8', '9', '10', '11']);
    placeRows(1400);
    markRowsInView(week);
    expect(marked()).toEqual(['13', '14', '15', '16', '17']);
    expect(host.querySelectorAll('[role="group"][aria-label$=", 23:00"]')).toHaveLength(7);
    expect(chip('oops').getAttribute('aria-label')).toBe('09:00, Needs attention, Post oops, No channel');
    expect(chip('done').getAttribute('aria-label')).toBe('09:00, Published, Post done, No channel');
  });
});
