// How long the real calendar takes to turn a page full of posts in Chromium, against the real
// core over web mode's bridge. Each measurement pages between two such periods, with the pointer
// on the paging button, and times from the click to the frame that shows the new period drawn:
// the grid's render mark, set after the frame of its commit is painted, or a later frame if that
// one left rows in view to draw (React's render and commit, then style, layout and paint; a read
// the page waited for is counted too). The figure leaves out the wait for the display's frame.
import type { Page } from 'playwright-core';
import type { Core } from '../../src-main/core/create-core';
import type { PostSummary } from '../../src-main/shared/entities';
import { localAt, startOfLocalDay } from '../../src-main/shared/zoned-time';
import { installHoursLeftUndrawn, type HoursLeftUndrawnInPage } from '../support/hours-left-undrawn';
import { tempDir } from '../support/temp-dir';
import { openCalendarInChromium, RENDER_MARK } from './chromium-calendar';
import { median, round, type Figure } from './figures';
import { monthWindow, type MonthWindow } from './month-query';
import { seedDatabase } from './seed';

export const TIME_ZONE = 'America/New_York';
const WARM_UP = 2;
const MEASURED = 20;
const COLD_TURNS = 6;
/** One 60 Hz frame, as the issue rounds it; a busy agency month may take two. */
const FRAME_MS = 16;
/** The display's beat at 60 Hz. */
const FRAME_BEAT_MS = 1000 / 60;

export interface Navigation {
  /** From the click to the frame that shows the period drawn: the page turn as the owner sees it, any read included. */
  total: number;
  /**
   * `total` less the wait, after the click's task, for the display's next frame: the page's own
   * work for the turn. A frame starts on the display's beat, every 16.7 ms at 60 Hz, so a turn
   * whose work fits in one frame still shows up to a frame after the click, at a moment set by
   * when in the beat the owner clicked, not by the page.
   */
  work: number;
  /** From the answer of the read the page waited for (calendar.month or calendar.range, the first after the click) to that frame; null when it had none. */
  fromAnswer: number | null;
}

/** Chromium's task scheduler, which TypeScript's DOM library does not describe. */
interface Scheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

/** The paging buttons, and the view switch's (a period of the other view is never drawn ahead). */
export type TurnButton = 'Previous period' | 'Next period' | 'Month' | 'Week';

/**
 * Clicks a paging button inside the page, so the start time is the page's own clock, and waits
 * inside the page too: a performance observer sees the marks as they are made. (Polling from
 * Playwright on every frame ran a script in the very frames being timed.)
 */
