// The copy of the database made before a migration: only when one is pending, consistent
// (commits still in the write-ahead log included), written beside the last good copy and
// renamed over it only once complete, and never made when a start needs no migration.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { createCore } from '../../src-main/core/create-core';
import { BACKUP_SUFFIX, DATABASE_FILE, openDatabase } from '../../src-main/core/db/open-database';
import { memorySecretStore, RecordingNotifier, SwitchableOnlineSignal } from '../../src-main/core/ports';
import { it } from '../support/core-fixture';
import { BROKEN_MIGRATION, committedJournal, migrationsFolder } from './migration-folders';

const COMMITTED = committedJournal().entries.length;
const EXTRA_MIGRATION = { tag: '9998_extra', sql: 'CREATE TABLE `extra_thing` (`id` integer PRIMARY KEY);' };

function startWith(dataDir: string, folder: string) {
  return createCore({
    clock: new ManualClock(0),
    dataDir,
    migrationsFolder: folder,
    secrets: memorySecretStore(),
    online: new SwitchableOnlineSignal(true),
    notifier: new RecordingNotifier(),
  });
}

/** A data folder whose database is one migration behind this version, holding the given posts. */
function olderDatabase(newFolder: () => string, ...bodies: string[]): { dataDir: string; file: string } {
  const dataDir = newFolder();
  const older = openDatabase({ dataDir, migrationsFolder: migrationsFolder(newFolder(), COMMITTED - 1) });
  older.markStartSucceeded();
  older.close();
  const file = join(dataDir, DATABASE_FILE);
  bodies.forEach((body) => insertPost(file, body));
  return { dataDir, file };
}

function insertPost(file: string, body: string): void {
  const sqlite = new Database(file);
  sqlite
    .prepare('insert into posts (id, body, created_at, updated_at) values (?, ?, 1, 1)')
    .run(`post-${body}`, body);
  sqlite.close();
}

/** Post bodies and the count of applied migrations in a copy, read without touching it. */
function contentOf(copy: string): { bodies: string[]; migrations: number } {
  const sqlite = new Database(copy, { readonly: true });
  const rows = sqlite.prepare('select body from posts order by body').all() as Array<{ body: string }>;
  const { n } = sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
  sqlite.close();
  return { bodies: rows.map((row) => row.body), migrations: n };
}

describe('the copy before a migration', () => {
  it('is made when a migration is pending, and not on starts with nothing to migrate', async ({
    newFolder,
    startCore,
  }) => {
    const { dataDir, file } = olderDatabase(newFolder, 'first');
    const backup = file + BACKUP_SUFFIX;

    const updated = startCore({ dataDir });
    expect(contentOf(backup)).toEqual({ bodies: ['first'], migrations: COMMITTED - 1 });
    expect(existsSync(file + '.start-pending')).toBe(false);
    await updated.call('posts.create', { body: 'second' });
    await updated.close();

    await startCore({ dataDir }).close();
    expect(contentOf(backup)).toEqual({ bodies: ['first'], migrations: COMMITTED - 1 });
  });

  it('holds the commits still in the write-ahead log, in one self-contained file', async ({
    newFolder,
    startCore,
  }) => {
    const { dataDir, file } = olderDatabase(newFolder);
    // Another connection left open, as after a crash: its commits live only in the WAL.
    const crashed = new Database(file);
    crashed.pragma('wal_autocheckpoint = 0');
    crashed
      .prepare("insert into posts (id, body, created_at, updated_at) values ('p1', 'only in the wal', 1, 1)")
      .run();
    expect(existsSync(file + '-wal')).toBe(true);

    const t = startCore({ dataDir });
    expect(existsSync(file + BACKUP_SUFFIX + '-wal')).toBe(false);
    expect(contentOf(file + BACKUP_SUFFIX).bodies).toEqual(['only in the wal']);
    await t.close();
    crashed.close();
  });

  it('is not needed by a start with nothing to migrate, which opens even where no copy can go', async ({
    dataDir,
    startCore,
  }) => {
    const file = join(dataDir, DATABASE_FILE);
    await startCore({ dataDir }).close();
    mkdirSync(file + BACKUP_SUFFIX);

    const t = startCore({ dataDir });
    expect((await t.call('posts.create', { body: 'still works' })).body).toBe('still works');
    await t.close();
  });

  it('keeps the last good copy when a new one cannot be written, and then refuses to migrate', async ({
    newFolder,
    startCore,
  }) => {
    const { dataDir, file } = olderDatabase(newFolder, 'good');
    const backup = file + BACKUP_SUFFIX;
    await startCore({ dataDir }).close();
    const lastGood = readFileSync(backup);
    insertPost(file, 'newer');

    // The next version brings a migration, and the copy's temporary file cannot be written.
    const next = migrationsFolder(newFolder(), COMMITTED, [EXTRA_MIGRATION]);
    mkdirSync(`${backup}.tmp/in-the-way`, { recursive: true });
    expect(() => startWith(dataDir, next)).toThrow(
      /could not first save a copy of it as cadence\.db\.before-start .*Nothing was changed\. Free some disk space/,
    );
    expect(readFileSync(backup).equals(lastGood)).toBe(true);
    const sqlite = new Database(file, { readonly: true });
    expect(sqlite.prepare("select name from sqlite_master where name = 'extra_thing'").get()).toBeUndefined();
    sqlite.close();

    // Once the copy can be written, the update goes ahead with a fresh copy.
    await startWith(dataDir, next).close();
    expect(contentOf(backup)).toEqual({ bodies: ['good', 'newer'], migrations: COMMITTED });
    expect(existsSync(`${backup}.tmp`)).toBe(false);
  });

  it('keeps the older copy when the previous start never succeeded', async ({ newFolder, startCore }) => {
    const { dataDir, file } = olderDatabase(newFolder, 'good');
    const backup = file + BACKUP_SUFFIX;
    await startCore({ dataDir }).close();
    insertPost(file, 'after the copy');

    const broken = migrationsFolder(newFolder(), COMMITTED, [BROKEN_MIGRATION]);
    expect(() => startWith(dataDir, broken)).toThrow(/no_such_table/);
    expect(existsSync(file + '.start-pending')).toBe(true);
    // The copy from the last good start was refreshed by the failed one (it began from a good state)...
    expect(contentOf(backup).bodies).toEqual(['after the copy', 'good']);

    // ...and a second failed start does not overwrite it with whatever the failure left.
    insertPost(file, 'written by a bad start');
    expect(() => startWith(dataDir, broken)).toThrow(/no_such_table/);
    expect(contentOf(backup).bodies).toEqual(['after the copy', 'good']);

    const t = startCore({ dataDir });
    expect(contentOf(backup).bodies).toEqual(['after the copy', 'good']);
    expect(existsSync(file + '.start-pending')).toBe(false);
    await t.close();
  });
});
