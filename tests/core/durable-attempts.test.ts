// A send's "about to send" record and its result must survive a power cut: SQLite commits
// them at synchronous = FULL (flushed to disk before the request leaves), while the owner's
// everyday writes stay at the connection's NORMAL. Triggers read the level each commit ran at.
import { describe, expect } from 'vitest';
import { it } from '../support/core-fixture';
import type { TestCore } from '../support/test-core';

const NINE_AM = Date.parse('2026-11-25T14:00:00Z');
const NORMAL = 1;
const FULL = 2;

/** Records, for each write to the named tables, the `synchronous` level of its transaction. */
function watchSyncLevels(h: TestCore, tables: string[]): Array<[string, number]> {
  const seen: Array<[string, number]> = [];
  const sqlite = h.core.database.sqlite;
  sqlite.function('cadence_test_seen', (write: unknown, level: unknown) => {
    seen.push([String(write), Number(level)]);
    return null;
  });
  for (const table of tables) {
    for (const op of ['insert', 'update']) {
      sqlite.exec(`create temp trigger seen_${op}_${table} after ${op} on main.${table} begin
        select cadence_test_seen('${op} ${table}', (select synchronous from pragma_synchronous));
      end`);
    }
  }
  return seen;
}

describe('durable send records', () => {
  it('commits the attempt before the request and its result at FULL, other writes at NORMAL', async ({
    h,
  }) => {
    const channel = await h.connect('webhook');
    const seen = watchSyncLevels(h, ['posts', 'publish_attempts']);
    await h.schedule([channel], '2026-11-25T09:00');
    await h.runUntil(NINE_AM);

    expect(h.webhook.publishes).toHaveLength(1);
    const attemptWrites = seen.filter(([write]) => write.endsWith('publish_attempts'));
    expect(attemptWrites.map(([write]) => write)).toEqual([
      'insert publish_attempts',
      'update publish_attempts',
    ]);
    expect(attemptWrites.every(([, level]) => level === FULL)).toBe(true);
    // The owner's own saves (creating and scheduling the post) are not flushed one by one.
    expect(seen.find(([write]) => write === 'insert posts')?.[1]).toBe(NORMAL);
    expect(h.core.database.sqlite.pragma('synchronous', { simple: true })).toBe(NORMAL);
  });
});
