// The calendar as an owner uses it: the period heading, paging, the month and week views,
// post chips, dragging them, the keyboard shortcuts and the empty state.
import type { Locator } from 'playwright-core';
import { installHoursLeftUndrawn, type HoursLeftUndrawnInPage } from '../../support/hours-left-undrawn';
import { BasePage } from './base-page';

export type CalendarViewName = 'Month' | 'Week';

export class CalendarPage extends BasePage {
  // The heading names the period shown ("December 2026" or "Nov 30 – Dec 6, 2026"), and the
  // page has loaded once the visible period's posts have.
  protected override readonly loadingText = 'Loading…';

  async period(): Promise<string> {
    return ((await this.heading.textContent()) ?? '').trim();
  }

  async previous(): Promise<void> {
    await this.main.getByRole('button', { name: 'Previous period' }).click();
  }

  async next(): Promise<void> {
    await this.main.getByRole('button', { name: 'Next period' }).click();
  }

  async today(): Promise<void> {
    await this.main.getByRole('button', { name: 'Today', exact: true }).click();
  }

  viewButton(view: CalendarViewName): Locator {
    return this.main.getByRole('group', { name: 'Calendar view' }).getByRole('button', { name: view });
  }

  async show(view: CalendarViewName): Promise<void> {
    await this.viewButton(view).click();
    await this.waitUntilLoaded();
  }

  /** In month view, pages forward or back to a month ("2027-03"). */
  async goToMonth(yearMonth: string): Promise<void> {
    const target = monthIndex(yearMonth);
    for (let step = 0; step < 120; step++) {
      const current = await this.period();
      const shown = monthIndexOfLabel(current);
      if (shown === target) break;
      await (target < shown ? this.previous() : this.next());
      await this.page.waitForFunction(
        (before) => document.querySelector('main h1')?.textContent?.trim() !== before,
        current,
      );
    }
    await this.waitUntilLoaded();
  }

  /** A month cell, by "YYYY-MM-DD". */
  day(date: string): Locator {
    return this.main.locator(`[role="group"][data-date="${date}"]`);
  }

  /** A month cell's count of free queue times ("2 free slots"), which opens the day's week. */
  freeSlots(date: string): Locator {
    return this.day(date).locator('.month-free-slots');
  }

  /** A week-view hour slot, by "YYYY-MM-DDTHH:00". */
  slot(slot: string): Locator {
    return this.main.locator(`[data-slot="${slot}"]`);
  }

  /** The day marked as today (month cell or week column). */
  get todayMarker(): Locator {
    return this.main.locator('[aria-current="date"]');
  }

  chip(postId: string): Locator {
    return this.main.locator(`button[data-post-id="${postId}"]`);
  }

  /** The post's chip in a period drawn ahead, hidden (attached, never visible). */
  hiddenChip(postId: string): Locator {
    return this.main.locator(`.calendar-pane[data-state="hidden"] button[data-post-id="${postId}"]`);
  }

  /** The chip's own "Publish now: <excerpt>" action, shown on hover or keyboard focus. */
  publishButton(postId: string): Locator {
    return this.chip(postId)
      .locator('xpath=..')
      .getByRole('button', { name: /^Publish now: / });
  }

  /** The bar of actions for the posts selected on the calendar. */
  get bulkBar(): Locator {
    return this.main.getByRole('toolbar', { name: 'Selected posts' });
  }

  /** Adds the chip's post to the selection, or takes it out: Ctrl-click (⌘-click on a Mac). */
  async toggleSelected(postId: string): Promise<void> {
    await this.chip(postId).click({ modifiers: ['ControlOrMeta'] });
  }

  /** Whether the chip is drawn as selected: the selection's outline is on it. */
  async isDrawnSelected(postId: string): Promise<boolean> {
    return this.chip(postId).evaluate((chip) => getComputedStyle(chip).outlineStyle === 'solid');
  }

  /** Whether the chip carries the mark of a post whose channel must be reconnected before it is due. */
  async isMarkedAtRisk(postId: string): Promise<boolean> {
    return (await this.chip(postId).getAttribute('data-at-risk')) !== null;
  }

  /** The chip's accessible name: "09:00, <excerpt>, Bluesky: Shop, Scheduled". */
  async chipName(postId: string): Promise<string> {
    return (await this.chip(postId).getAttribute('aria-label')) ?? '';
  }

  /** What the chip draws before its time (CSS generated content, as Chromium computes it). */
  async chipMark(postId: string): Promise<string> {
    return this.chip(postId).evaluate((chip) => getComputedStyle(chip, '::before').content);
  }

  /** The post whose chip has keyboard focus, or null. */
  async focusedPostId(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-post-id') ?? null);
  }

  /** The state of the calendar pane keyboard focus is in ("current", "hidden"), or null outside them. */
  async focusedPaneState(): Promise<string | null> {
    return this.page.evaluate(
      () => document.activeElement?.closest<HTMLElement>('.calendar-pane')?.dataset.state ?? null,
    );
  }

  /** The day of the week the month grid starts on: 0 for Sunday, 1 for Monday. */
  async firstWeekday(): Promise<number> {
    // The grid on screen: the periods either side are drawn ahead, hidden, in time order.
    const shown = this.main.locator('.calendar-pane[data-state="current"]');
    const first = await shown.locator('[data-date]').first().getAttribute('data-date');
    return new Date(`${first}T00:00:00Z`).getUTCDay();
  }

  /** The month cell date ("YYYY-MM-DD") the chip sits in. */
  async dayOf(postId: string): Promise<string | null> {
    return this.chip(postId).locator('xpath=ancestor::*[@data-date][1]').getAttribute('data-date');
  }

