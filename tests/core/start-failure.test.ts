// A start that fails once the database is open (here on a damaged database, in the first phase
// and in the last) closes the database again: no connection is left open, the data folder is
// free, and the owner's next start opens as usual.
import { readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { LOCK_FILE } from '../../src-main/core/db/data-folder-lock';
import { DATABASE_FILE } from '../../src-main/core/db/open-database';
import { it } from '../support/core-fixture';

/** How many descriptors this process holds open on `file` (Linux's /proc/self/fd). */
function openHandles(file: string): number {
  const target = realpathSync(file);
  return readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return readlinkSync(join('/proc/self/fd', fd)) === target;
    } catch {
      return false; // the descriptor readdir itself used, closed by now
    }
  }).length;
}

function renameTable(dataDir: string, from: string, to: string): void {
  const sqlite = new Database(join(dataDir, DATABASE_FILE));
  sqlite.exec(`alter table ${from} rename to ${to}`);
  sqlite.close();
}

it.for([
  // Phase 1, the stores: the business profile is read (or made) at start.
  { phase: 'stores', table: 'business_profile' },
  // The domains' start, last: the outbox first recovers the sends a crash interrupted.
  { phase: 'start', table: 'post_targets' },
])(
  'closes the database and frees the folder when the $phase phase fails',
  async ({ table }, { newFolder, startCore }) => {
    const dataDir = newFolder();
    await startCore({ dataDir }).close();
    renameTable(dataDir, table, `${table}_damaged`);

    expect(() => startCore({ dataDir })).toThrow(`no such table: ${table}`);
    expect(openHandles(join(dataDir, DATABASE_FILE))).toBe(0);
    expect(openHandles(join(dataDir, LOCK_FILE))).toBe(0);

    renameTable(dataDir, `${table}_damaged`, table);
    const repaired = startCore({ dataDir });
    expect((await repaired.call('outbox.status')).online).toBe(true);
  },
);
