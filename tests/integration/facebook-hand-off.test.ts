// Handing posts to a Facebook Page's own scheduler (issue 11), against the spec-checked fake
// Graph API: the post is made unpublished with scheduled_publish_time and never also sent by the
// outbox; an edit takes it back (DELETE) and hands the new words off; unscheduling cancels it;
// after its time Cadence confirms the post Facebook published. Facebook takes no idempotency
// key, so a lost answer or a crash is settled by finding the post among the Page's scheduled
// posts by its words and its time.
import { afterEach, expect, it, vi } from 'vitest';
import { startMetaCore, startMetaWorld, type MetaWorld } from '../support/meta-world';
import { draftWithPhotos } from '../support/publish-steps';
import { DAY, MINUTE } from '../support/time';

const NINE_AM = Date.parse('2026-11-25T14:00:00Z');
const cleanups: Array<() => unknown> = [];
let world: MetaWorld | undefined;
afterEach(async () => {
  expect(world?.fake.violations ?? []).toEqual([]);
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  world = undefined;
});

async function facebookCore() {
  world = await startMetaWorld();
  const w = world;
  cleanups.push(w.dispose);
  const core = await startMetaCore(w, 'facebook');
  cleanups.push(core.dispose);
  const target = (postId: string) =>
    core.t.core.database.sqlite.prepare('select * from post_targets where post_id = ?').get(postId) as Record<
      string,
      unknown
    >;
  const feedPosts = () => w.requests('POST', `/${w.fake.page.id}/feed`);
  return { w, core, channelId: core.channelId, target, feedPosts };
}

/** A post for nine, marked for hand-off and scheduled (the hand-off itself waits a minute). */
async function scheduledForNine(f: Awaited<ReturnType<typeof facebookCore>>, text: string) {
  const draft = await f.core.t.call('posts.create', { body: text, channelIds: [f.channelId] });
  await f.core.t.call('posts.update', { id: draft.id, handOff: true });
  return f.core.t.call('posts.schedule', {
    id: draft.id,
    local: '2026-11-25T09:00',
    timeZone: 'America/New_York',
  });
}

it('hands a post to the Page, which publishes it at its time; Cadence confirms it and never sends it', async () => {
  const f = await facebookCore();
  const post = await scheduledForNine(f, 'Fresh rye at nine');
  await f.core.t.runFor(2 * MINUTE);

  const held = f.w.fake.scheduledPosts;
  expect(held).toHaveLength(1);
  expect(held[0]).toMatchObject({
    message: 'Fresh rye at nine',
    published: false,
    scheduledPublishTime: NINE_AM / 1000,
  });
  expect(f.target(post.id)).toMatchObject({ state: 'handed_off', hand_off_id: held[0]!.id });
  expect((await f.core.t.call('posts.get', { id: post.id })).targets[0]!.state).toBe('handed_off');

  // The laptop sleeps through nine; Facebook publishes on time; Cadence confirms when it wakes.
  await f.core.t.runUntil(NINE_AM + 30 * MINUTE);
  expect(f.w.fake.publishedPosts.map((p) => p.message)).toEqual(['Fresh rye at nine']);
  // Facebook keeps the post's id once published: Cadence asks for it, not through the Page's feed.
  expect(f.target(post.id)).toMatchObject({
    state: 'published',
    remote_id: held[0]!.id,
    remote_url: `https://www.facebook.com/cadencebakery/posts/${held[0]!.id.split('_')[1]}`,
  });
  expect(f.w.requests('GET', `/${f.w.fake.page.id}/feed`)).toEqual([]);
  expect((await f.core.t.call('posts.get', { id: post.id })).status).toBe('published');
  expect(f.feedPosts()).toHaveLength(1);
  const activity = await f.core.t.call('activity.list', { postId: post.id });
  expect(activity.map((e) => e.kind)).toEqual(
    expect.arrayContaining(['handOff.handedOff', 'attempt.published']),
  );
});

