// A consistent copy of the live database through SQLite's online backup API (which copies while
// Cadence keeps working), and the check every copy passes before it is kept or put back:
// integrity_check, a Cadence schema no newer than this version's, and what it holds.
import { renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { flushFile, flushFolder, removeQuietly } from './files';

/** What a sound copy holds. */
export interface CheckedDatabase {
  posts: number;
  /** The SHA-256 of every image its posts name. */
  images: string[];
  /** When its newest migration was written (drizzle's created_at), to refuse a newer version's. */
  schema: number;
}

/** The file is not a sound Cadence database: unreadable, damaged, or something else entirely. */
export class DamagedDatabase extends Error {
  constructor(detail: string, options?: ErrorOptions) {
    super(detail, options);
    this.name = 'DamagedDatabase';
  }
}

/** Copies the database to `file` (written beside it and renamed once checked), and says what it holds. */
export async function copyDatabase(sqlite: Database.Database, file: string): Promise<CheckedDatabase> {
  const temporary = `${file}.partial`;
  try {
    rmSync(temporary, { force: true });
    await sqlite.backup(temporary);
    const checked = checkDatabase(temporary);
    flushFile(temporary);
    renameSync(temporary, file);
    flushFolder(dirname(file));
    return checked;
  } catch (error) {
    removeQuietly(temporary);
    removeQuietly(`${temporary}-journal`);
    throw error;
  }
}

/**
 * Checks a copy that is Cadence's own to change (a new backup, or one staged for a restore) and
 * leaves it as one self-contained file: rollback journal, not a write-ahead log beside it.
 */
export function checkDatabase(file: string): CheckedDatabase {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { fileMustExist: true });
  } catch (error) {
    throw new DamagedDatabase(messageOf(error), { cause: error });
  }
  try {
    sqlite.pragma('journal_mode = DELETE');
    const problems = (sqlite.pragma('integrity_check') as Array<{ integrity_check: string }>)
      .map((row) => row.integrity_check)
      .filter((line) => line !== 'ok');
    if (problems.length > 0) throw new DamagedDatabase(problems.slice(0, 3).join('; '));
    const schema = sqlite.prepare('select max(created_at) as at from __drizzle_migrations').get() as {
      at: number | string | null;
    };
    if (schema.at === null) throw new DamagedDatabase('no Cadence schema');
    const { posts } = sqlite.prepare('select count(*) as posts from posts').get() as { posts: number };
    const images = (
      sqlite.prepare('select distinct sha256 from media').all() as Array<{ sha256: string }>
    ).map((row) => row.sha256);
    return { posts, images, schema: Number(schema.at) };
  } catch (error) {
    if (error instanceof DamagedDatabase) throw error;
    // "file is not a database", a table missing, a page that cannot be read: all the same to the owner.
    throw new DamagedDatabase(messageOf(error), { cause: error });
  } finally {
    sqlite.close();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
