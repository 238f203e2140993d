// Where the calendar's render time goes, in CPU time rather than wall time: `node
// tests/tools/with-app-node.mjs node_modules/tsx/dist/cli.mjs tests/bench/trace-calendar.ts
// [month|week] [posts]` pages between two seeded periods of the built renderer under a Chromium
// trace and prints, per page, the renderer main thread's CPU time by kind of work. Thread time
// counts only while the thread runs, so a machine busy with other work changes it far less than
// the bench's wall-clock figures: it is how a change to the grids is compared on a shared machine.
import type { Page } from 'playwright-core';
import { tempDir } from '../support/temp-dir';
import { nextMonths, nextWeeks, page, TIME_ZONE } from './calendar-render';
import { openCalendarInChromium } from './chromium-calendar';
import { seedDatabase } from './seed';

const PAGES = 10;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Thread (CPU) time of a complete event, in microseconds. */
  tdur?: number;
  args?: { name?: string };
}

/** Trace event names by the kind of work they are; each is summed on its own. */
const KINDS: Record<string, readonly string[]> = {
  'all main-thread tasks': ['RunTask'],
  'script (React, the page, the bench polling)': [
    'FunctionCall',
    'EvaluateScript',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
  ],
  style: ['UpdateLayoutTree'],
  layout: ['Layout'],
  'pre-paint': ['PrePaint'],
  paint: ['Paint', 'Layerize'],
  'hit test': ['HitTest'],
  'garbage collection': ['MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase'],
};

async function pageUnderTrace(tab: Page): Promise<{ renders: number[]; events: TraceEvent[] }> {
  const browser = tab.context().browser()!;
  await browser.startTracing(tab, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const renders: number[] = [];
  for (let i = 0; i < PAGES; i++)
    renders.push((await page(tab, i % 2 ? 'Previous period' : 'Next period')).total);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  return { renders, events: trace.traceEvents };
}

async function main(): Promise<void> {
  const view = process.argv[2] === 'week' ? 'week' : 'month';
  const posts = Number(process.argv[3] ?? 300);
  const { dir: dataDir, cleanup } = tempDir('cadence-trace-');
  try {
    const now = Date.now();
    const periods = view === 'month' ? nextMonths(now) : nextWeeks(now);
    for (const period of periods) seedDatabase({ dataDir, posts, ...period, now, timeZone: TIME_ZONE });
    const opened = await openCalendarInChromium(dataDir, TIME_ZONE);
    try {
      const { tab } = opened;
      await tab.goto(opened.url, { waitUntil: 'load' });
      await tab.getByRole('heading', { level: 1 }).waitFor();
      if (view === 'week') await tab.locator('main .segmented button', { hasText: 'Week' }).click();
      // Into the first seeded period, then one warm-up page each way: the current period has no
      // posts, so paging back into it would time an empty grid.
      await page(tab, 'Next period');
      await page(tab, 'Next period');
      await page(tab, 'Previous period');
      const { renders, events } = await pageUnderTrace(tab);
      const main = events.find(
        (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
      );
      if (!main) throw new Error('the trace has no renderer main thread');
      const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
      console.log(
        `${view}, ${posts} posts a period, ${PAGES} pages; render ms: ${renders.map(Math.round).join(' ')}`,
      );
      console.log('main-thread CPU time per page (ms):');
      for (const [kind, names] of Object.entries(KINDS)) {
        const us = onMain.filter((e) => names.includes(e.name)).reduce((sum, e) => sum + (e.tdur ?? 0), 0);
        console.log(`${(us / 1000 / PAGES).toFixed(1).padStart(7)}  ${kind}`);
      }
    } finally {
      await opened.close();
    }
  } finally {
    cleanup();
  }
}

await main();
