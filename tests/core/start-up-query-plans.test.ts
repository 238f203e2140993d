// What the core asks the database at every start must not read a whole table: at 100,000 posts
// one full scan of posts costs a cold start about 34 ms (issue 14's cold start goal is 60 ms).
// The statements are captured as the real code prepares them and asked for SQLite's plan.
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { openDatabase, type OpenedDatabase } from '../../src-main/core/db/open-database';
import { dueTargets, nextDueAt } from '../../src-main/core/outbox/due-targets';
import { OutboxStore } from '../../src-main/core/outbox/outbox-store';
import { QueueStore } from '../../src-main/core/queue/queue-store';
import { PostSummaries } from '../../src-main/core/store/post-summaries';
import { tempDir, type TempDir } from '../support/temp-dir';
import { MIGRATIONS_FOLDER } from '../support/test-core';

let folder: TempDir;
let opened: OpenedDatabase;

beforeEach(() => {
  folder = tempDir();
  opened = openDatabase({ dataDir: folder.dir, migrationsFolder: MIGRATIONS_FOLDER });
});
afterEach(() => {
  opened.close();
  folder.cleanup();
});

/** SQLite's plan lines for every statement `run` prepares on the connection. */
function plansOf(run: () => unknown): string[] {
  const sqlite = opened.sqlite;
  const prepare = sqlite.prepare.bind(sqlite);
  const sources: string[] = [];
  sqlite.prepare = ((source: string) => {
    sources.push(source);
    return prepare(source);
  }) as Database.Database['prepare'];
  try {
    run();
  } finally {
    sqlite.prepare = prepare;
  }
  expect(sources.length).toBeGreaterThan(0);
  return sources.flatMap((source) => {
    const parameters = (source.match(/\?/g) ?? []).map(() => null);
    return prepare(`explain query plan ${source}`)
      .all(...parameters)
      .map((row) => (row as { detail: string }).detail);
  });
}

/** A full read of posts or post_targets: a SCAN that no index narrows. */
const fullScans = (plans: string[]) =>
  plans.filter(
    (line) => /^SCAN (posts|post_targets|p|t)\b/.test(line) && !/USING (COVERING )?INDEX/.test(line),
  );

describe('queries run at every start', () => {
  it('the queue finds whether any post is evergreen from the evergreen index, not by reading every post', () => {
    const store = new QueueStore(opened.db, new ManualClock(0));
    const plans = plansOf(() => store.anyEvergreen());
    expect(plans.join('\n')).toContain('posts_evergreen_idx');
    expect(fullScans(plans)).toEqual([]);
  });

  it("the month view's first read finds each post's time and status in the calendar index alone", () => {
    // The summaries prepare their statements once, when made: the plans are of all of them, and
    // the first pass (id, time and status) is the one the index can cover.
    const plans = plansOf(() => new PostSummaries(opened.db).timesIn(0, 1));
    expect(plans).toContainEqual(
      expect.stringMatching(/^SEARCH posts USING COVERING INDEX posts_calendar_idx /),
    );
    expect(fullScans(plans)).toEqual([]);
  });

  it("the outbox's first pass reads no table of posts or targets in full", () => {
    expect(fullScans(plansOf(() => dueTargets(opened.db, 0)))).toEqual([]);
    expect(fullScans(plansOf(() => nextDueAt(opened.db, [])))).toEqual([]);
    expect(fullScans(plansOf(() => nextDueAt(opened.db, ['busy-channel'])))).toEqual([]);
  });

  it("the outbox's counts (the status line's first read) look up the states they count, not every target", () => {
    // Mostly published targets, a year of them, were read and grouped by a scan of the index.
    const plans = plansOf(() => new OutboxStore(opened.db).counts());
    expect(plans).toContainEqual(
      expect.stringMatching(
        /^SEARCH post_targets USING COVERING INDEX post_targets_state_next_idx \(state=\?\)/,
      ),
    );
    expect(plans.filter((line) => line.startsWith('SCAN post_targets'))).toEqual([]);
  });
});
