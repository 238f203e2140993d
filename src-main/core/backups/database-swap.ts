// Putting another database file in place of the live one. That can only happen while no core has
// it open, so the core stops, the swap is applied, and a core starts again on the new file (see
// startup/restartable-core.ts). The file it replaces is held beside it until that start went
// well, and put back if it did not: a restore that fails leaves the owner's data as it was.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../db/open-database';
import { flushFolder, removeQuietly } from './files';

export interface DatabaseSwap {
  /** Puts the new file in place; the core is stopped. */
  apply(): void;
  /** Puts the replaced file back, after a start on the new one failed. */
  undo(): void;
  /** Lets the replaced file go, once a core started on the new one. */
  finish(): void;
}

/** Stops the core, applies the swap and starts a core again; resolves once it runs. */
export type RestartCore = (swap: DatabaseSwap) => Promise<void>;

/** SQLite's files beside a database: its write-ahead log and the log's index. */
const SIDE_FILES = ['-wal', '-shm', '-journal'];

/** A swap that puts `staged` (a checked file in the data folder) in place of the database. */
export function swapInDatabase(dataDir: string, staged: string): DatabaseSwap {
  const live = join(dataDir, DATABASE_FILE);
  const held = `${live}.replaced`;
  const move = (from: string, to: string) => {
    for (const suffix of ['', ...SIDE_FILES]) {
      rmSync(to + suffix, { force: true });
      if (existsSync(from + suffix)) renameSync(from + suffix, to + suffix);
    }
  };
  return {
    apply() {
      move(live, held);
      try {
        renameSync(staged, live);
      } catch (error) {
        move(held, live);
        throw error;
      }
      flushFolder(dataDir);
    },
    undo() {
      for (const suffix of ['', ...SIDE_FILES]) rmSync(live + suffix, { force: true });
      move(held, live);
      flushFolder(dataDir);
    },
    finish() {
      for (const suffix of ['', ...SIDE_FILES]) removeQuietly(held + suffix);
    },
  };
}
