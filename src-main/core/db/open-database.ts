// Opens (never at import time) the app's SQLite database: keeps a copy of the previous
// file until this start succeeds, applies the committed migrations in one transaction,
// and sets the pragmas every connection needs.
import { constants, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { schema } from './schema';

// What drizzle() returns: the typed database and the better-sqlite3 connection under it.
export type AppDatabase = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenedDatabase {
  db: AppDatabase;
  sqlite: Database.Database;
  file: string;
  /** Marks this start as good: the pre-start copy may be replaced next time. */
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

export function openDatabase(options: OpenDatabaseOptions): OpenedDatabase {
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, options.fileName ?? DATABASE_FILE);
  const marker = file + PENDING_MARKER;
  keepPreviousCopy(file, marker);
  writeFileSync(marker, String(process.pid));

  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const db = drizzle(sqlite, { schema });
    // drizzle's SQLite migrator wraps all pending migrations in a single transaction.
    migrate(db, { migrationsFolder: options.migrationsFolder });
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

/**
 * Copies the database (and its WAL, which may hold the newest commits) aside. When the
 * previous start never finished, the copy from before it is the good one, so it stays.
 */
function keepPreviousCopy(file: string, marker: string): void {
  if (!existsSync(file) || existsSync(marker)) return;
  for (const suffix of ['', '-wal']) {
    const source = file + suffix;
    const target = file + BACKUP_SUFFIX + suffix;
    // A copy-on-write clone where the file system offers one (APFS, Btrfs, XFS) makes this
    // instant even for a large database; elsewhere it falls back to a plain copy.
    if (existsSync(source)) copyFileSync(source, target, constants.COPYFILE_FICLONE);
    else rmSync(target, { force: true });
  }
}
