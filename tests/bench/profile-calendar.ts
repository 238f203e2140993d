// Where the calendar's render time goes: `node tests/tools/with-app-node.mjs
// node_modules/tsx/dist/cli.mjs tests/bench/profile-calendar.ts [month|week] [posts]` builds the
// renderer unminified (so frames keep their names), pages between two seeded periods under
// Chromium's sampling profiler, and prints the frames with the most time of their own and the
// components with the most time in all. docs/performance.md keeps what it found.
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { tempDir } from '../support/temp-dir';
import { nextMonths, nextWeeks, page, TIME_ZONE } from './calendar-render';
import { openCalendarInChromium } from './chromium-calendar';
import { seedDatabase } from './seed';

const PROFILED_RENDERER = fileURLToPath(new URL('../../out/bench/renderer-profile', import.meta.url));
const PAGES = 12;
const SHOWN = 40;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const frameName = ({ callFrame }: ProfileNode) =>
  `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}`;

/** Self time per frame, and time including callees per function name. */
function summarise(profile: Profile): { self: [string, number][]; total: [string, number][] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    self.set(frameName(node), (self.get(frameName(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)!.callFrame.functionName;
      if (name && !seen.has(name)) total.set(name, (total.get(name) ?? 0) + ms);
      seen.add(name);
    }
  });
  const top = (map: Map<string, number>) =>
    [...map].filter(([name]) => !/^\((idle|program|root)\)/.test(name)).sort((a, b) => b[1] - a[1]);
  return { self: top(self).slice(0, SHOWN), total: top(total).slice(0, SHOWN) };
}

async function main(): Promise<void> {
  const view = process.argv[2] === 'week' ? 'week' : 'month';
  const posts = Number(process.argv[3] ?? 300);
  // The app's own renderer settings (aliases, plugins), read at run time: the config file is
  // outside the tests' TypeScript project.
  const configFile = new URL('../../electron.vite.config.ts', import.meta.url).href;
  const { renderer } = ((await import(configFile)) as { default: { renderer: InlineConfig } }).default;
  await build({
    ...renderer,
    configFile: false,
    logLevel: 'warn',
    build: { ...renderer.build, outDir: PROFILED_RENDERER, minify: false, emptyOutDir: true },
  });
  const { dir: dataDir, cleanup } = tempDir('cadence-profile-');
  try {
    const now = Date.now();
    const periods = view === 'month' ? nextMonths(now) : nextWeeks(now);
    for (const period of periods) seedDatabase({ dataDir, posts, ...period, now, timeZone: TIME_ZONE });
    const opened = await openCalendarInChromium(dataDir, TIME_ZONE, PROFILED_RENDERER);
    try {
      const { tab } = opened;
      await tab.goto(opened.url, { waitUntil: 'load' });
      await tab.getByRole('heading', { level: 1 }).waitFor();
      if (view === 'week') await tab.locator('main .segmented button', { hasText: 'Week' }).click();
      await page(tab, 'Next period');
      const cdp = await tab.context().newCDPSession(tab);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      const renders: number[] = [];
      for (let i = 0; i < PAGES; i++)
        renders.push((await page(tab, i % 2 ? 'Previous period' : 'Next period')).total);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const { self, total } = summarise(profile);
      const perPage = (ms: number) => (ms / PAGES).toFixed(2).padStart(7);
      console.log(
        `${view}, ${posts} posts a period, ${PAGES} pages; render ms: ${renders.map(Math.round).join(' ')}`,
      );
      console.log('\nself time per page (ms), unminified build:');
      for (const [name, ms] of self) console.log(`${perPage(ms)}  ${name}`);
      console.log('\ntime with callees per page (ms):');
      for (const [name, ms] of total) console.log(`${perPage(ms)}  ${name}`);
    } finally {
      await opened.close();
    }
  } finally {
    cleanup();
  }
}

await main();
