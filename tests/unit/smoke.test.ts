import { afterEach, expect, it } from 'vitest';
import { makeDataDir, startTestCore } from '../support/test-core';

const dirs: Array<() => void> = [];
afterEach(() => dirs.splice(0).forEach((c) => c()));

it('creates, schedules and lists a post', async () => {
  const { dir, cleanup } = makeDataDir();
  dirs.push(cleanup);
  const t = startTestCore({ dataDir: dir });
  const ch = await t.call('channels.add', {
    network: 'bluesky',
    displayName: 'Shop',
    handle: 'shop.bsky.social',
  });
  const post = await t.call('posts.create', { body: 'hello', channelIds: [ch.id] });
  const s = await t.call('posts.schedule', {
    id: post.id,
    local: '2026-12-01T09:00',
    timeZone: 'America/New_York',
  });
  expect(s.scheduledAt).toBe(Date.UTC(2026, 11, 1, 14));
  const range = await t.call('calendar.range', { from: Date.UTC(2026, 11, 1), to: Date.UTC(2026, 11, 2) });
  expect(range.map((p) => p.channelIds)).toEqual([[ch.id]]);
  t.core.close();
});
