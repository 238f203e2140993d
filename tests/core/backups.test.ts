// Backups: which ones the rotation keeps (7 daily, 4 weekly), the daily timer on the injected
// clock (one timer, to the next due time), a failure said once with what to do, the folder the
// owner picks, a restore round trip (images included) and a damaged backup refused.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import {
  backupName,
  backupsToKeep,
  KEEP_BEFORE_RESTORE,
  type NamedBackup,
} from '../../src-main/core/backups/backup-rotation';
import { BACKUP_EVERY_MS, RETRY_AFTER_MS } from '../../src-main/core/backups/daily-backups';
import { it as coreTest } from '../support/core-fixture';
import { tinyPng } from '../support/crafted-images';

const DAY = 86_400_000;
const ZONE = 'America/New_York';
/** Monday 2 November 2026, 02:00 in New York. */
const MONDAY = Date.parse('2026-11-02T07:00:00Z');

const it = coreTest.override({ coreOptions: { automaticBackups: true } });

const daily = (days: number, from = MONDAY): NamedBackup[] =>
  Array.from({ length: days }, (_, day) => {
    const createdAt = from + day * DAY;
    return { name: backupName('backup', createdAt), kind: 'backup' as const, createdAt };
  });

describe('the rotation', () => {
  it('keeps the newest of each of the last 7 days, then the newest of each of 4 weeks before', () => {
    // Eight weeks of one backup a day, Monday 2 November to Sunday 27 December.
    const backups = daily(56);
    const kept = [...backupsToKeep(backups, ZONE)].sort();
    const day = (n: number) => backupName('backup', MONDAY + n * DAY);
    expect(kept).toEqual(
      [
        // The last 7 days: Monday 21 to Sunday 27 December.
        ...[49, 50, 51, 52, 53, 54, 55].map(day),
        // The Sundays that close the four weeks before.
        ...[48, 41, 34, 27].map(day),
      ].sort(),
    );
  });

  it('keeps the newest of a day with several, and counts days that have a backup, not calendar days', () => {
    const sameDay = [0, 3_600_000, 7_200_000].map((offset) => MONDAY + 40 * DAY + offset);
    const backups: NamedBackup[] = [
      ...daily(3),
      ...sameDay.map((createdAt) => ({
        name: backupName('backup', createdAt),
        kind: 'backup' as const,
        createdAt,
      })),
    ];
    const kept = backupsToKeep(backups, ZONE);
    // A month with the laptop shut: the three old days are still three of the seven.
    expect([...kept].sort()).toEqual(
      [...daily(3).map((b) => b.name), backupName('backup', sameDay[2]!)].sort(),
    );
  });

  it('counts days in the business time zone', () => {
    // 23:30 and 00:30 in New York are two days there, one day in UTC.
    const late = Date.parse('2026-11-03T04:30:00Z');
    const backups = [late, late + 3_600_000].map((createdAt) => ({
      name: backupName('backup', createdAt),
      kind: 'backup' as const,
      createdAt,
    }));
    expect(backupsToKeep(backups, ZONE).size).toBe(2);
    expect(backupsToKeep(backups, 'UTC').size).toBe(1);
  });

  it('keeps the latest copies saved before a restore apart from the daily ones', () => {
    const copies = daily(5).map((backup) => ({
      ...backup,
      name: backupName('before-restore', backup.createdAt),
      kind: 'before-restore' as const,
    }));
    const kept = backupsToKeep([...daily(10), ...copies], ZONE);
    expect([...kept].filter((name) => name.includes('before-restore')).sort()).toEqual(
      copies
        .slice(-KEEP_BEFORE_RESTORE)
        .map((copy) => copy.name)
        .sort(),
    );
    expect([...kept].filter((name) => name.includes('-backup-'))).toHaveLength(7);
  });
});