it('takes the post back before an edit and hands the new words off; unscheduling deletes it', async () => {
  const f = await facebookCore();
  const post = await scheduledForNine(f, 'Croissants at nine');
  await f.core.t.runFor(2 * MINUTE);
  const firstId = f.w.fake.scheduledPosts[0]!.id;

  await f.core.t.call('posts.update', {
    id: post.id,
    body: 'Croissants and rye at nine',
    channelIds: [f.channelId],
  });
  expect(f.w.requests('DELETE', `/${firstId}`)).toHaveLength(1);
  expect(f.w.fake.scheduledPosts).toEqual([]);
  expect(f.target(post.id)).toMatchObject({ state: 'scheduled', hand_off_id: null });

  await f.core.t.runFor(2 * MINUTE);
  expect(f.w.fake.scheduledPosts.map((p) => p.message)).toEqual(['Croissants and rye at nine']);
  expect(f.target(post.id).state).toBe('handed_off');

  await f.core.t.call('posts.unschedule', { id: post.id });
  expect(f.w.fake.scheduledPosts).toEqual([]);
  expect(f.target(post.id).state).toBe('pending');
  await f.core.t.runUntil(NINE_AM + 30 * MINUTE);
  expect(f.w.fake.publishedPosts).toEqual([]);
});

it('after a lost answer, finds the post among the Page’s scheduled posts instead of handing off twice', async () => {
  const f = await facebookCore();
  f.w.fake.transport.add(
    { kind: 'drop-after-handling' },
    { method: 'POST', path: `/${f.w.fake.page.id}/feed` },
  );
  const post = await scheduledForNine(f, 'Bagels at nine');
  await f.core.t.runFor(5 * MINUTE);

  expect(f.w.fake.scheduledPosts).toHaveLength(1);
  expect(f.target(post.id)).toMatchObject({
    state: 'handed_off',
    hand_off_id: f.w.fake.scheduledPosts[0]!.id,
  });
  expect(f.feedPosts()).toHaveLength(1);
  expect(f.w.requests('GET', `/${f.w.fake.page.id}/scheduled_posts`)).toHaveLength(1);
  await f.core.t.runUntil(NINE_AM + 30 * MINUTE);
  expect(f.w.fake.publishedPosts.map((p) => p.message)).toEqual(['Bagels at nine']);
  expect(f.target(post.id).state).toBe('published');
  expect(f.feedPosts()).toHaveLength(1);
});

it('after a crash between the hand-off request and its record, finds it on the schedule: once there, never sent', async () => {
  const f = await facebookCore();
  // Facebook makes the scheduled post, then the answer never comes: Cadence is killed meanwhile.
  f.w.fake.transport.add(
    { kind: 'drop-after-wait', waitMs: 60_000 },
    { method: 'POST', path: `/${f.w.fake.page.id}/feed` },
  );
  const post = await scheduledForNine(f, 'Focaccia at nine');
  f.w.clock.set(f.w.clock.now() + 2 * MINUTE);
  f.core.t.core.wake('timer');
  await vi.waitFor(() => expect(f.w.fake.scheduledPosts).toHaveLength(1));
  expect(f.target(post.id).state).toBe('handing_off');

  f.core.crashAndRestart();
  await f.core.t.runFor(MINUTE);
  const held = f.w.fake.scheduledPosts;
  expect(held).toHaveLength(1);
  expect(f.target(post.id)).toMatchObject({ state: 'handed_off', hand_off_id: held[0]!.id });

  await f.core.t.runUntil(NINE_AM + 30 * MINUTE);
  expect(f.w.fake.publishedPosts.map((p) => p.message)).toEqual(['Focaccia at nine']);
  expect(f.target(post.id).state).toBe('published');
  expect(f.feedPosts()).toHaveLength(1);
});

