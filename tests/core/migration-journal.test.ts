import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { describe, expect } from 'vitest';
import { newestMigration } from '../../src-main/core/db/migration-journal';
import { it } from '../support/core-fixture';
import { MIGRATIONS_FOLDER } from '../support/test-core';
import { migrationsFolder } from './migration-folders';

/** drizzle's own answer, from every migration file: what the journal alone must agree with. */
function drizzleNewest(folder: string): number {
  return Math.max(0, ...readMigrationFiles({ migrationsFolder: folder }).map((m) => m.folderMillis));
}

describe('the newest bundled migration', () => {
  it('is the one drizzle would apply last, for the committed folder and one with a migration added', ({
    newFolder,
  }) => {
    expect(newestMigration(MIGRATIONS_FOLDER)).toBe(drizzleNewest(MIGRATIONS_FOLDER));
    const added = migrationsFolder(newFolder(), 3, [{ tag: '9000_added', sql: 'select 1;' }]);
    expect(newestMigration(added)).toBe(drizzleNewest(added));
    expect(newestMigration(added)).toBeGreaterThan(newestMigration(MIGRATIONS_FOLDER));
  });

  it('is 0 for a journal with no migration, and a journal of another shape is refused by name', ({
    newFolder,
  }) => {
    const folder = newFolder();
    mkdirSync(join(folder, 'meta'));
    writeFileSync(join(folder, 'meta', '_journal.json'), '{"version":"7","dialect":"sqlite","entries":[]}');
    expect(newestMigration(folder)).toBe(0);
    writeFileSync(join(folder, 'meta', '_journal.json'), '{"entries":[{"tag":"0000_x"}]}');
    expect(() => newestMigration(folder)).toThrow(/_journal\.json is not a drizzle-kit migration journal/);
  });
});
