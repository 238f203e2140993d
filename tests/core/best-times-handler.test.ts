// metrics.bestTimes through the real dispatch on real SQLite: published posts with stored counts
// give a known best hour on the business clock; too little history gives the network's usual
// hour, labelled, with how many posts are still needed.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { DATABASE_FILE } from '../../src-main/core/db/open-database';
import { MIN_POSTS, NETWORK_DEFAULTS } from '../../src-main/core/metrics/best-time';
import { checkLocalTime } from '../../src-main/shared/zoned-time';
import { test } from '../support/core-fixture';
import type { TestCore } from '../support/test-core';

const ZONE = 'America/New_York';

/** A wall-clock time in New York, Tuesdays from 1 September 2026 on, `week` weeks later. */
function localTime(dayOffset: number, week: number, hour: number): number {
  const day = new Date(Date.UTC(2026, 8, 1 + dayOffset + week * 7)).toISOString().slice(0, 10);
  const check = checkLocalTime(`${day}T${String(hour).padStart(2, '0')}:00`, ZONE);
  if (check.kind !== 'exact') throw new Error(`not an exact time: ${day} ${hour}`);
  return check.utc;
}

/**
 * Drafts a post on the channel, then marks it published at `publishedAt` with counts measured a
 * day later, as the outbox and the metrics collector would have left them.
 */
async function published(
  t: TestCore,
  channelId: string,
  publishedAt: number,
  likes: number | null,
): Promise<void> {
  const post = await t.call('posts.create', { body: `Post at ${publishedAt}`, channelIds: [channelId] });
  const sqlite = new Database(join(t.dataDir, DATABASE_FILE));
  try {
    const { id } = sqlite
      .prepare('SELECT id FROM post_targets WHERE post_id = ? AND channel_id = ?')
      .get(post.id, channelId) as { id: string };
    sqlite
      .prepare(`UPDATE post_targets SET state = 'published', remote_id = ?, published_at = ? WHERE id = ?`)
      .run(`remote-${id}`, publishedAt, id);
    sqlite
      .prepare(
        'INSERT INTO post_metrics (target_id, taken_at, likes, reposts, replies, quotes) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(id, publishedAt + 86_400_000, likes, likes === null ? null : 1, null, null);
  } finally {
    sqlite.close();
  }
}

const addChannel = async (t: TestCore, network: 'bluesky' | 'mastodon', name: string) =>
  (await t.call('channels.add', { network, displayName: name, handle: name })).id;

describe('metrics.bestTimes', () => {
  test('learns the hours whose posts drew the most interactions, on the business clock', async ({ t }) => {
    const shop = await addChannel(t, 'bluesky', 'Shop');
    // Tuesday 18:00 draws about 20, Monday 09:00 about 5, Friday 12:00 about 8 (plus 1 repost each).
    for (const [week, likes] of [19, 21, 17, 23].entries()) {
      await published(t, shop, localTime(0, week, 18), likes);
      await published(t, shop, localTime(-1, week, 9), Math.round(likes / 4));
      await published(t, shop, localTime(3, week, 12), 7);
    }
    // Never measured, or measured without counts: left out, not counted as zero.
    await published(t, shop, localTime(2, 0, 7), null);

    const [answer] = await t.call('metrics.bestTimes', { channelIds: [shop] });
    expect(answer).toMatchObject({
      channelId: shop,
      channelName: 'Shop',
      network: 'bluesky',
      times: [
        { source: 'learned', weekday: 2, hour: 18, mean: 21, samples: 4 },
        { source: 'learned', weekday: 5, hour: 12, mean: 8, samples: 4 },
        { source: 'learned', weekday: 1, hour: 9, samples: 4 },
      ],
    });
    const [best] = answer!.times;
    if (best!.source !== 'learned') throw new Error('expected a learned time');
    expect(best!.low).toBeLessThan(21);
    expect(best!.high).toBeGreaterThan(21);
  });

  test('with too little history answers the network default, labelled, per channel', async ({ t }) => {
    const shop = await addChannel(t, 'bluesky', 'Shop');
    const toot = await addChannel(t, 'mastodon', 'Toots');
    for (const week of [0, 1, 2]) await published(t, shop, localTime(0, week, 18), 30);

    const answers = await t.call('metrics.bestTimes', { channelIds: [toot, shop, 'gone-channel'] });
    expect(answers).toEqual([
      {
        channelId: shop,
        channelName: 'Shop',
        network: 'bluesky',
        times: NETWORK_DEFAULTS.bluesky.map((hour) => ({
          source: 'networkDefault',
          ...hour,
          postsSoFar: 3,
          postsNeeded: MIN_POSTS,
        })),
      },
      {
        channelId: toot,
        channelName: 'Toots',
        network: 'mastodon',
        times: NETWORK_DEFAULTS.mastodon.map((hour) => ({
          source: 'networkDefault',
          ...hour,
          postsSoFar: 0,
          postsNeeded: MIN_POSTS,
        })),
      },
    ]);
  });

  test('refuses an empty channel list with a clear message', async ({ t }) => {
    expect(await t.errorOf('metrics.bestTimes', { channelIds: [] })).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
