import type Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { openDatabase } from '../../src-main/core/db/open-database';
import { schema } from '../../src-main/core/db/schema';
import { it } from '../support/core-fixture';
import { BROKEN_MIGRATION, committedJournal, migrationsFolder } from './migration-folders';

function names(sqlite: Database.Database, type: 'table' | 'index' | 'trigger'): string[] {
  return (
    sqlite
      .prepare("select name from sqlite_master where type = ? and name not like 'sqlite_%' order by name")
      .all(type) as Array<{ name: string }>
  ).map((row) => row.name);
}

function appliedMigrations(sqlite: Database.Database): number {
  return (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
}

/** What schema.ts declares: the migrations must build exactly this. */
const declared = Object.values(schema).map((table) => getTableConfig(table));

/**
 * The FTS5 search index (migration 0013), which drizzle cannot declare: the virtual table and
 * the tables FTS5 keeps it in, and the triggers that keep it in step with posts and variants.
 */
const SEARCH_TABLES = [
  'post_search',
  'post_search_config',
  'post_search_data',
  'post_search_docsize',
  'post_search_idx',
];
const SEARCH_TRIGGERS = [
  'post_search_post_after_update',
  'post_search_post_before_update',
  'post_search_post_delete',
  'post_search_post_insert',
  'post_search_variant_after_delete',
  'post_search_variant_after_insert',
  'post_search_variant_after_update',
  'post_search_variant_before_delete',
  'post_search_variant_before_insert',
  'post_search_variant_before_update',
];

/** One row in every table, written with plain SQL as an older Cadence would have. */
function seedEveryTable(sqlite: Database.Database): void {
  sqlite.exec(`
    insert into business_profile (id, name, time_zone, stage, created_at, updated_at)
      values (1, 'Corner Bakery', 'Europe/Berlin', 'growing', 1, 1);
    insert into channels (id, network, display_name, handle, created_at, updated_at)
      values ('ch-1', 'bluesky', 'Bakery', 'bakery.bsky.social', 1, 1);
    insert into posts (id, body, status, scheduled_at, scheduled_time_zone, scheduled_local, created_at, updated_at)
      values ('post-1', 'Fresh rolls at 7', 'scheduled', 1000, 'Europe/Berlin', '2026-05-01T09:00', 1, 2);
    insert into post_targets (id, post_id, channel_id, body_override, state, updated_at)
      values ('tg-1', 'post-1', 'ch-1', 'Rolls!', 'scheduled', 2);
    insert into media (id, post_id, sha256, mime_type, byte_size, file_name, alt_text, position, created_at)
      values ('m-1', 'post-1', '${'a'.repeat(64)}', 'image/png', 10, 'rolls.png', 'A tray of rolls', 0, 1);
    insert into activity_log (at, kind, post_id, message) values (5, 'post.scheduled', 'post-1', 'Scheduled');
  `);
}

describe('migrations', () => {
  it('build every table, index and trigger from an empty folder, with the connection pragmas set', async ({
    t,
  }) => {
    const { sqlite } = t.core.database;

    expect(names(sqlite, 'table')).toEqual(
      [...declared.map((table) => table.name), ...SEARCH_TABLES, '__drizzle_migrations'].sort(),
    );
    expect(names(sqlite, 'index')).toEqual(
      declared.flatMap((table) => table.indexes.map((index) => index.config.name)).sort(),
    );
    for (const table of declared) {
      const columns = (
        sqlite.prepare(`select name from pragma_table_info(?)`).all(table.name) as Array<{ name: string }>
      ).map((column) => column.name);
      expect(columns.sort(), table.name).toEqual(table.columns.map((column) => column.name).sort());
    }
    expect(names(sqlite, 'trigger')).toEqual(
      ['activity_log_no_delete', 'activity_log_no_update', ...SEARCH_TRIGGERS].sort(),
    );
    expect(appliedMigrations(sqlite)).toBe(committedJournal().entries.length);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
  });

  // Every older schema a user may still have on disk, from the first one on.
  const olderSchemas = committedJournal()
    .entries.slice(0, -1)
    .map((entry, index) => ({ tag: entry.tag, count: index + 1 }));

  it.for(olderSchemas)(
    'upgrade a database made at $tag and keep its data',
    async ({ count }, { newFolder, startCore }) => {
      const dataDir = newFolder();
      const previous = openDatabase({ dataDir, migrationsFolder: migrationsFolder(newFolder(), count) });
      expect(appliedMigrations(previous.sqlite)).toBe(count);
      seedEveryTable(previous.sqlite);
      previous.markStartSucceeded();
      previous.close();

      // The seeded post was due in 1970; the publishing timer would rightly hold it as missed.
      const t = startCore({ dataDir, publishing: false });
      const { sqlite } = t.core.database;
      expect(appliedMigrations(sqlite)).toBe(committedJournal().entries.length);
      expect(await t.call('profile.get')).toEqual({
        name: 'Corner Bakery',
        timeZone: 'Europe/Berlin',
        stage: 'growing',
        stageSource: 'proposed',
        stageReason: null,
        weekStartsOn: 1,
        onboardedAt: null,
      });
      expect(await t.call('channels.list')).toMatchObject([{ id: 'ch-1', handle: 'bakery.bsky.social' }]);
      const post = await t.call('posts.get', { id: 'post-1' });
      expect(post).toMatchObject({
        body: 'Fresh rolls at 7',
        status: 'scheduled',
        scheduledLocal: '2026-05-01T09:00',
      });
      expect(post.targets).toMatchObject([{ id: 'tg-1', channelId: 'ch-1', bodyOverride: 'Rolls!' }]);
      expect(post.media).toMatchObject([{ id: 'm-1', altText: 'A tray of rolls' }]);
      expect(await t.call('activity.list', { postId: 'post-1' })).toMatchObject([{ message: 'Scheduled' }]);

      // The search index is built over the posts the older Cadence wrote, variants included.
      expect((await t.call('posts.search', { text: 'rolls' })).posts.map((found) => found.id)).toEqual([
        'post-1',
      ]);
      sqlite.prepare(`insert into post_search (post_search, rank) values ('integrity-check', 1)`).run();

      // The new migration is in force: the log refuses to be rewritten.
      expect(() => sqlite.exec("update activity_log set message = 'edited'")).toThrow(/append-only/);
      expect(() => sqlite.exec('delete from activity_log')).toThrow(/append-only/);
      await t.close();
    },
  );

  it('roll a failing migration back completely on an empty database and surface the error', ({
    newFolder,
  }) => {
    const dataDir = newFolder();
    const broken = migrationsFolder(newFolder(), committedJournal().entries.length, [BROKEN_MIGRATION]);
    expect(() => openDatabase({ dataDir, migrationsFolder: broken })).toThrow(/no_such_table/);

    const healthy = openDatabase({ dataDir, migrationsFolder: migrationsFolder(newFolder(), 0) });
    expect(names(healthy.sqlite, 'table')).toEqual(['__drizzle_migrations']);
    expect(names(healthy.sqlite, 'trigger')).toEqual([]);
    expect(appliedMigrations(healthy.sqlite)).toBe(0);
    healthy.close();
  });

  it('roll back every pending migration of an upgrade when one of them fails', ({ newFolder }) => {
    const dataDir = newFolder();
    const previous = openDatabase({ dataDir, migrationsFolder: migrationsFolder(newFolder(), 1) });
    seedEveryTable(previous.sqlite);
    previous.markStartSucceeded();
    previous.close();

    const broken = migrationsFolder(newFolder(), committedJournal().entries.length, [BROKEN_MIGRATION]);
    expect(() => openDatabase({ dataDir, migrationsFolder: broken })).toThrow(/no_such_table/);

    const reopened = openDatabase({ dataDir, migrationsFolder: migrationsFolder(newFolder(), 1) });
    expect(appliedMigrations(reopened.sqlite)).toBe(1);
    expect(names(reopened.sqlite, 'table')).not.toContain('half_done');
    expect(names(reopened.sqlite, 'trigger')).toEqual([]);
    expect(reopened.sqlite.prepare('select body from posts').all()).toEqual([{ body: 'Fresh rolls at 7' }]);
    reopened.close();
  });
});