describe('the daily backup', () => {
  it('backs up at once on a folder without backups, then once a day with one timer, keeping 7 + 4', async ({
    t,
    dataDir,
  }) => {
    await t.call('posts.create', { body: 'Bread at 8' });
    const start = t.clock.now();
    // One timer, due now: nothing else wakes an idle core.
    expect(t.clock.pendingTimers).toBe(1);
    expect(t.clock.nextDueAt()).toBe(start);
    await t.runFor(0);
    const first = await t.call('backups.list');
    expect(first.backups).toEqual([
      expect.objectContaining({ kind: 'backup', createdAt: start, posts: 1, bytes: expect.any(Number) }),
    ]);
    expect(first.folder).toBe(join(dataDir, 'backups'));
    expect(first.nextAt).toBe(start + BACKUP_EVERY_MS);
    expect(t.clock.pendingTimers).toBe(1);

    await t.runFor(59 * DAY);
    const after = await t.call('backups.list');
    // Days 53 to 59 (Sunday 17 to Saturday 23 January), then the newest of each of the four
    // weeks before the one they start in: the Sundays 10 and 3 January, 27 and 20 December.
    expect(after.backups.map((b) => (b.createdAt - start) / DAY)).toEqual([
      59, 58, 57, 56, 55, 54, 53, 46, 39, 32, 25,
    ]);
    expect(after.backups).toHaveLength(11);
    expect(readdirSync(join(dataDir, 'backups')).filter((name) => name.endsWith('.db'))).toHaveLength(11);
    expect(t.clock.pendingTimers).toBe(1);
  });

  it('counts the next day from "Back up now"', async ({ t }) => {
    await t.runFor(0);
    await t.runFor(5 * 3_600_000);
    const made = await t.call('backups.now');
    expect((await t.call('backups.list')).nextAt).toBe(made.createdAt + BACKUP_EVERY_MS);
    expect(t.clock.nextDueAt()).toBe(made.createdAt + BACKUP_EVERY_MS);
  });

  it('keeps the backup just made, even when the clock has not moved since the last', async ({ t }) => {
    for (let n = 0; n < 3; n += 1) {
      const made = await t.call('backups.now');
      expect((await t.call('backups.list')).backups.map((backup) => backup.name)).toContain(made.name);
    }
  });

  it('says once, with what to do, that it failed, tries again an hour later and recovers', async ({
    t,
    newFolder,
  }) => {
    const chosen = newFolder();
    await t.call('backups.setFolder', { folder: chosen });
    rmSync(chosen, { recursive: true });
    await t.runFor(0);
    const failed = await t.call('backups.list');
    expect(failed.problem?.message).toBe(
      `Cadence could not back up to ${chosen}: the folder is gone (a drive that is not connected?). Connect it, or choose another folder in Settings, Backups.`,
    );
    expect(failed.problem?.key).toBe('backups.write.missing');
    expect(failed.nextAt).toBe(t.clock.now() + RETRY_AFTER_MS);
    await t.runFor(2 * RETRY_AFTER_MS);
    expect(t.notifier.notices).toEqual([
      { kind: 'failure', title: 'Cadence could not make its daily backup', body: failed.problem!.message },
    ]);

    await t.call('backups.setFolder', { folder: null });
    await t.runFor(0);
    const recovered = await t.call('backups.list');
    expect(recovered.problem).toBeNull();
    expect(recovered.backups).toHaveLength(1);
  });
});

describe('the backup folder', () => {
  it('is a folder the owner picks, kept across starts, and refused in plain words when unusable', async ({
    t,
    newFolder,
    restart,
    dataDir,
  }) => {
    const chosen = newFolder();
    const state = await t.call('backups.setFolder', { folder: chosen });
    expect(state).toMatchObject({ folder: chosen, isDefaultFolder: false, canPick: false });
    await t.call('backups.now');
    expect(readdirSync(chosen).filter((name) => name.endsWith('.db'))).toHaveLength(1);

    const again = await restart();
    expect((await again.call('backups.list')).folder).toBe(chosen);
    expect(await again.errorOf('backups.setFolder', { folder: 'relative/path' })).toMatchObject({
      code: 'INVALID_INPUT',
      key: 'backups.folder.notAbsolute',
    });
    expect(await again.errorOf('backups.setFolder', { folder: join(chosen, 'missing') })).toMatchObject({
      message: `There is no folder at ${join(chosen, 'missing')}. Create it first, or choose another.`,
    });
    expect(await again.errorOf('backups.setFolder', { folder: dataDir })).toMatchObject({
      key: 'backups.folder.isDataFolder',
    });
    expect((await again.call('backups.list')).folder).toBe(chosen);
  });

  it('is asked for in the system dialog where there is one', async ({ startCore, newFolder }) => {
    const chosen = newFolder();
    const app = startCore({ filePicker: pickerAnswering(chosen) });
    expect((await app.call('backups.list')).canPick).toBe(true);
    expect((await app.call('backups.chooseFolder')).folder).toBe(chosen);
    const cancelled = startCore({ filePicker: pickerAnswering(null) });
    expect((await cancelled.call('backups.chooseFolder')).isDefaultFolder).toBe(true);
  });
});

