// Fills a fresh Cadence database quickly: the real migrations build the schema, then one
// transaction of prepared inserts adds the posts, as an owner with years of history would have.
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../src-main/core/db/open-database';
import { localStringAt } from '../../src-main/shared/zoned-time';
import { DAY } from '../support/time';
import { MIGRATIONS } from './figures';

export interface SeedOptions {
  dataDir: string;
  posts: number;
  /** Posts are spread evenly (with a little jitter) over [from, to). */
  from: number;
  to: number;
  /**
   * Posts before this are published, as they would be by then; later ones are scheduled.
   * The day either side of it stays empty, so nothing falls due while the bench runs.
   */
  now: number;
  timeZone: string;
  /** One post in fifty is then a draft: unscheduled, on the drafts list, edited at its own moment. */
  drafts?: boolean;
}

const DRAFT_EVERY = 50;

const WORDS = 'fresh bread today sale new menu open late thank you neighbours weekend special coffee'.split(
  ' ',
);

export function seedDatabase(options: SeedOptions): { channelIds: string[] } {
  const opened = openDatabase({ dataDir: options.dataDir, migrationsFolder: MIGRATIONS });
  const { sqlite } = opened;
  const now = options.now;
  const channelIds = ['bluesky', 'mastodon', 'telegram'].map(() => randomUUID());
  const insertChannel = sqlite.prepare(
    'insert into channels (id, network, display_name, handle, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
  );
  const insertPost = sqlite.prepare(
    `insert into posts (id, body, status, scheduled_at, scheduled_time_zone, scheduled_local, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTarget = sqlite.prepare(
    'insert into post_targets (id, post_id, channel_id, state, published_at, updated_at) values (?, ?, ?, ?, ?, ?)',
  );
  const quiet = { from: options.now - DAY, to: options.now + DAY };
  const step = (options.to - options.from) / options.posts;

  sqlite.transaction(() => {
    ['bluesky', 'mastodon', 'telegram'].forEach((network, i) =>
      insertChannel.run(channelIds[i], network, `Shop on ${network}`, `@shop-${network}`, now, now),
    );
    for (let i = 0; i < options.posts; i++) {
      const id = randomUUID();
      const spread = Math.floor(options.from + i * step + (i % 7) * 60_000);
      const scheduledAt =
        spread >= quiet.from && spread < quiet.to ? spread + (quiet.to - quiet.from) : spread;
      const body = Array.from({ length: 12 + (i % 20) }, (_, w) => WORDS[(i + w) % WORDS.length]).join(' ');
      const draft = options.drafts === true && i % DRAFT_EVERY === DRAFT_EVERY - 1;
      const published = !draft && scheduledAt < options.now;
      if (draft) insertPost.run(id, body, 'draft', null, null, null, now, now - i * 60_000);
      else {
        const local = localStringAt(scheduledAt, options.timeZone);
        const status = published ? 'published' : 'scheduled';
        insertPost.run(id, body, status, scheduledAt, options.timeZone, local, now, now);
      }
      const targets = 2 + (i % 2);
      for (let c = 0; c < targets; c++) {
        const state = draft ? 'pending' : published ? 'published' : 'scheduled';
        insertTarget.run(
          randomUUID(),
          id,
          channelIds[(i + c) % 3],
          state,
          published ? scheduledAt : null,
          now,
        );
      }
    }
  })();
  opened.markStartSucceeded();
  opened.close();
  return { channelIds };
}
