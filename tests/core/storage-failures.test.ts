// When the disk refuses Cadence's writes (full, read-only, failing), on real SQLite: requests
// answer STORAGE in plain words, storage.status and its event say so until a write goes
// through again, and the outbox waits instead of retrying, then checks before any resend.
import { execFileSync } from 'node:child_process';
import { accessSync, chmodSync, constants, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, vi } from 'vitest';
import { DATABASE_FILE } from '../../src-main/core/db/open-database';
import { storageProblemOf } from '../../src-main/core/storage/storage-failure';
import { STORAGE_PROBE_MS } from '../../src-main/core/storage/storage-health';
import { PostStore } from '../../src-main/core/store/post-store';
import { it } from '../support/core-fixture';
import { targetRow } from '../support/outbox-harness';
import type { TestCore } from '../support/test-core';
import { MINUTE } from '../support/time';

const NINE_AM = Date.parse('2026-11-25T14:00:00Z');
const DISK_FULL = "Cadence can't save: the disk is full. Free some space; Cadence will try again.";
const READ_ONLY =
  "Cadence can't save: its data folder is read-only. Make the folder writable again; Cadence will try again.";

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** SQLite refuses to grow the file past its current size: SQLITE_FULL, as on a full disk. */
function fillDisk(t: TestCore): () => void {
  const { sqlite } = t.core.database;
  sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`);
  return () => sqlite.pragma('max_page_count = 1073741823');
}

/** Every write on the core's connection fails with SQLITE_READONLY. */
function makeReadOnly(t: TestCore): () => void {
  t.core.database.sqlite.pragma('query_only = ON');
  return () => t.core.database.sqlite.pragma('query_only = OFF');
}

describe('a request the disk refuses', () => {
  it('answers STORAGE in plain words, keeps saying so, and clears on the next write that works', async ({
    t,
    events,
  }) => {
    expect(await t.call('storage.status')).toEqual({ canSave: true });

    const freeSpace = fillDisk(t);
    const refused = await t.core.invoke('posts.create', { body: 'A long story. '.repeat(1400) });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'STORAGE', key: 'storage.full', message: DISK_FULL },
    });
    expect(await t.call('storage.status')).toEqual({
      canSave: false,
      problem: 'full',
      message: DISK_FULL,
      since: t.clock.now(),
    });
    expect(events).toContainEqual({ type: 'storage.changed' });
    expect(await t.call('posts.listDrafts')).toEqual([]);

    // Reading still works, and does not pretend the problem is gone.
    await t.call('profile.get');
    expect((await t.call('storage.status')).canSave).toBe(false);

    freeSpace();
    events.length = 0;
    await t.call('profile.get');
    expect(await t.call('storage.status')).toEqual({ canSave: true });
    expect(events.filter((event) => event.type === 'storage.changed')).toHaveLength(1);
    expect((await t.call('posts.create', { body: 'A long story. '.repeat(1400) })).status).toBe('draft');
  });

  it('names a failing disk, not an internal error, for an I/O error', async ({ t }) => {
    vi.spyOn(PostStore.prototype, 'create').mockImplementation(() => {
      throw new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE');
    });
    const refused = await t.core.invoke('posts.create', { body: 'Hello' });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'STORAGE',
        key: 'storage.io',
        message:
          "Cadence can't save: the disk reported an error. Check that the drive holding Cadence's data is connected; Cadence will try again.",
      },
    });
    expect(await t.call('storage.status')).toMatchObject({ canSave: false, problem: 'io' });
  });

  it('tells storage errors from others by their codes', () => {
    let enospc: unknown;
    try {
      writeFileSync('/dev/full', 'media bytes');
    } catch (error) {
      enospc = error;
    }
    expect(storageProblemOf(enospc)).toBe('full');
    expect(storageProblemOf(new Database.SqliteError('x', 'SQLITE_READONLY_DBMOVED'))).toBe('read-only');
    expect(storageProblemOf(new Database.SqliteError('x', 'SQLITE_CANTOPEN'))).toBe('io');
    expect(storageProblemOf(new Database.SqliteError('x', 'SQLITE_CORRUPT'))).toBe('damaged');
    expect(storageProblemOf(new Database.SqliteError('x', 'SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageProblemOf(new Database.SqliteError('x', 'SQLITE_FULLY_MADE_UP'))).toBeNull();
    // A socket's EACCES says nothing about the disk.
    expect(storageProblemOf(Object.assign(new Error('connect EACCES'), { code: 'EACCES' }))).toBeNull();
  });
});

describe('the outbox while saving fails', () => {
  it('waits instead of retrying every 30 s, and sends once a write goes through again', async ({ h }) => {
    const channel = await h.connect('webhook');
    const post = await h.schedule([channel], '2026-11-25T09:00');
    const targetId = post.targets[0]!.id;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const writable = makeReadOnly(h);

    await h.runUntil(NINE_AM + 30 * MINUTE);
    expect(h.webhook.calls).toEqual([]);
    expect(targetRow(h, targetId)).toMatchObject({ state: 'scheduled', attempt_count: 0 });
    expect(await h.call('storage.status')).toMatchObject({ canSave: false, message: READ_ONLY });
    const sendFailures = logged.mock.calls.filter(([message]) => message === '[cadence] outbox send failed');
    expect(sendFailures).toHaveLength(1);
    // Told once, for when the window is closed to the tray.
    expect(h.notifier.notices).toMatchObject([
      { kind: 'failure', title: "Cadence can't save", body: READ_ONLY },
    ]);
    expect(h.notifier.notices).toHaveLength(1);

    writable();
    await h.runUntil(NINE_AM + 30 * MINUTE + STORAGE_PROBE_MS);
    expect(await h.call('storage.status')).toEqual({ canSave: true });
    expect(h.webhook.publishes).toHaveLength(1);
    expect(targetRow(h, targetId).state).toBe('published');
  });

  it('checks with the network before any resend when a result could not be recorded', async ({ h }) => {
    const channel = await h.connect('webhook');
    const post = await h.schedule([channel], '2026-11-25T09:00');
    const targetId = post.targets[0]!.id;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    h.webhook.scriptPublish({ kind: 'held' });
    await h.core.whenIdle();
    h.clock.set(NINE_AM);
    await h.webhook.untilCalls(1);

    // The post reaches the network; its answer arrives when nothing can be written.
    const writable = makeReadOnly(h);
    h.webhook.held[0]!.succeed();
    await h.core.whenIdle();
    expect(targetRow(h, targetId).state).toBe('sending');
    await h.runUntil(NINE_AM + 10 * MINUTE);
    expect(h.webhook.calls).toHaveLength(1);

    writable();
    await h.runUntil(NINE_AM + 10 * MINUTE + STORAGE_PROBE_MS);
    expect(h.webhook.calls.map((call) => call.op)).toEqual(['publish', 'verify']);
    expect(targetRow(h, targetId).state).toBe('published');
    const activity = await h.call('activity.list', { postId: post.id });
    expect(activity.map((entry) => entry.message)).toContain(
      'Cadence could not record how a send ended. It will check with the network before trying again.',
    );
  });
});

describe('starting on a database file that cannot be written', () => {
  it('opens, reads, and says at once that it cannot save', async ({ t: first, dataDir, startCore, skip }) => {
    await first.call('posts.create', { body: 'Written before' });
    await first.close();
    const restore = lockFile(join(dataDir, DATABASE_FILE));
    if (!restore) return skip('this machine cannot make a file read-only for its owner');
    // Before the fixture removes the folder, which an immutable file would stop.
    cleanups.push(restore);

    const t = startCore({ dataDir });
    expect((await t.call('posts.listDrafts')).map((post) => post.excerpt)).toEqual(['Written before']);
    expect(await t.call('storage.status')).toMatchObject({ canSave: false, problem: 'read-only' });
    const refused = await t.core.invoke('posts.create', { body: 'Not now' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'STORAGE', key: 'storage.read-only', message: READ_ONLY },
    });
  });
});

/** A read-only file, even for root (immutable); null where neither way is allowed. */
function lockFile(file: string): (() => void) | null {
  chmodSync(file, 0o444);
  try {
    accessSync(file, constants.W_OK);
  } catch {
    return () => chmodSync(file, 0o644);
  }
  try {
    execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
    return () => {
      execFileSync('chattr', ['-i', file]);
      chmodSync(file, 0o644);
    };
  } catch {
    chmodSync(file, 0o644);
    return null;
  }
}