it('keeps a post Facebook refuses to schedule, and hands it off again later', async () => {
  const f = await facebookCore();
  // Facebook's answer to a time it will not take (fewer than 10 minutes ahead by its clock).
  f.w.fake.faults.add(
    {
      kind: 'graph-error',
      error: {
        message: '(#100) The specified scheduled publish time is invalid.',
        type: 'OAuthException',
        code: 100,
      },
    },
    { method: 'POST', path: `/${f.w.fake.page.id}/feed` },
  );
  const post = await scheduledForNine(f, 'Scones at nine');
  await f.core.t.runFor(5 * MINUTE);
  expect(f.target(post.id).state).toBe('scheduled');
  expect(f.w.fake.scheduledPosts).toEqual([]);
  const activity = await f.core.t.call('activity.list', { postId: post.id });
  expect(activity.find((e) => e.kind === 'handOff.failed')?.message).toContain(
    'It stays with Cadence, which sends it at its time.',
  );

  await f.core.t.runFor(20 * MINUTE);
  expect(f.target(post.id).state).toBe('handed_off');
  await f.core.t.runUntil(NINE_AM + 30 * MINUTE);
  expect(f.w.fake.publishedPosts.map((p) => p.message)).toEqual(['Scones at nine']);
  expect(f.target(post.id).state).toBe('published');
  expect(f.feedPosts()).toHaveLength(2);
});

it('does not hand off a post due sooner than Facebook takes one: Cadence sends it', async () => {
  const f = await facebookCore();
  const draft = await f.core.t.call('posts.create', { body: 'Rolls soon', channelIds: [f.channelId] });
  await f.core.t.call('posts.update', { id: draft.id, handOff: true });
  // Ten minutes ahead is Facebook's least; with Cadence's margin it is too close.
  await f.core.t.call('posts.schedule', {
    id: draft.id,
    local: '2026-11-25T07:10',
    timeZone: 'America/New_York',
  });
  await f.core.t.runFor(30 * MINUTE);
  const bodies = f.feedPosts().map((r) => r.body.toString());
  expect(bodies).toHaveLength(1);
  expect(bodies[0]).not.toContain('scheduled_publish_time');
  expect(f.w.fake.scheduledPosts).toEqual([]);
  expect(f.w.fake.publishedPosts.map((p) => p.message)).toEqual(['Rolls soon']);
  expect(f.target(draft.id).state).toBe('published');
});

it('hands off a post with photos: uploaded unpublished, attached, published with it at its time', async () => {
  const f = await facebookCore();
  const draft = await draftWithPhotos(f.core.t, f.channelId, 'Two cakes at nine', 2);
  await f.core.t.call('posts.update', { id: draft.id, handOff: true });
  await f.core.t.call('posts.schedule', {
    id: draft.id,
    local: '2026-11-25T09:00',
    timeZone: 'America/New_York',
  });
  await f.core.t.runFor(2 * MINUTE);

  const [held] = f.w.fake.scheduledPosts;
  expect(held!.photoIds).toHaveLength(2);
  expect(held!.photoIds.map((id) => f.w.fake.world.photos.get(id)!.published)).toEqual([false, false]);
  await f.core.t.runUntil(NINE_AM + 30 * MINUTE);
  expect(f.w.fake.publishedPosts.map((p) => [p.message, p.photoIds.length])).toEqual([
    ['Two cakes at nine', 2],
  ]);
  expect(f.target(draft.id).state).toBe('published');
  expect(f.feedPosts()).toHaveLength(1);
});

it('asks the owner when the post was deleted on Facebook before its time and is not on the Page', async () => {
  const f = await facebookCore();
  const post = await scheduledForNine(f, 'Muffins at nine');
  await f.core.t.runFor(2 * MINUTE);
  // Deleted in Meta Business Suite before its time.
  f.w.fake.world.posts.delete(f.w.fake.scheduledPosts[0]!.id);
  await f.core.t.runUntil(NINE_AM + 30 * MINUTE);
  const asked = await f.core.t.call('posts.get', { id: post.id });
  expect(asked.targets[0]).toMatchObject({
    state: 'unknown',
    lastErrorKey: [{ key: 'handOff.goneUnconfirmed', params: { network: 'Facebook' } }],
  });
  expect(f.w.fake.publishedPosts).toEqual([]);
  expect(f.feedPosts()).toHaveLength(1);
});

