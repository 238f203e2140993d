// The Mastodon inbox against the schema-checked fake: every request Cadence sends and every
// answer the fake gives is valid under Mastodon's OpenAPI description (violations stay empty).
import { afterEach, describe, expect, test } from 'vitest';
import { startMastodonWorld, type MastodonWorld } from '../support/mastodon-world';

let world: MastodonWorld | undefined;
afterEach(async () => {
  await world?.dispose();
  world = undefined;
});

const notificationRequests = (w: MastodonWorld) =>
  w
    .requests('GET', '/api/v1/notifications')
    .map((r): Partial<Record<'since_id' | 'min_id' | 'max_id' | 'limit', string>> & { types: string[] } => ({
      ...Object.fromEntries(r.query),
      types: r.query.getAll('types[]'),
    }));

async function publishedPost(w: MastodonWorld, channelId: string, body: string) {
  const post = await w.t.call('posts.create', { body, channelIds: [channelId] });
  await w.t.call('posts.publishNow', { id: post.id });
  await w.runUntil(w.clock.now());
  return { postId: post.id, statusId: w.target(post.id).remote_id as string };
}

describe('Mastodon inbox sync', () => {
  test('mentions and replies to our posts arrive with their parent; a second sync brings nothing new', async () => {
    world = await startMastodonWorld();
    const w = world;
    const channelId = await w.connect();
    const ours = await publishedPost(w, channelId, 'Fresh rolls from 7 tomorrow!');
    const stranger = w.fake.addMention({ from: 'lee@elsewhere.example', text: 'Who bakes the best rye?' });
    w.clock.advance(60_000);
    const question = w.fake.addMention({
      from: 'sam@remote.example',
      text: 'Open at 9?',
      inReplyTo: ours.statusId,
    });
    w.clock.advance(60_000);
    const aside = w.fake.addMention({
      from: 'kim@remote.example',
      text: 'Ask them, they know',
      inReplyTo: stranger.statusId,
    });
    w.fake.addNotification({ type: 'favourite', from: 'sam@remote.example', statusId: ours.statusId });
    w.fake.addNotification({ type: 'follow', from: 'kim@remote.example' });

    await w.t.call('inbox.refresh', {});
    const list = await w.t.call('inbox.list', {});
    expect(list.items.map((i) => [i.kind, i.authorHandle, i.text])).toEqual([
      ['mention', '@kim@remote.example', '@cadence_owner Ask them, they know'],
      ['reply', '@sam@remote.example', '@cadence_owner Open at 9?'],
      ['mention', '@lee@elsewhere.example', '@cadence_owner Who bakes the best rye?'],
    ]);
    expect(list.items[1]).toMatchObject({ inReplyToPostId: ours.postId, channelId, status: 'new' });
    expect(list.items[1]!.url).toContain(`/${question.statusId}`);

    // The reply's thread holds our post; the aside's holds the status it answered, which Cadence also has.
    const reply = await w.t.call('inbox.get', { id: list.items[1]!.id });
    expect(reply.ourPost).toMatchObject({ postId: ours.postId, text: 'Fresh rolls from 7 tomorrow!' });
    const aside_ = await w.t.call('inbox.get', { id: list.items[0]!.id });
    expect(aside_.ourPost).toBeNull();
    expect(aside_.conversation.map((e) => (e.type === 'item' ? e.item.authorHandle : 'ours'))).toEqual([
      '@lee@elsewhere.example',
      '@kim@remote.example',
    ]);
    expect(aside.statusId).toBeTruthy();
    // Each parent status was fetched once.
    expect(
      w
        .requests('GET', /^\/api\/v1\/statuses\/\d+$/)
        .map((r) => r.path)
        .sort(),
    ).toEqual([`/api/v1/statuses/${ours.statusId}`, `/api/v1/statuses/${stranger.statusId}`].sort());
    // Likes and follows are counted for metrics, not listed.
    expect(
      w.t.core.database.sqlite.prepare('select likes, reposts, follows from inbox_interactions').all(),
    ).toEqual([{ likes: 1, reposts: 0, follows: 1 }]);

    const before = notificationRequests(w).length;
    await w.t.call('inbox.refresh', {});
    expect((await w.t.call('inbox.list', {})).total).toBe(3);
    const again = notificationRequests(w).slice(before);
    expect(again).toHaveLength(1);
    expect(again[0]!.since_id).toBeTruthy();
    expect(w.fake.violations).toEqual([]);
  });

  test('more than a page since the last sync: the newest page by since_id, the gap below it by min_id', async () => {
    world = await startMastodonWorld();
    const w = world;
    await w.connect();
    w.fake.addMention({ from: 'first@remote.example', text: 'first' });
    await w.t.call('inbox.refresh', {});
    const cursorNotification = [...w.fake.store.notifications.keys()].at(-1)!;
    for (let n = 1; n <= 100; n++)
      w.fake.addMention({ from: `fan${n}@remote.example`, text: `question ${n}` });

    const before = notificationRequests(w).length;
    await w.t.call('inbox.refresh', {});
    const list = await w.t.call('inbox.list', { limit: 200 });
    expect(list.total).toBe(101);
    expect(new Set(list.items.map((i) => i.text)).size).toBe(101);
    const paging = notificationRequests(w).slice(before);
    expect(paging.map((q) => Object.keys(q).filter((k) => k.endsWith('_id')))).toEqual([
      ['since_id'],
      ['min_id'],
    ]);
    expect(paging[0]!.since_id).toBe(cursorNotification);
    expect(paging[1]!.min_id).toBe(cursorNotification);
    expect(paging[0]!.types).toContain('mention');

    await w.t.call('inbox.refresh', {});
    expect((await w.t.call('inbox.list', {})).total).toBe(101);
    expect(w.fake.violations).toEqual([]);
  });

  test('a reply goes out through the outbox with in_reply_to_id, addressed to the author, exactly once', async () => {
    world = await startMastodonWorld();
    const w = world;
    const channelId = await w.connect();
    const ours = await publishedPost(w, channelId, 'Now taking Christmas orders');
    const question = w.fake.addMention({
      from: 'sam@remote.example',
      text: 'Stollen?',
      inReplyTo: ours.statusId,
    });
    const secret = w.fake.addMention({
      from: 'ana@remote.example',
      text: 'my order number is 7',
      visibility: 'direct',
    });
    await w.t.call('inbox.refresh', {});
    const items = (await w.t.call('inbox.list', {})).items;
    const stollen = items.find((i) => i.text.includes('Stollen'))!;
    const direct = items.find((i) => i.kind === 'message')!;

    const { post } = await w.t.call('inbox.reply', { id: stollen.id, text: 'Yes, from 1 December.' });
    expect(post.body).toBe('@sam@remote.example Yes, from 1 December.');
    await w.runUntil(w.clock.now() + 60_000);
    await w.t.call('inbox.reply', { id: direct.id, text: 'Thanks @ana@remote.example, noted.' });
    await w.runUntil(w.clock.now() + 60 * 60_000);

    const replies = w.fake.statuses.filter((s) => s.inReplyToId !== null);
    expect(replies.map((s) => [s.inReplyToId, s.visibility, s.text])).toEqual([
      [question.statusId, 'public', '@sam@remote.example Yes, from 1 December.'],
      [secret.statusId, 'direct', 'Thanks @ana@remote.example, noted.'],
    ]);
    expect(w.requests('POST', '/api/v1/statuses')).toHaveLength(3);
    const thread = await w.t.call('inbox.get', { id: stollen.id });
    expect(thread.item.firstRepliedAt).not.toBeNull();
    expect(thread.conversation.at(-1)).toMatchObject({
      type: 'reply',
      reply: { state: 'published', url: expect.stringContaining('/@cadence_owner/') },
    });
    expect(w.fake.violations).toEqual([]);
  });

  test('a reply written offline is sent once when the connection comes back', async () => {
    world = await startMastodonWorld();
    const w = world;
    await w.connect();
    w.fake.addMention({ from: 'sam@remote.example', text: 'Gluten free?' });
    await w.t.call('inbox.refresh', {});
    const [item] = (await w.t.call('inbox.list', {})).items;

    w.t.online.set(false);
    await w.t.call('inbox.reply', { id: item!.id, text: 'Two kinds, yes.' });
    await w.runUntil(w.clock.now() + 3 * 60 * 60_000);
    expect(w.requests('POST', '/api/v1/statuses')).toHaveLength(0);
    w.t.online.set(true);
    await w.runUntil(w.clock.now() + 60 * 60_000);
    expect(w.requests('POST', '/api/v1/statuses')).toHaveLength(1);
    expect(w.fake.statuses.map((s) => s.text)).toEqual(['@sam@remote.example Two kinds, yes.']);
  });

  test('sync time for 1,000 notifications', async () => {
    world = await startMastodonWorld({
      fake: { config: { rateLimit: { limit: 10_000, windowSeconds: 300 } } },
    });
    const w = world;
    const channelId = await w.connect();
    const ours = await publishedPost(w, channelId, 'Ask us anything');
    await w.t.call('inbox.refresh', {});
    for (let n = 0; n < 1_000; n++) {
      w.fake.addMention({
        from: `fan${n % 50}@remote.example`,
        text: `question ${n}`,
        inReplyTo: ours.statusId,
      });
    }
    const before = w.fake.requests.length;
    const started = performance.now();
    await w.t.call('inbox.refresh', {});
    const elapsed = performance.now() - started;
    // The fake validates every request and answer against Mastodon's OpenAPI description in this
    // same process: serving the same requests again, bare, shows how much of the time is its own.
    const replayed = w.fake.requests.slice(before);
    const replayStarted = performance.now();
    for (const request of replayed) {
      const query = request.query.toString();
      await fetch(`${w.fake.url}${request.path}${query ? `?${query}` : ''}`, {
        headers: { authorization: `Bearer ${w.fake.accessToken}` },
      }).then((r) => r.text());
    }
    const fakeMs = performance.now() - replayStarted;
    const list = await w.t.call('inbox.list', { limit: 1 });
    console.log(
      `[inbox] synced 1,000 Mastodon notifications in ${elapsed.toFixed(0)} ms over ${replayed.length} requests; ` +
        `the fake alone takes ${fakeMs.toFixed(0)} ms to serve them again`,
    );
    expect(list.total).toBe(1_000);
    expect(list.items[0]!.inReplyToPostId).toBe(ours.postId);
    expect(w.fake.violations).toEqual([]);
  });
});
