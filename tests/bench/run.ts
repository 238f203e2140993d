// `npm run bench`: seeds 100,000 posts over two years in a temp folder and prints one JSON
// line per figure, the issue 14 table's rows first, each with its goal and whether it meets it.
// It reports; it never fails, so a slow machine cannot break a build.
// `-- --out FILE` saves the lines; `-- --compare FILE` prints each beside a saved run's value.
import { tempDir } from '../support/temp-dir';
import { DAY } from '../support/time';
import { measureAppReady } from './app-ready';
import { measureAttemptDurability } from './attempt-durability';
import { measureBundleSize } from './bundle-size';
import { measureCalendarRender } from './calendar-render';
import { measureColdStart } from './cold-start';
import { measureDraftsQuery } from './drafts-query';
import { reportFigure } from './figures';
import { measureIdleMemory, measureIdleWakeUps } from './idle-core';
import { measureInboxList } from './inbox-list';
import { localAt } from '../../src-main/shared/zoned-time';
import { measureMonthQuery, monthWindow } from './month-query';
import { measurePublishDelay } from './publish-delay';
import { measureSearchQuery } from './search-query';
import { seedDatabase } from './seed';

const POSTS = 100_000;
const TIME_ZONE = 'America/New_York';
// A year of history and a year of plans around today (see seedDatabase for the quiet days).
const NOW = Date.now();
const FROM = NOW - 366 * DAY;
const TO = NOW + 366 * DAY;

async function main(): Promise<void> {
  await reportFigure(
    { metric: 'first_screen_js_gzip', unit: 'KB', goal: 'value <= 200 KB' },
    measureBundleSize,
  );
  for (const [view, postsPerPeriod, series] of [
    ['month', 300, 0],
    // Issue 12: recurring posts are real posts, so a month with series paints like any other.
    ['month', 300, 10],
    ['month', 1000, 0],
    ['week', 300, 0],
  ] as const) {
    await reportFigure(
      {
        metric: `${view}_view_render_chromium_${postsPerPeriod}_posts${series > 0 ? '_with_recurring' : ''}`,
        unit: 'ms',
        goal: postsPerPeriod > 300 ? 'value <= 33 ms' : 'value <= 16 ms',
      },
      async () => [await measureCalendarRender({ view, postsPerPeriod, series })],
    );
  }
  const { dir: dataDir, cleanup } = tempDir('cadence-bench-');
  try {
    const seedStarted = performance.now();
    seedDatabase({ dataDir, posts: POSTS, from: FROM, to: TO, now: NOW, timeZone: TIME_ZONE, drafts: true });
    console.error(`[bench] seeded ${POSTS} posts in ${Math.round(performance.now() - seedStarted)} ms`);

    // A full month of plans: the one starting about six weeks from now.
    const ahead = localAt(NOW + 45 * DAY, TIME_ZONE);
    const window = monthWindow(ahead.year, ahead.month, TIME_ZONE);
    await reportFigure(
      { metric: 'calendar_month_query_store_vs_raw', unit: 'ms', goal: 'ratio <= 1.3' },
      () => measureMonthQuery(dataDir, TIME_ZONE, window),
    );
    await reportFigure({ metric: 'core_cold_start_100k_posts', unit: 'ms', goal: 'value <= 60 ms' }, () =>
      measureColdStart(dataDir, TIME_ZONE, window),
    );
    await reportFigure({ metric: 'app_ready_chromium_100k_posts', unit: 'ms', goal: 'value <= 500 ms' }, () =>
      measureAppReady(dataDir, TIME_ZONE),
    );
    await reportFigure({ metric: 'drafts_list_100k_store_vs_raw', unit: 'ms', goal: 'ratio <= 1.3' }, () =>
      measureDraftsQuery(dataDir),
    );
    await reportFigure({ metric: 'post_search_100k_store_vs_raw', unit: 'ms', goal: 'ratio <= 1.3' }, () =>
      measureSearchQuery(dataDir),
    );
    await reportFigure(
      { metric: 'inbox_list_100k_first_page_store_vs_raw', unit: 'ms', goal: 'ratio <= 1.3' },
      measureInboxList,
    );
    await reportFigure(
      { metric: 'core_process_idle_rss_100k_posts', unit: 'MB', goal: 'value <= 150 MB' },
      () => measureIdleMemory(dataDir, TIME_ZONE),
    );
    await reportFigure({ metric: 'idle_hour_timer_wake_ups', unit: 'wake-ups', goal: 'value = 0' }, () =>
      measureIdleWakeUps(dataDir, TIME_ZONE, NOW),
    );
    await reportFigure(
      { metric: 'publish_delay_due_to_request', unit: 'ms', goal: 'report' },
      measurePublishDelay,
    );
    await reportFigure(
      {
        metric: 'outbox_attempt_commit_full_vs_normal',
        unit: 'ms',
        goal: 'report: the price of a send record that survives a power cut',
      },
      measureAttemptDurability,
    );
  } finally {
    cleanup();
  }
}

main().catch((error: unknown) => {
  console.error('[bench] stopped early:', error);
});
