import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { createCore } from '../../src-main/core/create-core';
import { BACKUP_SUFFIX, DATABASE_FILE } from '../../src-main/core/db/open-database';
import { memorySecretStore, RecordingNotifier, SwitchableOnlineSignal } from '../../src-main/core/ports';
import { makeDataDir, startTestCore } from '../support/test-core';
import { BROKEN_MIGRATION, committedJournal, migrationsFolder } from './migration-folders';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function tempDir(): string {
  const { dir, cleanup } = makeDataDir();
  cleanups.push(cleanup);
  return dir;
}

/** Post bodies in a copy, read from a scratch folder so the copy itself is never touched. */
function bodiesIn(copy: string): string[] {
  const scratch = join(tempDir(), 'copy.db');
  copyFileSync(copy, scratch);
  if (existsSync(copy + '-wal')) copyFileSync(copy + '-wal', scratch + '-wal');
  const sqlite = new Database(scratch);
  const rows = sqlite.prepare('select body from posts order by body').all() as Array<{ body: string }>;
  sqlite.close();
  return rows.map((row) => row.body);
}

async function startWithPost(dataDir: string, body: string): Promise<void> {
  const t = startTestCore({ dataDir });
  await t.call('posts.create', { body });
  await t.core.close();
}

describe('start-up backup', () => {
  it('copies the existing database aside before migrating, and clears the pending marker', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, DATABASE_FILE);
    const backup = file + BACKUP_SUFFIX;

    const first = startTestCore({ dataDir });
    expect(existsSync(backup)).toBe(false);
    expect(existsSync(file + '.start-pending')).toBe(false);
    await first.call('posts.create', { body: 'first' });
    await first.core.close();

    await startWithPost(dataDir, 'second');
    expect(bodiesIn(backup)).toEqual(['first']);
    expect(existsSync(file + '.start-pending')).toBe(false);

    await startTestCore({ dataDir }).core.close();
    expect(bodiesIn(backup)).toEqual(['first', 'second']);
  });

  it('copies the write-ahead log too, since it may hold the newest commits', async () => {
    const dataDir = tempDir();
    await startTestCore({ dataDir }).core.close();
    const file = join(dataDir, DATABASE_FILE);

    // Another connection left open, as after a crash: its commits live only in the WAL.
    const crashed = new Database(file);
    crashed.pragma('wal_autocheckpoint = 0');
    crashed
      .prepare("insert into posts (id, body, created_at, updated_at) values ('p1', 'only in the wal', 1, 1)")
      .run();
    expect(existsSync(file + '-wal')).toBe(true);

    const t = startTestCore({ dataDir });
    expect(existsSync(file + BACKUP_SUFFIX + '-wal')).toBe(true);
    expect(bodiesIn(file + BACKUP_SUFFIX)).toEqual(['only in the wal']);
    await t.core.close();
    crashed.close();
  });

  it('keeps the older copy when the previous start never succeeded', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, DATABASE_FILE);
    await startWithPost(dataDir, 'good');
    await startWithPost(dataDir, 'after the copy');
    expect(bodiesIn(file + BACKUP_SUFFIX)).toEqual(['good']);

    const broken = migrationsFolder(tempDir(), committedJournal().entries.length, [BROKEN_MIGRATION]);
    const failedStart = () =>
      createCore({
        clock: new ManualClock(0),
        dataDir,
        migrationsFolder: broken,
        secrets: memorySecretStore(),
        online: new SwitchableOnlineSignal(true),
        notifier: new RecordingNotifier(),
      });
    expect(failedStart).toThrow(/no_such_table/);
    expect(existsSync(file + '.start-pending')).toBe(true);
    // The copy from the last good start was refreshed by the failed one (it began from a good state)...
    expect(bodiesIn(file + BACKUP_SUFFIX)).toEqual(['after the copy', 'good']);

    // ...and a second failed start does not overwrite it with whatever the failure left.
    const sqlite = new Database(file);
    sqlite
      .prepare(
        "insert into posts (id, body, created_at, updated_at) values ('x', 'written by a bad start', 1, 1)",
      )
      .run();
    sqlite.close();
    expect(failedStart).toThrow(/no_such_table/);
    expect(bodiesIn(file + BACKUP_SUFFIX)).toEqual(['after the copy', 'good']);

    const t = startTestCore({ dataDir });
    expect(bodiesIn(file + BACKUP_SUFFIX)).toEqual(['after the copy', 'good']);
    expect(existsSync(file + '.start-pending')).toBe(false);
    await t.core.close();
  });
});
