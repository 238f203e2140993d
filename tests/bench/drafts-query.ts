// The drafts list at 100,000 posts through the app's PostStore against a raw prepared statement
// running the very SQL drizzle sends, rows mapped to the same summaries.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { systemClock } from '../../src-main/core/clock';
import { DATABASE_FILE } from '../../src-main/core/db/open-database';
import { schema } from '../../src-main/core/db/schema';
import { PostStore } from '../../src-main/core/store/post-store';
import type { PostSummary } from '../../src-main/shared/entities';
import { round, type Figure } from './figures';
import { race } from './race';

const ITERATIONS = 300;

const LIMIT = 200;

export async function measureDraftsQuery(dataDir: string): Promise<Figure[]> {
  const sqlite = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    let captured = '';
    let params: unknown[] = [];
    const logged = drizzle(sqlite, {
      schema,
      logger: { logQuery: (query, values) => ((captured = query), (params = values)) },
    });
    const expected = new PostStore(logged, systemClock()).listDrafts(LIMIT);
    const store = new PostStore(drizzle(sqlite, { schema }), systemClock());
    const raw = sqlite.prepare(captured).raw(true);
    const viaRaw = (): PostSummary[] =>
      (raw.all(...params) as unknown[][]).map((row) => ({
        id: row[0] as string,
        excerpt: row[1] as string,
        status: row[2] as PostSummary['status'],
        kind: row[3] as PostSummary['kind'],
        scheduledAt: row[4] as number | null,
        scheduledTimeZone: row[5] as string | null,
        scheduledLocal: row[6] as string | null,
        updatedAt: row[7] as number,
        channelIds: row[8] ? (row[8] as string).split(',') : [],
        mediaCount: row[9] as number,
        handedOff: row[10] === 1,
        repeats: row[11] !== null,
        recycled: row[12] !== null,
      }));
    if (JSON.stringify(viaRaw()) !== JSON.stringify(expected)) throw new Error('raw and store drafts differ');
    const plan = (
      sqlite.prepare(`explain query plan ${captured}`).all(...params) as Array<{ detail: string }>
    )
      .map((step) => step.detail)
      .find((detail) => detail.includes('posts'));
    const [storeMs, rawMs] = (await race([() => store.listDrafts(LIMIT), viaRaw], ITERATIONS)) as [
      number,
      number,
    ];
    const drafts = (
      sqlite.prepare("select count(*) as n from posts where status = 'draft'").get() as { n: number }
    ).n;
    return [
      {
        metric: 'drafts_list_100k_store_vs_raw',
        value: round(storeMs),
        unit: 'ms',
        baseline: round(rawMs),
        ratio: round(storeMs / rawMs),
        goal: 'ratio <= 1.3',
        detail: `PostStore.listDrafts(${LIMIT}) (posts.listDrafts) vs a raw prepared statement of the same SQL; ${expected.length} of ${drafts} drafts among 100,000 posts; ${ITERATIONS} alternating rounds, medians; plan: ${plan}`,
      },
    ];
  } finally {
    sqlite.close();
  }
}
