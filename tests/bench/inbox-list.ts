// Figure: the inbox list at 100,000 items through the app's InboxStore against hand-prepared
// better-sqlite3 statements running the very SQL the store sends (page, total and unread).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { systemClock } from '../../src-main/core/clock';
import { DATABASE_FILE, openDatabase } from '../../src-main/core/db/open-database';
import { schema } from '../../src-main/core/db/schema';
import { InboxStore } from '../../src-main/core/inbox/inbox-store';
import type { InboxListInput } from '../../src-main/shared/inbox';
import { tempDir } from '../support/temp-dir';
import { DAY } from '../support/time';
import { MIGRATIONS, round, type Figure } from './figures';
import { race } from './race';

const ITEMS = 100_000;
const ITERATIONS = 200;
const KINDS = ['mention', 'reply', 'comment', 'message'] as const;
const STATUSES = ['new', 'read', 'done', 'done', 'done'] as const;
const WORDS = ['sourdough', 'opening hours', 'gluten free', 'delivery', 'birthday cake', 'thank you'];

function seed(dataDir: string, now: number): void {
  openDatabase({ dataDir, migrationsFolder: MIGRATIONS }).close();
  const sqlite = new Database(join(dataDir, DATABASE_FILE));
  const channel = sqlite.prepare(
    `insert into channels (id, network, display_name, handle, connection, created_at, updated_at)
     values (?, 'mastodon', ?, ?, 'connected', 0, 0)`,
  );
  const item = sqlite.prepare(
    `insert into inbox_items (id, channel_id, source_key, network, channel_label, remote_id, kind, author_name,
       author_handle, text, reply_to, received_at, synced_at, status, updated_at)
     values (?, ?, ?, 'mastodon', ?, ?, ?, ?, ?, ?, '{"parent":{"id":"x"},"root":{"id":"x"}}', ?, ?, ?, ?)`,
  );
  const label = sqlite.prepare('insert into inbox_labels (item_id, label) values (?, ?)');
  sqlite.transaction(() => {
    for (let c = 0; c < 3; c++) channel.run(`ch-${c}`, `Channel ${c}`, `@shop${c}`);
    for (let i = 0; i < ITEMS; i++) {
      const at = now - Math.floor((i / ITEMS) * 365 * DAY);
      const id = `item-${String(i).padStart(6, '0')}`;
      const c = i % 3;
      item.run(
        id,
        `ch-${c}`,
        `source-${c}`,
        `Channel ${c}`,
        `remote-${i}`,
        KINDS[i % KINDS.length],
        `Customer ${i % 997}`,
        `@customer${i % 997}@example.social`,
        `A question about ${WORDS[i % WORDS.length]} (#${i})`,
        at,
        at,
        STATUSES[i % STATUSES.length],
        at,
      );
      if (i % 10 === 0) label.run(id, i % 20 === 0 ? 'order' : 'question');
    }
  })();
  sqlite.close();
}

/**
 * The store's statements as it runs them, through a handle that records each SQL text and the
 * parameters of its run, so the raw side can run the very same statements.
 */
function recordingHandle(sqlite: Database.Database, runs: { sql: string; params: unknown[] }[]) {
  const handle = Object.create(sqlite) as Database.Database;
  handle.prepare = ((text: string) => {
    const statement = sqlite.prepare(text);
    const record =
      (method: 'all' | 'get') =>
      (...params: unknown[]) => {
        runs.push({ sql: text, params });
        return statement[method](...params);
      };
    return Object.assign(Object.create(statement) as Database.Statement, {
      all: record('all'),
      get: record('get'),
    });
  }) as Database.Database['prepare'];
  return handle;
}

async function measureCase(sqlite: Database.Database, name: string, input: InboxListInput): Promise<Figure> {
  const captured: { sql: string; params: unknown[] }[] = [];
  const store = new InboxStore(drizzle(sqlite, { schema }), recordingHandle(sqlite, captured), systemClock());
  const expected = store.list(input);
  const timed = new InboxStore(drizzle(sqlite, { schema }), sqlite, systemClock());
  const statements = captured.map(({ sql, params }) => ({ statement: sqlite.prepare(sql), params }));
  // The same three statements, rows mapped to the same items, as a hand-written store would.
  const viaRaw = () => {
    const [page, total, unread] = statements.map(({ statement, params }) => statement.all(...params)) as [
      Array<Record<string, unknown>>,
      Array<{ n: number }>,
      Array<{ n: number }>,
    ];
    return {
      items: page
        .slice(0, input.limit ?? 50)
        .map((row) => ({ ...row, labels: JSON.parse(row.labels as string) })),
      total: total[0]!.n,
      unread: unread[0]!.n,
    };
  };
  const raw = viaRaw();
  if (raw.total !== expected.total || raw.items.length !== expected.items.length) {
    throw new Error(`raw and store results differ for ${name}`);
  }
  const plan = (
    sqlite.prepare(`explain query plan ${captured[0]!.sql}`).all(...captured[0]!.params) as Array<{
      detail: string;
    }>
  )
    .map((step) => step.detail)
    .join('; ');
  const [storeMs, rawMs] = (await race([() => timed.list(input), viaRaw], ITERATIONS)) as [number, number];
  return {
    metric: `inbox_list_100k_${name}_store_vs_raw`,
    value: round(storeMs),
    unit: 'ms',
    baseline: round(rawMs),
    ratio: round(storeMs / rawMs),
    goal: 'ratio <= 1.3',
    detail: `InboxStore.list(${JSON.stringify(input)}) vs raw prepared statements of the same SQL (page, total, unread); ${expected.items.length} of ${expected.total} items; ${ITERATIONS} alternating rounds, medians; plan: ${plan}`,
  };
}

export async function measureInboxList(): Promise<Figure[]> {
  const { dir: dataDir, cleanup } = tempDir('cadence-bench-inbox-');
  try {
    const seedStarted = performance.now();
    seed(dataDir, Date.now());
    console.error(`[bench] seeded ${ITEMS} inbox items in ${Math.round(performance.now() - seedStarted)} ms`);
    const sqlite = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      return [
        await measureCase(sqlite, 'first_page', { limit: 50 }),
        await measureCase(sqlite, 'unread_of_channel', { channelId: 'ch-1', status: 'new', limit: 50 }),
        await measureCase(sqlite, 'search', { search: 'birthday', limit: 50 }),
      ];
    } finally {
      sqlite.close();
    }
  } finally {
    cleanup();
  }
}