  /** The week slot ("YYYY-MM-DDTHH:00") the chip sits in. */
  async slotOf(postId: string): Promise<string | null> {
    return this.chip(postId).locator('xpath=ancestor::*[@data-slot][1]').getAttribute('data-slot');
  }

  /** The first hour whose row starts in view under the week's day headers. */
  async firstHourInView(): Promise<number | null> {
    return this.shownWeek.evaluate((week) => {
      const header = week.querySelector<HTMLElement>('.week-head')?.offsetHeight ?? 0;
      const rows = [...week.querySelectorAll<HTMLElement>('[data-hour]')];
      const first = rows.find((row) => row.offsetTop >= week.scrollTop + header);
      return first ? Number(first.dataset.hour) : null;
    });
  }

  /**
   * Turns the week ("Next period" or "Previous period") and lists the hours in view that the first
   * frame after the click left undrawn (rows the browser skipped, content-visibility: auto): the
   * owner would see them empty for a frame.
   */
  async hoursLeftUndrawnByTurn(button: 'Next period' | 'Previous period'): Promise<number[]> {
    await this.page.evaluate(installHoursLeftUndrawn);
    return this.page.evaluate(async (name) => {
      document.querySelector<HTMLButtonElement>(`main button[aria-label="${name}"]`)!.click();
      // After the frame that shows the turn: a user-blocking task posted from its animation
      // callbacks runs once that frame is drawn, before the browser looks at the rows again.
      const scheduler = (
        globalThis as unknown as { scheduler: { postTask(task: () => void, options: object): void } }
      ).scheduler;
      await new Promise<void>((resolve) =>
        requestAnimationFrame(() => scheduler.postTask(resolve, { priority: 'user-blocking' })),
      );
      const undrawn = (window as unknown as HoursLeftUndrawnInPage).cadenceHoursLeftUndrawn();
      if (undrawn === null) throw new Error('no period on screen after the turn');
      return undrawn;
    }, button);
  }

  /**
   * Presses Tab from the "Next period" button as many times as asked and lists each stop: the state
   * of the calendar pane it landed in ("current", "hidden", or "outside" the panes) and its post.
   */
  async tabStops(presses: number): Promise<Array<{ pane: string; postId: string | null }>> {
    await this.main.getByRole('button', { name: 'Next period' }).focus();
    const stops: Array<{ pane: string; postId: string | null }> = [];
    for (let press = 0; press < presses; press++) {
      await this.page.keyboard.press('Tab');
      stops.push({ pane: (await this.focusedPaneState()) ?? 'outside', postId: await this.focusedPostId() });
    }
    return stops;
  }

  /** How many of the periods drawn ahead, hidden, have anything drawn in the window. */
  async hiddenPanesInSight(): Promise<number> {
    return this.page.evaluate(
      () =>
        [...document.querySelectorAll('main .calendar-pane[data-state="hidden"]')].filter((pane) => {
          const box = pane.getBoundingClientRect();
          const inWindow = box.right > 0 && box.left < innerWidth && box.bottom > 0 && box.top < innerHeight;
          return inWindow && (pane.firstElementChild?.checkVisibility({ opacityProperty: true }) ?? false);
        }).length,
    );
  }

  /** Scrolls the week on screen as the owner would, to put an hour's row just under the day headers. */
  async scrollWeekToHour(hour: number): Promise<void> {
    await this.shownWeek.evaluate(async (week, hour) => {
      const header = week.querySelector<HTMLElement>('.week-head')?.offsetHeight ?? 0;
      const row = week.querySelector<HTMLElement>(`[data-hour="${hour}"]`)!;
      week.scrollTop = row.offsetTop - header - 4;
      // The page hears of a scroll in the next frame, as it would of the owner's.
      await new Promise((resolve) => week.addEventListener('scroll', resolve, { once: true }));
    }, hour);
  }

  private get shownWeek(): Locator {
    return this.main.locator('.calendar-pane[data-state="current"] .week');
  }

  async dragToDay(postId: string, date: string): Promise<void> {
    await this.chip(postId).dragTo(this.day(date));
  }

  async dragToSlot(postId: string, slot: string): Promise<void> {
    await this.slot(slot).scrollIntoViewIfNeeded();
    await this.chip(postId).dragTo(this.slot(slot));
  }

  moreButton(date: string): Locator {
    return this.day(date).getByRole('button', { name: /more on/ });
  }

  /** "Will it go out?": the next 24 hours in one line, folded open to list what needs Cadence. */
  get preflight(): Locator {
    return this.main.locator('details.preflight-panel');
  }

  /**
   * The panel's one line ("Will it go out? Next 24 h: 2 posts · …"), or null without the panel.
   * Read without waiting: the panel goes when nothing is due, and a read that waits for it would
   * outlast the test.
   */
  async preflightSummary(): Promise<string | null> {
    const [line] = await this.preflight.locator('summary').allTextContents();
    return line === undefined ? null : line.replace(/\s+/g, ' ').trim();
  }

  /** The invitation shown when the visible period has no posts. */
  get emptyState(): Locator {
    return this.main.getByRole('region', { name: /Nothing planned/ });
  }

  get createPostButton(): Locator {
    return this.emptyState.getByRole('button', { name: 'Create a post' });
  }

  /** Presses a shortcut with focus away from any field, as an owner glancing at the calendar would. */
  async pressShortcut(key: string): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press(key);
  }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function monthIndex(yearMonth: string): number {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  return year * 12 + month - 1;
}

function monthIndexOfLabel(label: string): number {
  const match = /^(\w+) (\d{4})$/.exec(label);
  if (!match) throw new Error(`The calendar is not showing a month: "${label}"`);
  return Number(match[2]) * 12 + MONTHS.indexOf(match[1]!);
}
