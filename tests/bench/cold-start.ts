// Figure b: how long the core takes to come up on a database of 100,000 posts and answer the
// calendar's first month, against the bare minimum (open the file, run the raw query).
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { systemClock } from '../../src-main/core/clock';
import { createCore } from '../../src-main/core/create-core';
import { BACKUP_SUFFIX, DATABASE_FILE, saveCopyBeforeMigrating } from '../../src-main/core/db/open-database';
import { memorySecretStore, RecordingNotifier, SwitchableOnlineSignal } from '../../src-main/core/ports';
import { median, MIGRATIONS, round, type Figure } from './figures';
import type { MonthWindow, RawMonthQuery } from './month-query';

const RUNS = 7;

function timeRuns(run: () => Promise<void> | void): Promise<number[]> {
  return (async () => {
    await run(); // warm-up: loads and compiles code, fills the OS file cache
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    return times;
  })();
}

export async function measureColdStart(
  dataDir: string,
  timeZone: string,
  window: MonthWindow,
  raw: RawMonthQuery,
): Promise<Figure[]> {
  const file = join(dataDir, DATABASE_FILE);

  const startCore =
    (publishing = true) =>
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
      const result = await core.invoke('calendar.range', window);
      await core.close();
      if (!result.ok || !Array.isArray(result.value) || result.value.length === 0)
        throw new Error('the first month query found nothing');
    };
  const bare = () => {
    const sqlite = new Database(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.prepare(raw.sql).raw(true).all(window.from, window.to);
    sqlite.close();
  };

  // A start with nothing to migrate must make no copy: the figure is only honest if it is so.
  const copy = `${file}${BACKUP_SUFFIX}`;
  const copyBefore = existsSync(copy) ? statSync(copy).mtimeMs : null;
  const baseline = median(await timeRuns(bare));
  const full = median(await timeRuns(startCore()));
  const copyAfter = existsSync(copy) ? statSync(copy).mtimeMs : null;
  if (copyAfter !== copyBefore) throw new Error('a start with no migration pending made the start-up copy');
  const storeOnly = median(await timeRuns(startCore(false)));
  // Only a start with a migration pending pays for the copy, so it is timed on its own.
  const copyOnly = median(
    await timeRuns(() => {
      const sqlite = new Database(file);
      saveCopyBeforeMigrating(sqlite, `${file}.bench${BACKUP_SUFFIX}`);
      sqlite.close();
    }),
  );
  rmSync(`${file}.bench${BACKUP_SUFFIX}`, { force: true });
  const megabytes = (statSync(file).size / 2 ** 20).toFixed(1);
  const common = `in-process median of ${RUNS} runs after a warm-up; baseline: open the file and run the raw month query`;
  return [
    {
      metric: 'core_cold_start_100k_posts',
      value: round(full),
      unit: 'ms',
      baseline: round(baseline),
      ratio: round(full / baseline),
      goal: 'value <= 60 ms',
      detail: `createCore (open the ${megabytes} MB database, find no migration pending, and make no copy: checked, ${BACKUP_SUFFIX} untouched) + first month query via core.invoke; ${common}`,
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
      baseline: round(baseline),
      ratio: round(storeOnly / baseline),
      goal: 'informational: what the outbox start-up pass costs',
      detail: `as above with publishing off, so the outbox's first pass (due targets, next wake, counts) does not run; the outbox adds about ${Math.round(full - storeOnly)} ms here; ${common}`,
    },
  ];
}
