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
  raw: RawMonthQuery,
): Promise<Figure[]> {
  const file = join(dataDir, DATABASE_FILE);

  const startCore =
    (publishing = true): Start =>
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
      if (!result.ok || !Array.isArray(result.value) || result.value.length === 0)
        throw new Error('the first month query found nothing');
      return () => core.close();
    };
  const bare: Start = async () => {
    const sqlite = new Database(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.prepare(raw.sql).raw(true).all(window.from, window.to);
    return () => {
      sqlite.close();
    };
  };

  // A start with nothing to migrate must make no copy: the figure is only honest if it is so.
  const copy = `${file}${BACKUP_SUFFIX}`;
  const copyBefore = existsSync(copy) ? statSync(copy).mtimeMs : null;
  const [baseline, full, storeOnly] = (await timeAlternately([bare, startCore(), startCore(false)])).map(
    median,
  ) as [number, number, number];
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
  const common = `in-process median of ${RUNS} runs after a warm-up, the baseline and both starts taking turns, each timed to its answer (closing untimed); baseline: open the file and run the raw month query`;
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
