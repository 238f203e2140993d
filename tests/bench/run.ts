// `npm run bench`: seeds 100,000 posts over two years in a temp folder and prints one JSON
// line per figure. It reports; it never fails, so a slow machine cannot break a build.
import { tempDir } from '../support/temp-dir';
import { DAY } from '../support/time';
import { measureAttemptDurability } from './attempt-durability';
import { measureBundleSize } from './bundle-size';
import { measureColdStart } from './cold-start';
import { reportFigure } from './figures';
import { measureInboxList } from './inbox-list';
import { localAt } from '../../src-main/shared/zoned-time';
import { measureMonthQuery, monthWindow, type RawMonthQuery } from './month-query';
import { measureMonthRender } from './month-render';
import { measurePublishDelay } from './publish-delay';
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
  const { dir: dataDir, cleanup } = tempDir('cadence-bench-');
  try {
    const seedStarted = performance.now();
    seedDatabase({ dataDir, posts: POSTS, from: FROM, to: TO, now: NOW, timeZone: TIME_ZONE });
    console.error(`[bench] seeded ${POSTS} posts in ${Math.round(performance.now() - seedStarted)} ms`);

    // A full month of plans: the one starting about six weeks from now.
    const ahead = localAt(NOW + 45 * DAY, TIME_ZONE);
    const window = monthWindow(ahead.year, ahead.month, TIME_ZONE);
    let raw: RawMonthQuery | null = null;
    await reportFigure(
      { metric: 'calendar_month_query_store_vs_raw', unit: 'ms', goal: 'ratio <= 1.3' },
      async () => {
        const measured = await measureMonthQuery(dataDir, TIME_ZONE, window);
        raw = measured.raw;
        return measured.figures;
      },
    );
    await reportFigure({ metric: 'core_cold_start_100k_posts', unit: 'ms', goal: 'value <= 150 ms' }, () => {
      if (!raw) throw new Error('the month query could not be captured');
      return measureColdStart(dataDir, TIME_ZONE, window, raw);
    });
    await reportFigure(
      { metric: 'month_view_render_chromium_300_posts', unit: 'ms', goal: 'value <= 16 ms' },
      async () => [await measureMonthRender()],
    );
    await reportFigure(
      { metric: 'publish_delay_due_to_request', unit: 'ms', goal: 'report' },
      measurePublishDelay,
    );
    await reportFigure(
      { metric: 'inbox_list_100k_first_page_store_vs_raw', unit: 'ms', goal: 'ratio <= 1.3' },
      measureInboxList,
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