export async function page(tab: Page, button: TurnButton): Promise<Navigation> {
  // The pointer is on the button, as the owner's is when they click it, and its hover is drawn
  // first. With a pointer over the page, Chromium works out what is under it in the turn's frame,
  // which costs more the more the page changes (session 11's month turns had no pointer over the
  // page; with one they read 1-2 ms more).
  await tab.locator(`main button[aria-label="${button}"], main button:text-is("${button}")`).first().hover();
  await tab.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await tab.evaluate(installHoursLeftUndrawn);
  return tab.evaluate(
    ({ button, mark, settleMs, timeoutMs, pauseMs }) =>
      new Promise<Navigation>((resolve, reject) => {
        performance.clearMarks(mark);
        performance.clearResourceTimings();
        const heading = document.querySelector('main h1')?.textContent ?? '';
        // Methods, not named arrow functions: the bench's TypeScript loader would wrap those in a
        // naming helper that does not exist in the page.
        const read = {
          answers(): number[] {
            return performance
              .getEntriesByType('resource')
              .filter((entry) => /\/api\/invoke\/calendar\.(month|range)$/.test(entry.name))
              .map((entry) => (entry as PerformanceResourceTiming).responseEnd);
          },
          marks(): number[] {
            return performance.getEntriesByName(mark).map((entry) => entry.startTime);
          },
          /** True once nothing on screen in the period shown waits to be drawn (content-visibility: auto). */
          drawn(): boolean {
            const undrawn = (window as unknown as HoursLeftUndrawnInPage).cadenceHoursLeftUndrawn();
            return undrawn !== null && undrawn.length === 0;
          },
          /** After each frame from the click on, until the period shown has been drawn whole. */
          watchDrawn(): void {
            requestAnimationFrame(() => {
              void (globalThis as unknown as { scheduler: Scheduler }).scheduler.postTask(
                () => {
                  if (read.drawn()) drawnAt = performance.now();
                  else read.watchDrawn();
                },
                { priority: 'user-blocking' },
              );
            });
          },
          finish(): void {
            if (drawnAt === Infinity) {
              settling = setTimeout(read.finish, settleMs);
              return;
            }
            observer.disconnect();
            clearTimeout(giveUp);
            // The frame that shows the period: its last commit's, or a later one that drew what
            // the commit's left for the next frame (an hour row coming into view).
            const lastMark = Math.max(...read.marks(), drawnAt);
            // The period turned to is read first; reads answered later draw the periods beside
            // it, ahead of time, and one of them may answer before the last mark.
            const waitedFor = read.answers().filter((at) => at > clickAt && at < lastMark);
            const waitedForFrame = Math.max(0, frameAt - handledAt);
            resolve({
              total: lastMark - clickAt,
              work: lastMark - clickAt - waitedForFrame,
              fromAnswer: waitedFor.length > 0 ? lastMark - Math.min(...waitedFor) : null,
            });
          },
        };
        let settling: ReturnType<typeof setTimeout> | undefined;
        // A mark after the click with the new period's heading: let any trailing commit (effects,
        // a second pass) land, then read the newest mark.
        const observer = new PerformanceObserver(() => {
          const shown = document.querySelector('main h1')?.textContent ?? '';
          if (settling === undefined && shown !== heading && read.marks().some((at) => at > clickAt))
            settling = setTimeout(read.finish, settleMs);
        });
        observer.observe({ entryTypes: ['mark', 'resource'] });
        const giveUp = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no render mark after ${button}`));
        }, timeoutMs);
        const target = [...document.querySelectorAll<HTMLButtonElement>('main button')].find(
          (candidate) => candidate.getAttribute('aria-label') === button || candidate.textContent === button,
        );
        let drawnAt = Infinity;
        let clickAt = Infinity;
        let handledAt = Infinity;
        let frameAt = -Infinity;
        // The owner clicks at any point of the display's beat, not just after a frame.
        setTimeout(() => {
          clickAt = performance.now();
          target!.click();
          // React renders a click's update in a microtask queued during the click; this one is
          // queued after it, so it runs once the click's work is done.
          queueMicrotask(() => {
            handledAt = performance.now();
          });
          // The first frame after the click begins at its animation callbacks' time.
          requestAnimationFrame((at) => {
            frameAt = at;
          });
          read.watchDrawn();
        }, pauseMs);
      }),
    { button, mark: RENDER_MARK, settleMs: 150, timeoutMs: 15_000, pauseMs: Math.random() * FRAME_BEAT_MS },
  );
}

/** The two months after the current one. */
export function nextMonths(now: number): MonthWindow[] {
  const first = localAt(now, TIME_ZONE);
  return [1, 2].map((ahead) => {
    const index = first.year * 12 + (first.month - 1) + ahead;
    return monthWindow(Math.floor(index / 12), (index % 12) + 1, TIME_ZONE);
  });
}

/** The two Sunday-to-Sunday weeks after the current one. */
export function nextWeeks(now: number): MonthWindow[] {
  const today = localAt(now, TIME_ZONE);
  const noon = Date.UTC(today.year, today.month - 1, today.day, 12);
  const sunday = noon + (7 - new Date(noon).getUTCDay()) * 86_400_000;
  const startOf = (utcNoon: number) => {
    const date = new Date(utcNoon);
    return startOfLocalDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), TIME_ZONE);
  };
  return [0, 1].map((week) => ({
    from: startOf(sunday + week * 7 * 86_400_000),
    to: startOf(sunday + (week + 1) * 7 * 86_400_000),
  }));
}

export interface RenderCase {
  view: 'month' | 'week';
  postsPerPeriod: number;
  /** Weekly series made from that many of the first period's posts, each repeating 9 times. */
  series?: number;
}

/** The weekday, Monday = 1, of a wall-clock "YYYY-MM-DDTHH:mm". */
function isoWeekdayOf(local: string): number {
  return ((new Date(`${local.slice(0, 10)}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** Turns `count` of the period's posts into weekly series: real posts the calendar shows as repeats. */
async function repeatWeekly(core: Core, period: MonthWindow, count: number): Promise<void> {
  const listed = await core.invoke('calendar.range', period);
  if (!listed.ok) throw new Error('calendar.range failed');
  const posts = (listed.value as PostSummary[]).filter((post) => post.status === 'scheduled');
  const step = Math.max(1, Math.floor(posts.length / count));
  for (let i = 0; i < count; i++) {
    const post = posts[i * step]!;
    const made = await core.invoke('series.repeat', {
      postId: post.id,
      rule: { frequency: 'weekly', interval: 1, weekdays: [isoWeekdayOf(post.scheduledLocal!)] },
      end: { kind: 'afterCount', count: 9 },
    });
    if (!made.ok) throw new Error(`series.repeat failed: ${made.error.message}`);
  }
}

export async function measureCalendarRender({
  view,
  postsPerPeriod,
  series = 0,
}: RenderCase): Promise<Figure> {
  const goal = postsPerPeriod > 300 ? 33 : FRAME_MS;
  const { dir: dataDir, cleanup } = tempDir('cadence-bench-render-');
  try {
    const now = Date.now();
    const periods = view === 'month' ? nextMonths(now) : nextWeeks(now);
    for (const period of periods) {
      seedDatabase({ dataDir, posts: postsPerPeriod, ...period, now, timeZone: TIME_ZONE });
    }
    const opened = await openCalendarInChromium(dataDir, TIME_ZONE);
    try {
      const { core, tab } = opened;
      if (series > 0) await repeatWeekly(core, periods[0]!, series);
      await tab.goto(opened.url, { waitUntil: 'load' });
      await tab.getByRole('heading', { level: 1 }).waitFor();
      if (view === 'week') await tab.locator('main .segmented button', { hasText: 'Week' }).click();
      const shown = await Promise.all(
        periods.map(async (period) => {
          const result = await core.invoke('calendar.range', period);
          return result.ok && Array.isArray(result.value) ? result.value.length : 0;
        }),
      );
      await page(tab, 'Next period'); // into the first seeded period

      const runs: Navigation[] = [];
      for (let i = 0; i < WARM_UP + MEASURED; i++) {
        const run = await page(tab, i % 2 === 0 ? 'Next period' : 'Previous period');
        if (i >= WARM_UP) runs.push(run);
      }
      const turns = runs.map((run) => run.work).sort((a, b) => a - b);
      const turn = median(turns);
      const seen = median(runs.map((run) => run.total));
      const onScreen = 'main .calendar-pane[data-state="current"]';
      const chips = await tab.locator(`${onScreen} [data-post-id]`).count();
      const repeating = await tab.locator(`${onScreen} [data-post-id][data-repeats]`).count();
      // A period never drawn ahead: this view again after the other's, its posts read after the click.
      const cold: number[] = [];
      for (let i = 0; i < COLD_TURNS; i++) {
        await page(tab, view === 'month' ? 'Week' : 'Month');
        const run = await page(tab, view === 'month' ? 'Month' : 'Week');
        if (run.fromAnswer !== null) cold.push(run.fromAnswer);
      }
      return {
        metric: `${view}_view_render_chromium_${postsPerPeriod}_posts${series > 0 ? '_with_recurring' : ''}`,
        value: round(turn),
        unit: 'ms',
        baseline: round(goal),
        ratio: round(turn / goal),
        goal: `value <= ${goal} ms (baseline is the goal: ${goal > FRAME_MS ? 'two 60 Hz frames' : 'one 60 Hz frame'})`,
        detail:
          `median of ${MEASURED} page turns (after ${WARM_UP} warm-ups) between two ${view}s of ${shown.join(' and ')} posts ` +
          `(${chips} chips shown${series > 0 ? `, ${repeating} of them recurring, from ${series} weekly series` : ''}), the period turned to having been drawn ahead, ` +
          `the pointer on the paging button: the turn's work in the page, from the click to the '${RENDER_MARK}' mark less the wait for the display's next frame; ` +
          `fastest ${round(turns[0]!)} ms, slowest ${round(turns.at(-1)!)} ms; from the click to the painted frame, wait included, ${round(seen)} ms; ` +
          `a ${view} not drawn ahead (switched to from the other view), from its ${view === 'month' ? 'calendar.month' : 'calendar.range'} answer to the mark: ${round(median(cold))} ms (median of ${cold.length}); ` +
          `headless Debian Chromium, web mode bridge`,
      };
    } finally {
      await opened.close();
    }
  } finally {
    cleanup();
  }
}
