// Handing posts to Mastodon's own scheduler (issue 11), against the schema-checked fake: the post
// is made there as a scheduled status and never also sent by the outbox; an edit takes it back
// and hands the new words off; unscheduling cancels it; after its time Cadence confirms the
// status Mastodon published; a lost answer is settled by the Idempotency-Key on the schedule.
import { afterEach, expect, it, vi } from 'vitest';
import { startMastodonWorld, type MastodonWorld } from '../support/mastodon-world';
import { MINUTE } from '../support/time';

const NINE_AM = Date.parse('2026-11-25T14:00:00Z');
let world: MastodonWorld | undefined;
afterEach(async () => {
  expect(world?.fake.violations ?? []).toEqual([]);
  await world?.dispose();
  world = undefined;
});

async function handedOffPost(text: string, requestTimeoutMs?: number) {
  world = await startMastodonWorld({ requestTimeoutMs });
  const m = world;
  const channelId = await m.connect();
  const draft = await m.t.call('posts.create', { body: text, channelIds: [channelId] });
  await m.t.call('posts.update', { id: draft.id, handOff: true });
  const post = await m.t.call('posts.schedule', {
    id: draft.id,
    local: '2026-11-25T09:00',
    timeZone: 'America/New_York',
  });
  // The hand-off waits a minute after the last change, so typing does not hand off every pause.
  await m.t.runFor(2 * MINUTE);
  return { m, post, channelId };
}

const statusPosts = (m: MastodonWorld) => m.requests('POST', '/api/v1/statuses');

it('hands a post to Mastodon, which publishes it at its time; Cadence confirms it and never sends it', async () => {
  const { m, post } = await handedOffPost('Fresh rye at nine');
  const held = m.fake.scheduledStatuses;
  expect(held).toHaveLength(1);
  expect(held[0]).toMatchObject({ scheduledAt: NINE_AM, status: { text: 'Fresh rye at nine' } });
  expect(m.target(post.id)).toMatchObject({ state: 'handed_off', hand_off_id: held[0]!.id });
  expect(held[0]!.idempotency).toBe(m.target(post.id).idempotency_key);
  expect((await m.t.call('posts.get', { id: post.id })).targets[0]!.state).toBe('handed_off');

  // The laptop sleeps through nine; Mastodon publishes on time; Cadence confirms when it wakes.
  await m.runUntil(NINE_AM + 30 * MINUTE);
  expect(m.fake.statuses.map((s) => s.text)).toEqual(['Fresh rye at nine']);
  expect(m.target(post.id)).toMatchObject({ state: 'published', remote_id: m.fake.statuses[0]!.id });
  expect((await m.t.call('posts.get', { id: post.id })).status).toBe('published');
  expect(statusPosts(m)).toHaveLength(1);
  const activity = await m.t.call('activity.list', { postId: post.id });
  expect(activity.map((e) => e.kind)).toEqual(
    expect.arrayContaining(['handOff.handedOff', 'attempt.published']),
  );
});

it('takes the post back before an edit and hands the new words off; unscheduling cancels it', async () => {
  const { m, post, channelId } = await handedOffPost('Croissants at nine');
  const firstId = m.fake.scheduledStatuses[0]!.id;
  await m.t.call('posts.update', {
    id: post.id,
    body: 'Croissants and rye at nine',
    channelIds: [channelId],
  });
  expect(m.requests('DELETE', `/api/v1/scheduled_statuses/${firstId}`)).toHaveLength(1);
  expect(m.fake.scheduledStatuses).toEqual([]);
  expect(m.target(post.id)).toMatchObject({ state: 'scheduled', hand_off_id: null });

  await m.t.runFor(2 * MINUTE);
  expect(m.fake.scheduledStatuses.map((s) => s.status.text)).toEqual(['Croissants and rye at nine']);
  expect(m.target(post.id).state).toBe('handed_off');

  await m.t.call('posts.unschedule', { id: post.id });
  expect(m.fake.scheduledStatuses).toEqual([]);
  expect(m.target(post.id).state).toBe('pending');
  await m.runUntil(NINE_AM + 30 * MINUTE);
  expect(m.fake.statuses).toEqual([]);
});

it('changes nothing when Mastodon cannot be asked to give the post back, and says why', async () => {
  const { m, post, channelId } = await handedOffPost('Pretzels at nine');
  m.fake.faults.add({ kind: 'server-error', status: 503 }, { method: 'DELETE', path: /scheduled_statuses/ });
  const refused = await m.t.errorOf('posts.update', {
    id: post.id,
    body: 'Pretzels at ten',
    channelIds: [channelId],
  });
  expect(refused).toMatchObject({
    code: 'CONNECTION_FAILED',
    key: 'handOff.errors.cannotTakeBack',
  });
  expect(refused.message).toContain('Nothing was changed');
  expect((await m.t.call('posts.get', { id: post.id })).body).toBe('Pretzels at nine');
  expect(m.target(post.id).state).toBe('handed_off');
  expect(m.fake.scheduledStatuses).toHaveLength(1);
});

