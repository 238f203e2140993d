// Opens (never at import time) the app's SQLite database: sets the pragmas every connection
// needs and applies the committed migrations in one transaction, first saving a copy of the
// file when a migration is pending, so an update that went wrong can be undone by hand.
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { newestMigration } from './migration-journal';
import { schema } from './schema';

// What drizzle() returns: the typed database and the better-sqlite3 connection under it.
export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** What a transaction's callback is given: write helpers that must join a caller's transaction take it. */
export type Tx = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];

export interface OpenedDatabase {
  db: AppDatabase;
  sqlite: Database.Database;
  file: string;
  /** Marks this start as good: the next migration may replace the copy made before this one. */
  markStartSucceeded(): void;
  close(): void;
}

export interface OpenDatabaseOptions {
  dataDir: string;
  migrationsFolder: string;
  fileName?: string;
}

export const DATABASE_FILE = 'cadence.db';
export const BACKUP_SUFFIX = '.before-start';
const PENDING_MARKER = '.start-pending';
const TEMPORARY_SUFFIX = '.tmp';

export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, options.fileName ?? DATABASE_FILE);
  const marker = file + PENDING_MARKER;
  const existed = existsSync(file);

  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const db = drizzle(sqlite, { schema });
    if (migrationPending(sqlite, options.migrationsFolder)) {
      // When the previous start never finished, the copy from before it is the good one, so it stays.
      if (existed && !existsSync(marker)) saveCopyBeforeMigrating(sqlite, file + BACKUP_SUFFIX);
      writeFileSync(marker, String(process.pid));
      // drizzle's SQLite migrator wraps all pending migrations in a single transaction.
      migrate(db, { migrationsFolder: options.migrationsFolder });
    }
    return {
      db,
      sqlite,
      file,
      markStartSucceeded: () => rmSync(marker, { force: true }),
      close: () => sqlite.close(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** Whether the bundled journal lists a migration the file has not had, by drizzle's own rule. */
function migrationPending(sqlite: Database.Database, migrationsFolder: string): boolean {
  const newest = newestMigration(migrationsFolder);
  const recorded = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!recorded) return newest > 0;
  const last = sqlite
    .prepare('select created_at as at from __drizzle_migrations order by created_at desc limit 1')
    .get() as { at: number | string } | undefined;
  // drizzle applies every migration newer than the last one it recorded.
  return last === undefined ? newest > 0 : Number(last.at) < newest;
}

/**
 * Saves a consistent copy of the database, commits still in its write-ahead log included. It
 * is written to a temporary file and renamed over the previous copy only once complete and on
 * disk, so the last good copy is never destroyed. Without a copy there is no migration: the
 * start stops with a message that says what to do.
 */
export function saveCopyBeforeMigrating(sqlite: Database.Database, backup: string): void {
  const temporary = backup + TEMPORARY_SUFFIX;
  try {
    rmSync(temporary, { force: true });
    sqlite.prepare('VACUUM INTO ?').run(temporary);
    flushToDisk(temporary);
    // Older versions copied the log beside the copy; it belongs to the old copy only.
    for (const suffix of ['-wal', '-shm']) rmSync(backup + suffix, { force: true });
    renameSync(temporary, backup);
    flushFolder(dirname(backup));
  } catch (error) {
    removeQuietly(temporary);
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cadence needs to update its database for this version, but could not first save a copy of it ` +
        `as ${basename(backup)} (${detail}). Nothing was changed. Free some disk space and make sure ` +
        `the folder can be written to, then start Cadence again.`,
      { cause: error },
    );
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true, recursive: true });
  } catch {
    // A folder that refused the copy may refuse this too; the next copy starts by removing it.
  }
}

function flushToDisk(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the rename itself survive a power cut. */
function flushFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Windows cannot open a folder to flush it; NTFS journals the rename on its own.
  }
}
