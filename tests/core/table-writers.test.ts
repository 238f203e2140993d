// One module writes each table (issue 16): every insert, update or delete of a table in the
// source of src-main, through drizzle or in SQL, is in that table's one writer. The scan is
// checked against the writer itself and against made-up code, so it cannot pass by finding nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The one module allowed to write each table (the migrations create them and are not scanned). */
const WRITERS: Record<string, string> = {
  channels: 'src-main/core/store/channel-store.ts',
};

/** The source files of src-main, as paths from the repository root. */
function sourceFiles(): string[] {
  return readdirSync(join(root, 'src-main'), { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path) && !path.includes('db/migrations'))
    .map((path) => relative(root, join(root, 'src-main', path)).replaceAll('\\', '/'));
}

/**
 * The writes to `table` in `code`: drizzle's insert, update or delete of the schema's table under
 * the name it was imported as (or through a namespace import), and SQL text that changes it.
 */
function writesTo(table: string, code: string): string[] {
  const names = new Set<string>();
  for (const [, list] of code.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'[^']*db\/schema'/g)) {
    for (const part of list!.split(',')) {
      const [imported, local] = part.trim().split(/\s+as\s+/);
      if (imported === table) names.add(local ?? imported);
    }
  }
  for (const [, namespace] of code.matchAll(/import\s*\*\s*as\s+(\w+)\s+from\s*'[^']*db\/schema'/g)) {
    names.add(`${namespace}\\.${table}`);
  }
  const drizzle = [...names].map(
    (name) => new RegExp(`\\.(?:insert|update|delete)\\(\\s*${name}\\s*\\)`, 'g'),
  );
  const sql = new RegExp(
    `\\b(?:insert\\s+(?:or\\s+\\w+\\s+)?into|update|delete\\s+from)\\s+["\`]?${table}\\b`,
    'gi',
  );
  return [...drizzle, sql].flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[0]));
}

describe('one module writes each table', () => {
  it.each(Object.entries(WRITERS))('only %s’s writer, %s, writes it', (table, writer) => {
    const writers = sourceFiles().filter(
      (file) => writesTo(table, readFileSync(join(root, file), 'utf8')).length > 0,
    );
    expect(writers).toEqual([writer]);
  });

  it('sees a write however it is spelled', () => {
    const aliased = `import { channels as ch, posts } from '../db/schema';\ndb.update(ch).set({});`;
    const namespaced = `import * as schema from '../../db/schema';\ntx.insert( schema.channels ).values(row);`;
    const raw =
      'sqlite.prepare(\'UPDATE channels SET handle = ?\');\nsql`insert into "channels" values (1)`;';
    expect(writesTo('channels', aliased)).toEqual(['.update(ch)']);
    expect(writesTo('channels', namespaced)).toEqual(['.insert( schema.channels )']);
    expect(writesTo('channels', raw)).toHaveLength(2);
    const reads = `import { channels } from '../db/schema';\ndb.select().from(channels).where(eq(channels.id, id));`;
    expect(writesTo('channels', reads)).toEqual([]);
    expect(writesTo('channels', `db.update(postTargets).set({ channelId: null });`)).toEqual([]);
  });
});
