// Builds migration folders that differ from the committed one, so tests can start from an
// older schema or watch a broken migration roll back.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_FOLDER } from '../support/test-core';

interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

interface Journal {
  version: string;
  dialect: string;
  entries: JournalEntry[];
}

export function committedJournal(): Journal {
  return JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** A copy of the first `count` committed migrations, optionally followed by extra SQL ones. */
export function migrationsFolder(
  dir: string,
  count: number,
  extra: Array<{ tag: string; sql: string }> = [],
): string {
  const journal = committedJournal();
  const kept = journal.entries.slice(0, count);
  mkdirSync(join(dir, 'meta'), { recursive: true });
  for (const entry of kept)
    copyFileSync(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), join(dir, `${entry.tag}.sql`));
  let when = journal.entries.at(-1)!.when;
  const added = extra.map((migration, i) => {
    writeFileSync(join(dir, `${migration.tag}.sql`), migration.sql);
    when += 1000;
    return { idx: kept.length + i, version: '6', when, tag: migration.tag, breakpoints: true };
  });
  writeFileSync(
    join(dir, 'meta', '_journal.json'),
    JSON.stringify({ ...journal, entries: [...kept, ...added] }, null, 2),
  );
  return dir;
}

/** A migration whose first statement works and whose second fails. */
export const BROKEN_MIGRATION = {
  tag: '9999_broken',
  sql: 'CREATE TABLE `half_done` (`id` integer PRIMARY KEY);\n--> statement-breakpoint\nINSERT INTO `no_such_table` VALUES (1);',
};
