// Figure c: how long the real calendar takes to render a month of 300 posts in Chromium,
// against the real core over web mode's bridge. Each measurement pages between two such
// months and times from the calendar.range answer arriving to the grid's
// 'cadence:calendar-rendered' mark (React commit and effects; the fetch is not counted).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { systemClock } from '../../src-main/core/clock';
import { createCore, type Core } from '../../src-main/core/create-core';
import { memorySecretStore, RecordingNotifier, SwitchableOnlineSignal } from '../../src-main/core/ports';
import { localAt } from '../../src-main/shared/zoned-time';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { tempDir } from '../support/temp-dir';
import { median, MIGRATIONS, round, type Figure } from './figures';
import { monthWindow } from './month-query';
import { seedDatabase } from './seed';

const CHROMIUM = '/usr/bin/chromium';
const RENDERER = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TIME_ZONE = 'America/New_York';
const POSTS_PER_MONTH = 300;
const WARM_UP = 2;
const MEASURED = 20;
const MARK = 'cadence:calendar-rendered';

interface Navigation {
  /** From the calendar.range answer's last byte to the last render mark. */
  render: number;
  /** From the click to the last render mark, fetch included. */
  total: number;
}

/** Clicks a paging button inside the page, so the start time is the page's own clock. */
async function page(pageHandle: Page, button: 'Previous period' | 'Next period'): Promise<Navigation> {
  const before = await pageHandle.evaluate(
    ({ button, mark }) => {
      performance.clearMarks(mark);
      performance.clearResourceTimings();
      const heading = document.querySelector('main h1')?.textContent ?? '';
      (window as unknown as { benchClickAt: number }).benchClickAt = performance.now();
      document.querySelector<HTMLButtonElement>(`main button[aria-label="${button}"]`)!.click();
      return heading;
    },
    { button, mark: MARK },
  );
  await pageHandle.waitForFunction(
    ({ before, mark }) => {
      const heading = document.querySelector('main h1')?.textContent ?? '';
      const answered = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/api/invoke/calendar.range'))
        .map((entry) => (entry as PerformanceResourceTiming).responseEnd);
      const marks = performance.getEntriesByName(mark).map((entry) => entry.startTime);
      return (
        heading !== before &&
        !document.querySelector('main')?.textContent?.includes('Loading…') &&
        answered.length > 0 &&
        marks.some((at) => at > Math.max(...answered))
      );
    },
    { before, mark: MARK },
    { polling: 'raf', timeout: 15_000 },
  );
  // Let any trailing commit (effects, a second pass) land before reading the marks.
  await pageHandle.waitForTimeout(150);
  return pageHandle.evaluate((mark) => {
    const clickAt = (window as unknown as { benchClickAt: number }).benchClickAt;
    const answeredAt = Math.max(
      ...performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/api/invoke/calendar.range'))
        .map((entry) => (entry as PerformanceResourceTiming).responseEnd),
    );
    const lastMark = Math.max(...performance.getEntriesByName(mark).map((entry) => entry.startTime));
    return { render: lastMark - answeredAt, total: lastMark - clickAt };
  }, MARK);
}

export async function measureMonthRender(): Promise<Figure> {
  if (!existsSync(join(RENDERER, 'index.html')))
    throw new Error('the renderer is not built (run `npm run build`)');
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM}`);

  const { dir: dataDir, cleanup } = tempDir('cadence-bench-render-');
  let core: Core | null = null;
  let server: WebServer | null = null;
  let browser: Browser | null = null;
  try {
    // The two months after the current one, 300 posts each, all still ahead.
    const now = Date.now();
    const first = localAt(now, TIME_ZONE);
    const months = [1, 2].map((ahead) => {
      const index = first.year * 12 + (first.month - 1) + ahead;
      return monthWindow(Math.floor(index / 12), (index % 12) + 1, TIME_ZONE);
    });
    for (const month of months) {
      seedDatabase({
        dataDir,
        posts: POSTS_PER_MONTH,
        from: month.from,
        to: month.to,
        now,
        timeZone: TIME_ZONE,
      });
    }
    core = createCore({
      clock: systemClock(),
      dataDir,
      migrationsFolder: MIGRATIONS,
      secrets: memorySecretStore(),
      online: new SwitchableOnlineSignal(true),
      notifier: new RecordingNotifier(),
      defaultTimeZone: TIME_ZONE,
    });
    // Past the first-run questions, straight to the calendar.
    await core.invoke('onboarding.skip', { weekStartsOn: 0 });
    server = await startWebServer({ core, rendererDir: RENDERER });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    const context = await browser.newContext({
      timezoneId: TIME_ZONE,
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
    });
    const tab = await context.newPage();
    await tab.goto(server.url, { waitUntil: 'load' });
    await tab.getByRole('heading', { level: 1 }).waitFor();

    const shown = await Promise.all(
      months.map(async (month) => {
        const result = await core!.invoke('calendar.range', month);
        return result.ok && Array.isArray(result.value) ? result.value.length : 0;
      }),
    );
    await page(tab, 'Next period'); // into the first seeded month

    const runs: Navigation[] = [];
    for (let i = 0; i < WARM_UP + MEASURED; i++) {
      const run = await page(tab, i % 2 === 0 ? 'Next period' : 'Previous period');
      if (i >= WARM_UP) runs.push(run);
    }
    const render = median(runs.map((run) => run.render));
    const total = median(runs.map((run) => run.total));
    const spread = runs.map((run) => run.render).sort((a, b) => a - b);
    const chips = await tab.locator('main [data-date]').count();
    return {
      metric: 'month_view_render_chromium_300_posts',
      value: round(render),
      unit: 'ms',
      baseline: 16,
      ratio: round(render / 16),
      goal: 'value <= 16 ms (baseline is the goal: one 60 Hz frame)',
      detail:
        `median of ${MEASURED} month pages (after ${WARM_UP} warm-ups) between two months of ${shown.join(' and ')} posts ` +
        `(${chips} day cells), from the calendar.range answer to the '${MARK}' mark; ` +
        `fastest ${round(spread[0]!)} ms, slowest ${round(spread.at(-1)!)} ms; ` +
        `click to mark, fetch included: ${round(total)} ms; headless Debian Chromium, web mode bridge`,
    };
  } finally {
    await browser?.close();
    await server?.close();
    await core?.close();
    cleanup();
  }
}
