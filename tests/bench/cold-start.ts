// Figure b: how long the core takes to come up on a database of 100,000 posts and answer the
// month view's first read (calendar.month), against the bare minimum: open the file and run the
// raw SQL of that read. The same for a whole month of summaries (calendar.range), as a week or a
// list reads them, is reported beside it.
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { systemClock } from '../../src-main/core/clock';
import { createCore } from '../../src-main/core/create-core';
import { BACKUP_SUFFIX, DATABASE_FILE, saveCopyBeforeMigrating } from '../../src-main/core/db/open-database';
import { memorySecretStore, RecordingNotifier, SwitchableOnlineSignal } from '../../src-main/core/ports';
import { MONTH_CHIPS_PER_DAY } from '../../src-renderer/src/features/calendar/month-chips';
import { median, MIGRATIONS, round, type Figure } from './figures';
import { sqlSentBy, type MonthWindow } from './month-query';

const RUNS = 9;

/** A start to time: it resolves once started and answered, with what shuts it down, untimed. */
type Start = () => Promise<() => Promise<void> | void>;

/**
 * Times the starts in turn, round after round, so that a machine busier for a while (two cores
 * shared with the browser the bench has just closed) weighs on each of them alike. Closing is not
 * timed: it is not part of a start, and the core's close checkpoints what its start wrote.
 */
async function timeAlternately(starts: Start[]): Promise<number[][]> {
  // Warm-up: loads and compiles code, fills the OS file cache.
  for (const start of starts) await (await start())();
  const times = starts.map(() => [] as number[]);
  for (let round = 0; round < RUNS; round++) {
    for (const [i, start] of starts.entries()) {
      const started = performance.now();
      const close = await start();
      times[i]!.push(performance.now() - started);
      await close();
    }
  }
  return times;
}

export async function measureColdStart(
  dataDir: string,
  timeZone: string,
  window: MonthWindow,
): Promise<Figure[]> {
  const file = join(dataDir, DATABASE_FILE);
  const monthInput = { ...window, timeZone, perDay: MONTH_CHIPS_PER_DAY };

  // The raw SQL each read sends, captured from the app's own store, with its parameters.
  const capture = new Database(file, { readonly: true });
  const month = sqlSentBy(capture, (store) =>
    store.monthDays(window.from, window.to, timeZone, MONTH_CHIPS_PER_DAY),
  );
  const range = sqlSentBy(capture, (store) => store.range(window.from, window.to));
  capture.close();
  const [timesSql, byIdsSql] = month.sent as [string, string];
  const shownIds = JSON.stringify(month.answer.posts.map((post) => post.id));

  const startCore =
    (read: 'calendar.month' | 'calendar.range', publishing = true): Start =>
    async () => {
      const core = createCore({
        clock: systemClock(),
        dataDir,
        migrationsFolder: MIGRATIONS,
        secrets: memorySecretStore(),
        online: new SwitchableOnlineSignal(true),
        notifier: new RecordingNotifier(),
        defaultTimeZone: timeZone,
        publishing,
      });
      const result = await core.invoke(read, read === 'calendar.month' ? monthInput : window);
      const answer = result.ok ? (result.value as { posts?: unknown } | unknown[]) : null;
      const posts = Array.isArray(answer) ? answer : answer?.posts;
      if (!Array.isArray(posts) || posts.length === 0) throw new Error(`the first ${read} found nothing`);
      return () => core.close();
    };
  const bare =
    (run: (sqlite: Database.Database) => void): Start =>
    async () => {
      const sqlite = new Database(file);
      sqlite.pragma('journal_mode = WAL');
      run(sqlite);
      return () => {
        sqlite.close();
      };
    };
  const bareMonth = bare((sqlite) => {
    sqlite.prepare(timesSql).raw(true).all(window.from, window.to);
    sqlite.prepare(byIdsSql).raw(true).all(shownIds);
  });
  const bareRange = bare((sqlite) => {
    sqlite.prepare(range.sent[0]!).raw(true).all(window.from, window.to);
  });

  // A start with nothing to migrate must make no copy: the figure is only honest if it is so.
  const copy = `${file}${BACKUP_SUFFIX}`;
  const copyBefore = existsSync(copy) ? statSync(copy).mtimeMs : null;
  const [monthBaseline, full, storeOnly, rangeBaseline, fullRange] = (
    await timeAlternately([
      bareMonth,
      startCore('calendar.month'),
      startCore('calendar.month', false),
      bareRange,
      startCore('calendar.range'),
    ])
  ).map(median) as [number, number, number, number, number];
  const copyAfter = existsSync(copy) ? statSync(copy).mtimeMs : null;
  if (copyAfter !== copyBefore) throw new Error('a start with no migration pending made the start-up copy');
  // Only a start with a migration pending pays for the copy, so it is timed on its own.
  const [copyOnly] = (
    await timeAlternately([
      async () => {
        const sqlite = new Database(file);
        saveCopyBeforeMigrating(sqlite, `${file}.bench${BACKUP_SUFFIX}`);
        return () => {
          sqlite.close();
        };
      },
    ])
  ).map(median) as [number];
  rmSync(`${file}.bench${BACKUP_SUFFIX}`, { force: true });
  const megabytes = (statSync(file).size / 2 ** 20).toFixed(1);
  const common = `in-process median of ${RUNS} runs after a warm-up, the baselines and the starts taking turns, each timed to its answer (closing untimed)`;
  const opened = `createCore (open the ${megabytes} MB database, find no migration pending, and make no copy: checked, ${BACKUP_SUFFIX} untouched)`;
  const monthRead = `the month view's first read, core.invoke('calendar.month') for ${month.answer.posts.length} posts shown of ${Object.values(month.answer.dayTotals).reduce((sum, n) => sum + n, 0)}`;
  return [
    {
      metric: 'core_cold_start_100k_posts',
      value: round(full),
      unit: 'ms',
      baseline: round(monthBaseline),
      ratio: round(full / monthBaseline),
      goal: 'value <= 60 ms',
      detail: `${opened} + ${monthRead}; ${common}; baseline: open the file and run the raw SQL of that read`,
    },
    {
      metric: 'startup_copy_before_migration_100k_posts',
      value: round(copyOnly),
      unit: 'ms',
      baseline: null,
      ratio: null,
      goal: 'report: paid only by a start that migrates',
      detail: `the consistent copy (VACUUM INTO a temporary file, flushed, renamed) of the ${megabytes} MB database; in-process median of ${RUNS} runs after a warm-up`,
    },
    {
      metric: 'core_cold_start_100k_posts_without_outbox',
      value: round(storeOnly),
      unit: 'ms',
      baseline: round(monthBaseline),
      ratio: round(storeOnly / monthBaseline),
      goal: 'informational: what the outbox start-up pass costs',
      detail: `as above with publishing off, so the outbox's first pass (due targets, next wake, counts) does not run; the outbox adds about ${Math.round(full - storeOnly)} ms here; ${common}`,
    },
    {
      metric: 'core_cold_start_100k_posts_month_of_summaries',
      value: round(fullRange),
      unit: 'ms',
      baseline: round(rangeBaseline),
      ratio: round(fullRange / rangeBaseline),
      goal: 'informational: a first read of every post of a month',
      detail: `${opened} + core.invoke('calendar.range') for the same month, ${range.answer.length} summaries (what a week or a list reads, here for a whole month); ${common}; baseline: open the file and run the raw SQL of that read`,
    },
  ];
}
