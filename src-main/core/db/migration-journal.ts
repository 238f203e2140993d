// When the newest migration bundled with this version was written, read from drizzle-kit's
// journal alone. drizzle's readMigrationFiles also reads and hashes every migration's SQL, which
// a start that only asks "is one pending?" does not need (about 1 ms a start, twice over: the
// database's open and the backups' newer-version check both asked).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Journal {
  entries: Array<{ when: number }>;
}

function isJournal(value: unknown): value is Journal {
  const entries = (value as { entries?: unknown } | null)?.entries;
  return (
    Array.isArray(entries) &&
    entries.every((entry) => Number.isSafeInteger((entry as { when?: unknown } | null)?.when))
  );
}

/** drizzle's created_at of the newest bundled migration (its journal's `when`), or 0 when there is none. */
export function newestMigration(migrationsFolder: string): number {
  const file = join(migrationsFolder, 'meta', '_journal.json');
  const journal: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isJournal(journal)) throw new Error(`${file} is not a drizzle-kit migration journal.`);
  return Math.max(0, ...journal.entries.map((entry) => entry.when));
}
