// The search over all posts at 100,000 posts through the app's PostSearch (posts.search) against
// a raw prepared statement of the very same SQL and parameters, rows mapped to the same summaries.
// Every seeded post holds most of the seed's few words, so each case ranks thousands of matches:
// the worst case for the FTS5 index, not a flattering one.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { PostSearch, SEARCH_SQL, type SearchFilters } from '../../src-main/core/batch/post-search';
import { toMatchExpression } from '../../src-main/core/batch/search-query';
import { DATABASE_FILE } from '../../src-main/core/db/open-database';
import { schema } from '../../src-main/core/db/schema';
import { toSummary } from '../../src-main/core/store/post-summaries';
import { round, type Figure } from './figures';
import { race } from './race';

const PAGE = 50;
const ITERATIONS = 40;

const CASES: Array<{ name: string; filters: SearchFilters }> = [
  { name: 'word', filters: { text: 'coffee' } },
  { name: 'prefix_and_status', filters: { text: 'neighb spec', status: 'draft' } },
];

export async function measureSearchQuery(dataDir: string): Promise<Figure[]> {
  const sqlite = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    const store = new PostSearch(drizzle(sqlite, { schema }));
    const raw = sqlite.prepare(SEARCH_SQL).raw(true);
    const figures: Figure[] = [];
    for (const { name, filters } of CASES) {
      const params = {
        match: toMatchExpression(filters.text ?? ''),
        status: filters.status ?? null,
        campaignId: null,
        channelId: null,
        from: null,
        to: null,
        limit: PAGE + 1,
        offset: 0,
      };
      const viaStore = () => store.search(filters, { limit: PAGE, offset: 0 }).posts;
      const viaRaw = () => (raw.all(params) as unknown[][]).slice(0, PAGE).map(toSummary);
      if (JSON.stringify(viaRaw()) !== JSON.stringify(viaStore()))
        throw new Error(`raw and store differ: ${name}`);
      const matches = (
        sqlite
          .prepare('select count(*) as n from post_search where post_search match ?')
          .get(params.match) as {
          n: number;
        }
      ).n;
      const [storeMs, rawMs] = (await race([viaStore, viaRaw], ITERATIONS)) as [number, number];
      figures.push({
        metric: `post_search_100k_${name}_store_vs_raw`,
        value: round(storeMs),
        unit: 'ms',
        baseline: round(rawMs),
        ratio: round(storeMs / rawMs),
        goal: 'ratio <= 1.3',
        detail: `PostSearch.search (posts.search) vs a raw prepared statement of the same SQL: ${JSON.stringify(filters)}, first page of ${PAGE}, ${matches} of 100,000 posts match; alternating rounds, medians`,
      });
    }
    return figures;
  } finally {
    sqlite.close();
  }
}