it('after a lost answer, finds the scheduled status by its key instead of handing off twice', async () => {
  world = await startMastodonWorld({ requestTimeoutMs: 500 });
  const m = world;
  m.fake.faults.add({ kind: 'hang', afterHandling: true }, { method: 'POST', path: '/api/v1/statuses' });
  const channelId = await m.connect();
  const draft = await m.t.call('posts.create', { body: 'Bagels at nine', channelIds: [channelId] });
  await m.t.call('posts.update', { id: draft.id, handOff: true });
  await m.t.call('posts.schedule', { id: draft.id, local: '2026-11-25T09:00', timeZone: 'America/New_York' });
  await m.t.runFor(5 * MINUTE);

  expect(m.fake.scheduledStatuses).toHaveLength(1);
  expect(m.target(draft.id)).toMatchObject({
    state: 'handed_off',
    hand_off_id: m.fake.scheduledStatuses[0]!.id,
  });
  expect(statusPosts(m)).toHaveLength(1);
  expect(m.requests('GET', '/api/v1/scheduled_statuses')).toHaveLength(1);
  await m.runUntil(NINE_AM + 30 * MINUTE);
  expect(m.fake.statuses).toHaveLength(1);
  expect(m.target(draft.id).state).toBe('published');
});

it('asks the owner when Mastodon no longer holds the post after its time and it is not among the posts', async () => {
  const { m, post } = await handedOffPost('Muffins at nine');
  // Deleted in Mastodon's web interface before its time.
  const held = m.fake.scheduledStatuses[0]!;
  await fetch(`${m.fake.url}/api/v1/scheduled_statuses/${held.id}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${m.fake.accessToken}` },
  });
  await m.runUntil(NINE_AM + 30 * MINUTE);
  const asked = await m.t.call('posts.get', { id: post.id });
  expect(asked.status).toBe('failed');
  expect(asked.targets[0]).toMatchObject({
    state: 'unknown',
    lastErrorKey: [{ key: 'handOff.goneUnconfirmed', params: { network: 'Mastodon' } }],
  });
  expect(m.fake.statuses).toEqual([]);
  expect(statusPosts(m)).toHaveLength(1);
});

it('asks the owner, without a history entry of its own, about a handed-off post it has no id for', async () => {
  const { m, post } = await handedOffPost('Scones at nine');
  // A row from before the id was recorded: there is nothing to ask Mastodon about.
  m.t.core.database.sqlite
    .prepare('update post_targets set hand_off_id = null where post_id = ?')
    .run(post.id);
  await m.runUntil(NINE_AM + 30 * MINUTE);
  const asked = await m.t.call('posts.get', { id: post.id });
  expect(asked.targets[0]).toMatchObject({
    state: 'unknown',
    lastErrorKey: [{ key: 'handOff.goneUnconfirmed', params: { network: 'Mastodon' } }],
  });
  expect(m.target(post.id).hand_off_id).toBeNull();
  const activity = await m.t.call('activity.list', { postId: post.id });
  expect(activity.map((e) => e.kind)).not.toContain('attempt.unknown');
});

it('keeps a post Mastodon refuses to hold, and hands it off again later', async () => {
  world = await startMastodonWorld();
  const m = world;
  m.fake.faults.add(
    {
      kind: 'unprocessable',
      error: 'Validation failed: You have exceeded the limit of 25 scheduled posts for today',
    },
    { method: 'POST', path: '/api/v1/statuses' },
  );
  const channelId = await m.connect();
  const draft = await m.t.call('posts.create', { body: 'Scones at nine', channelIds: [channelId] });
  await m.t.call('posts.update', { id: draft.id, handOff: true });
  await m.t.call('posts.schedule', { id: draft.id, local: '2026-11-25T09:00', timeZone: 'America/New_York' });
  await m.t.runFor(5 * MINUTE);
  expect(m.target(draft.id).state).toBe('scheduled');
  const activity = await m.t.call('activity.list', { postId: draft.id });
  expect(activity.find((e) => e.kind === 'handOff.failed')?.message).toBe(
    'Mastodon refused the post (“Validation failed: You have exceeded the limit of 25 scheduled posts for today”). Edit the post to fix that, then publish again. It stays with Cadence, which sends it at its time.',
  );

  await m.t.runFor(20 * MINUTE);
  expect(m.target(draft.id).state).toBe('handed_off');
  await m.runUntil(NINE_AM + 30 * MINUTE);
  expect(m.fake.statuses.map((s) => s.text)).toEqual(['Scones at nine']);
  expect(m.target(draft.id).state).toBe('published');
  expect(statusPosts(m)).toHaveLength(2);
});

it('after a crash between the hand-off request and its record, finds it on the schedule: once there, never sent', async () => {
  world = await startMastodonWorld({ requestTimeoutMs: 10 * MINUTE });
  const m = world;
  // Mastodon makes the scheduled status, then the answer never comes: Cadence is killed meanwhile.
  m.fake.faults.add({ kind: 'hang', afterHandling: true }, { method: 'POST', path: '/api/v1/statuses' });
  const channelId = await m.connect();
  const draft = await m.t.call('posts.create', { body: 'Focaccia at nine', channelIds: [channelId] });
  await m.t.call('posts.update', { id: draft.id, handOff: true });
  await m.t.call('posts.schedule', { id: draft.id, local: '2026-11-25T09:00', timeZone: 'America/New_York' });
  m.clock.set(m.clock.now() + 2 * MINUTE);
  m.t.core.wake('timer');
  await vi.waitFor(() => expect(m.fake.scheduledStatuses).toHaveLength(1));
  expect(m.target(draft.id).state).toBe('handing_off');

  m.crashAndRestart();
  await m.t.runFor(MINUTE);
  const held = m.fake.scheduledStatuses;
  expect(held).toHaveLength(1);
  expect(m.target(draft.id)).toMatchObject({ state: 'handed_off', hand_off_id: held[0]!.id });

  await m.runUntil(NINE_AM + 30 * MINUTE);
  expect(m.fake.statuses.map((s) => s.text)).toEqual(['Focaccia at nine']);
  expect(m.target(draft.id).state).toBe('published');
  expect(statusPosts(m)).toHaveLength(1);
});