describe('restoring a backup', () => {
  it('puts the data back as it was, images included, after saving the current data first', async ({
    t,
    dataDir,
  }) => {
    const kept = await t.call('posts.create', { body: 'Kept in the backup' });
    const image = await tinyPng();
    const media = await t.call('media.add', {
      postId: kept.id,
      fileName: 'bread.png',
      mimeType: 'image/png',
      dataBase64: image.toString('base64'),
    });
    const backup = await t.call('backups.now');
    expect(backup.posts).toBe(1);

    const { undoId } = await t.call('posts.delete', { id: kept.id });
    // Once the delete can no longer be undone, its image file goes too.
    t.clock.advance(16 * 60_000);
    await t.errorOf('undo.apply', { undoId });
    const later = await t.call('posts.create', { body: 'Written after the backup' });
    expect(existsSync(t.core.mediaPath(media.sha256))).toBe(false);

    const { restored, safetyCopy } = await t.call('backups.restore', { name: backup.name });
    expect(restored).toEqual(backup);
    expect(safetyCopy).toMatchObject({ kind: 'before-restore', posts: 1 });
    expect((await t.call('posts.get', { id: kept.id })).body).toBe('Kept in the backup');
    expect(await t.errorOf('posts.get', { id: later.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(readFileSync(t.core.mediaPath(media.sha256))).toEqual(image);
    expect(readdirSync(dataDir).filter((name) => /restoring|replaced/.test(name))).toEqual([]);

    // The copy saved before it undoes the restore.
    await t.call('backups.restore', { name: safetyCopy.name });
    expect((await t.call('posts.get', { id: later.id })).body).toBe('Written after the backup');
    expect(await t.errorOf('posts.get', { id: kept.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(t.core.database.sqlite.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  });

  it('refuses a damaged backup in plain words and changes nothing', async ({ t, dataDir }) => {
    await t.call('posts.create', { body: 'Still here' });
    const truncated = await t.call('backups.now');
    // A day later, so the rotation keeps both.
    t.clock.advance(DAY);
    const garbage = await t.call('backups.now');
    const folder = join(dataDir, 'backups');
    const file = join(folder, truncated.name);
    writeFileSync(file, readFileSync(file).subarray(0, 4096 * 3));
    writeFileSync(join(folder, garbage.name), Buffer.alloc(8192, 'not a database'));
    const before = readdirSync(folder).sort();

    for (const name of [truncated.name, garbage.name]) {
      expect(await t.errorOf('backups.restore', { name })).toEqual({
        code: 'INVALID_INPUT',
        key: 'backups.restore.damaged',
        message:
          'This backup is damaged, so Cadence did not restore it. Nothing was changed. Choose another backup.',
      });
    }
    expect(readdirSync(folder).sort()).toEqual(before);
    expect(readdirSync(dataDir).filter((name) => name.includes('restoring'))).toEqual([]);
    expect((await t.call('posts.listDrafts', {})).map((p) => p.excerpt)).toEqual(['Still here']);
    expect(await t.errorOf('backups.restore', { name: backupName('backup', 0) })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('puts the data back as it was when Cadence cannot start on the restored backup', async ({
    t,
    dataDir,
  }) => {
    await t.call('posts.create', { body: 'In the backup' });
    const backup = await t.call('backups.now');
    await t.call('posts.create', { body: 'Only now' });
    // A backup that says its last migration never ran, though its tables have it: it passes the
    // check, and the start on it fails when that migration runs again.
    const sqlite = new Database(join(dataDir, 'backups', backup.name));
    sqlite
      .prepare(
        'delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)',
      )
      .run();
    sqlite.close();

    const refused = await t.errorOf('backups.restore', { name: backup.name });
    expect(refused).toMatchObject({ code: 'CONFLICT', key: 'backups.restore.startFailed' });
    expect((await t.call('posts.listDrafts', {})).map((post) => post.excerpt).sort()).toEqual([
      'In the backup',
      'Only now',
    ]);
    expect(readdirSync(dataDir).filter((name) => /restoring|replaced/.test(name))).toEqual([]);
  });

  it('refuses a backup from a newer version of Cadence', async ({ t, dataDir }) => {
    const backup = await t.call('backups.now');
    const sqlite = new Database(join(dataDir, 'backups', backup.name));
    sqlite.prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)').run('next', 9e12);
    sqlite.close();
    expect(await t.errorOf('backups.restore', { name: backup.name })).toMatchObject({
      key: 'backups.restore.newer',
    });
  });
});

function pickerAnswering(answer: string | null) {
  return {
    chooseFolder: async () => answer,
    chooseExportFile: async () => answer,
    chooseImportFile: async () => answer,
  };
}
