// "Will it go out?" through the core, with the injected clock: on the day the clocks go back, the
// next 24 hours end an hour earlier on the wall clock; a Mastodon post can be handed off at once
// (no settling minute) and then goes out on its own; a manual channel's post needs Cadence; after
// a night's sleep the answer starts from the new now, and the handed-off post was published.
import { afterEach, expect, it } from 'vitest';
import { startMastodonWorld, type MastodonWorld } from '../support/mastodon-world';
import { HOUR } from '../support/time';

const ZONE = 'America/New_York';
// Midnight in New York on Sunday 1 November 2026, the day it falls back from EDT to EST.
const MIDNIGHT = Date.parse('2026-11-01T04:00:00Z');
let world: MastodonWorld | undefined;
afterEach(async () => {
  expect(world?.fake.violations ?? []).toEqual([]);
  await world?.dispose();
  world = undefined;
});

async function scheduled(
  m: MastodonWorld,
  body: string,
  channelIds: string[],
  local: string,
  choice?: 'later',
) {
  const post = await m.t.call('posts.create', { body, channelIds });
  return m.t.call('posts.schedule', { id: post.id, local, timeZone: ZONE, ...(choice ? { choice } : {}) });
}

it('answers for the next 24 hours across the change of clocks, hands off what it can, and is right after a sleep', async () => {
  world = await startMastodonWorld({ start: MIDNIGHT });
  const m = world;
  const mastodon = await m.connect();
  const shop = await m.t.call('channels.add', {
    network: 'bluesky',
    displayName: 'Shop',
    handle: 'shop.example',
  });
  // 01:30 happens twice tonight; the second (EST) is 2.5 hours after midnight.
  const early = await scheduled(m, 'Doors open at two', [mastodon], '2026-11-01T01:30', 'later');
  const noon = await scheduled(m, 'Lunch specials', [shop.id], '2026-11-01T12:00');
  // 23:30 on the wall clock is 24.5 hours after midnight today: outside the next 24 hours.
  await scheduled(m, 'Late menu', [mastodon], '2026-11-01T23:30');

  const before = await m.t.call('outbox.preflight', { hours: 24 });
  expect(before).toMatchObject({ from: MIDNIGHT, until: MIDNIGHT + 24 * HOUR, total: 2, onTheirOwn: 0 });
  expect(before.canHandOff).toEqual([
    { postId: early.id, excerpt: 'Doors open at two', scheduledAt: MIDNIGHT + 2.5 * HOUR },
  ]);
  expect(before.needCadence.map((p) => p.postId)).toEqual([noon.id]);

  const after = await m.t.call('outbox.handOffNow', { hours: 24 });
  expect(after).toMatchObject({ total: 2, onTheirOwn: 1, canHandOff: [] });
  expect(after.needCadence.map((p) => p.postId)).toEqual([noon.id]);
  expect(m.fake.scheduledStatuses.map((s) => s.status.text)).toEqual(['Doors open at two']);
  expect(m.target(early.id).state).toBe('handed_off');

  // The laptop sleeps until 08:00 EST; Mastodon published the early post on its own meanwhile.
  m.t.clock.set(MIDNIGHT + 9 * HOUR);
  m.t.core.wake('resume');
  await m.t.core.whenIdle();
  expect(m.fake.statuses.map((s) => s.text)).toEqual(['Doors open at two']);
  const morning = await m.t.call('outbox.preflight', { hours: 24 });
  expect(morning).toMatchObject({ from: MIDNIGHT + 9 * HOUR, total: 2, onTheirOwn: 0 });
  expect(morning.canHandOff.map((p) => p.excerpt)).toEqual(['Late menu']);
  expect(morning.needCadence.map((p) => p.postId)).toEqual([noon.id]);
  expect(m.target(early.id).state).toBe('published');
});

it('hands off, as the laptop goes to sleep, only on channels set to do so', async () => {
  world = await startMastodonWorld({ start: MIDNIGHT });
  const m = world;
  const mastodon = await m.connect();
  const post = await scheduled(m, 'Doors open at nine', [mastodon], '2026-11-01T09:00');
  const off = await m.t.call('outbox.handOffNow', { hours: 24, automatic: true });
  expect(off.canHandOff.map((p) => p.postId)).toEqual([post.id]);
  expect(m.fake.scheduledStatuses).toEqual([]);

  expect((await m.t.call('channels.setHandOffOnSleep', { id: mastodon, on: true })).handOffOnSleep).toBe(
    true,
  );
  const on = await m.t.call('outbox.handOffNow', { hours: 24, automatic: true });
  expect(on).toMatchObject({ onTheirOwn: 1, canHandOff: [] });
  expect(m.fake.scheduledStatuses.map((s) => s.status.text)).toEqual(['Doors open at nine']);

  const shop = await m.t.call('channels.add', {
    network: 'bluesky',
    displayName: 'Shop',
    handle: 'shop.example',
  });
  expect(await m.t.errorOf('channels.setHandOffOnSleep', { id: shop.id, on: true })).toMatchObject({
    code: 'INVALID_INPUT',
    key: 'handOff.errors.noScheduler',
  });
});