it('never deletes the live post when the owner edits it after Facebook published it', async () => {
  const f = await facebookCore();
  const post = await scheduledForNine(f, 'Pretzels at nine');
  await f.core.t.runFor(2 * MINUTE);
  const heldId = f.w.fake.scheduledPosts[0]!.id;
  // Nine has passed and Facebook published it; Cadence has not confirmed it yet.
  f.w.clock.set(NINE_AM + MINUTE);
  const refused = await f.core.t.errorOf('posts.update', {
    id: post.id,
    body: 'Pretzels at ten',
    channelIds: [f.channelId],
  });
  expect(refused).toMatchObject({ code: 'CONFLICT', key: 'handOff.errors.alreadyOut' });
  expect(f.w.requests('DELETE', `/${heldId}`)).toEqual([]);
  expect(f.w.fake.publishedPosts.map((p) => p.message)).toEqual(['Pretzels at nine']);
  await f.core.t.runFor(5 * MINUTE);
  expect(f.target(post.id)).toMatchObject({ state: 'published', remote_id: heldId });
});

it('hands off on a Page set to do so as the laptop goes to sleep', async () => {
  const f = await facebookCore();
  const draft = await f.core.t.call('posts.create', { body: 'Bread at nine', channelIds: [f.channelId] });
  await f.core.t.call('posts.schedule', {
    id: draft.id,
    local: '2026-11-25T09:00',
    timeZone: 'America/New_York',
  });
  const channel = await f.core.t.call('channels.setHandOffOnSleep', { id: f.channelId, on: true });
  expect(channel.handOffOnSleep).toBe(true);
  const after = await f.core.t.call('outbox.handOffNow', { hours: 24, automatic: true });
  expect(after).toMatchObject({ total: 1, onTheirOwn: 1, canHandOff: [], needCadence: [] });
  expect(f.w.fake.scheduledPosts.map((p) => p.message)).toEqual(['Bread at nine']);
  expect(f.target(draft.id).state).toBe('handed_off');
});

it('finds its post among more scheduled posts than one page lists', async () => {
  const f = await facebookCore();
  const keychain = await f.w.connect('facebook');
  const nine = NINE_AM / 1000;
  // 150 other posts the owner scheduled in Meta Business Suite, all due before Cadence's.
  for (let n = 0; n < 150; n += 1) {
    const id = `${f.w.fake.page.id}_${f.w.fake.world.nextId()}`;
    f.w.fake.world.posts.set(id, {
      id,
      pageId: f.w.fake.page.id,
      message: 'Pretzels at nine',
      photoIds: [],
      published: false,
      scheduledPublishTime: nine - 60 * (n + 1),
      createdAt: f.w.clock.now(),
    });
  }
  const post = f.w.post('Pretzels at nine');
  const { handOffId } = await f.w.facebook.handOff!.schedule(keychain.resolve(), post, NINE_AM);
  expect(await f.w.facebook.handOff!.find(keychain.resolve(), post, NINE_AM)).toBe(handOffId);
  expect(await f.w.facebook.handOff!.find(keychain.resolve(), post, NINE_AM + MINUTE)).toBeNull();
  expect(f.w.requests('GET', `/${f.w.fake.page.id}/scheduled_posts`)).toHaveLength(4);
});

it('waits to hand off a post due in more than 30 days until Facebook takes it', async () => {
  const f = await facebookCore();
  const draft = await f.core.t.call('posts.create', { body: 'Winter menu', channelIds: [f.channelId] });
  await f.core.t.call('posts.update', { id: draft.id, handOff: true });
  // 40 days ahead: 2027-01-04 09:00 in New York.
  const due = Date.parse('2027-01-04T14:00:00Z');
  await f.core.t.call('posts.schedule', {
    id: draft.id,
    local: '2027-01-04T09:00',
    timeZone: 'America/New_York',
  });
  await f.core.t.runFor(DAY);
  expect(f.w.fake.scheduledPosts).toEqual([]);
  expect(f.target(draft.id).state).toBe('scheduled');

  await f.core.t.runUntil(due - 30 * DAY + MINUTE);
  expect(f.w.fake.scheduledPosts.map((p) => [p.message, p.scheduledPublishTime])).toEqual([
    ['Winter menu', due / 1000],
  ]);
  expect(f.target(draft.id).state).toBe('handed_off');
  expect(f.feedPosts()).toHaveLength(1);
});
