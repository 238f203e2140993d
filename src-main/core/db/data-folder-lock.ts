// One Cadence per data folder. The app and `npm run web` (or two web servers) opened on the
// same folder would each run the publishing timer and could send the same post twice.
//
// The lock is SQLite's write lock on a small file of its own, held open for as long as the
// core runs. The operating system drops it when the process ends, however it ends (quit,
// crash, kill -9), so a lock left by a dead process is free at once: no stale-lock guessing,
// and no risk that a reused pid keeps the folder shut. The pid stored in the file only names
// the holder in the message.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export const LOCK_FILE = 'cadence.lock';

/** Another process holds the data folder; its message is meant for the owner as it stands. */
export class DataFolderInUseError extends Error {
  constructor(readonly holderPid: number | null) {
    super(
      `Cadence is already open on this data folder (${holderPid === null ? 'another process' : `process ${holderPid}`}). ` +
        'Close it first, or use another folder.',
    );
    this.name = 'DataFolderInUseError';
  }
}

/** By name rather than instanceof, which a second copy of this module (bundles, test mocks) defeats. */
export function isDataFolderInUse(error: unknown): error is DataFolderInUseError {
  return error instanceof Error && error.name === 'DataFolderInUseError';
}

export interface DataFolderLock {
  /** Frees the folder for the next process; safe to call more than once. */
  release(): void;
}

/** Takes the data folder for this process, or throws DataFolderInUseError. */
export function lockDataFolder(dataDir: string): DataFolderLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  try {
    return takeLock(file);
  } catch (error) {
    // A damaged lock file holds nothing worth keeping (a holder could not have opened it either):
    // it is made again rather than keep Cadence from ever starting.
    if (!isDamaged(error)) throw error;
    rmSync(file, { force: true });
    return takeLock(file);
  }
}

function takeLock(file: string): DataFolderLock {
  // No busy wait: a folder in use stays in use, and the second process must say so at once.
  const sqlite = new Database(file, { timeout: 0 });
  try {
    // The lock is the operating system's lock on the file, not what the file holds: the pid only
    // names the holder in a message, so its commit need not wait for the disk (about 1 ms a start).
    sqlite.pragma('synchronous = OFF');
    sqlite.exec(
      'create table if not exists holder (id integer primary key check (id = 1), pid integer not null)',
    );
    hold(sqlite);
    sqlite.prepare('insert or replace into holder (id, pid) values (1, ?)').run(process.pid);
    sqlite.exec('commit');
    // Readers may see the pid only once it is committed, so the lock is taken a second time.
    // A process that slipped in between now holds the folder, and this one gives way.
    hold(sqlite);
  } catch (error) {
    const holderPid = isBusy(error) ? pidIn(sqlite) : null;
    sqlite.close();
    throw isBusy(error) ? new DataFolderInUseError(holderPid) : error;
  }
  held.add(sqlite);
  return {
    release() {
      if (!held.delete(sqlite)) return;
      sqlite.close();
    },
  };
}

/** Kept referenced until released: a collected connection would close and let the lock go. */
const held = new Set<Database.Database>();

/** A write transaction kept open: no other connection, in any process, can begin one. */
function hold(sqlite: Database.Database): void {
  sqlite.exec('begin immediate');
}

function pidIn(sqlite: Database.Database): number | null {
  try {
    const row = sqlite.prepare('select pid from holder where id = 1').get() as { pid: number } | undefined;
    return row?.pid ?? null;
  } catch {
    // The holder is writing its pid at this very moment; the message can do without it.
    return null;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

function isDamaged(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

/** Runs `open` while holding the data folder; closing what it returns frees the folder. */
export function openWhileLocked<T extends { close(): void }>(dataDir: string, open: () => T): T {
  const lock = lockDataFolder(dataDir);
  let opened: T;
  try {
    opened = open();
  } catch (error) {
    lock.release();
    throw error;
  }
  const close = opened.close.bind(opened);
  opened.close = () => {
    try {
      close();
    } finally {
      lock.release();
    }
  };
  return opened;
}
