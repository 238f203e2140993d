// After a lost answer, did the post reach X? Read from the account's recent posts where the
// app's API tier allows it (matched by words, photos and the post answered, since the first
// attempt), and asked of the owner where it does not: the tier is told by X's answers
// (403 client-forbidden) and kept in the channel's settings.
import { describe, expect, it, onTestFinished } from 'vitest';
import type { XPost } from '../fakes/x/store';
import { MINUTE } from '../support/time';
import { startXWorld, X_START, type XWorld } from '../support/x-world';

async function world(options?: Parameters<typeof startXWorld>[0]) {
  const w = await startXWorld(options);
  onTestFinished(() => w.dispose());
  return { x: w, keychain: await w.connect() };
}

/** A post already on the owner's timeline, as X renders it. */
function onX(x: XWorld, text: string, createdAt: number, extra: Partial<XPost> = {}): string {
  const id = x.fake.store.nextId();
  x.fake.store.posts.set(id, {
    id,
    authorId: x.fake.owner.id,
    text,
    createdAt,
    mediaKeys: [],
    conversationId: id,
    likeCount: 0,
    replyCount: 0,
    repostCount: 0,
    ...extra,
  });
  return id;
}

const photo = { bytes: new Uint8Array(4), mimeType: 'image/png', altText: '', fileName: 'a.png' };

describe('verifying a post on a tier that may read posts', () => {
  it('finds the post a lost answer hid, and remembers the tier may read', async () => {
    const { x, keychain } = await world();
    const post = x.post('Soup of the day: leek');
    x.fake.transport.add({ kind: 'drop-after-handling' }, { method: 'POST', path: '/2/tweets' });
    await expect(x.x.publish(keychain.resolve(), post)).rejects.toMatchObject({ kind: 'unknown' });
    x.clock.advance(MINUTE);

    const [made] = x.fake.posts;
    expect(await x.x.verify(keychain.resolve(), post, null)).toEqual({
      status: 'published',
      remoteId: made!.id,
      remoteUrl: `https://x.com/cadencebakery/status/${made!.id}`,
    });
    expect(keychain.settings.readAccess).toBe(true);
    const [read] = x.requests('GET', `/2/users/${x.fake.owner.id}/tweets`);
    expect(read!.query.get('start_time')).toBe('2026-11-25T11:55:00Z');
    expect(x.fake.violations).toEqual([]);
  });

  it('answers absent when no post matches: other words, other photos, another answered post, or older', async () => {
    const { x, keychain } = await world();
    const post = x.post('Soup of the day: leek', { images: [photo] });
    onX(x, 'Soup of the day: leek', X_START);
    onX(x, 'Soup of the day: pea', X_START, { mediaKeys: ['3_1'] });
    onX(x, 'Soup of the day: leek', X_START, {
      mediaKeys: ['3_1'],
      inReplyToId: onX(x, 'Hi', X_START - MINUTE),
    });
    onX(x, 'Soup of the day: leek', X_START - 10 * MINUTE, { mediaKeys: ['3_1'] });
    expect(await x.x.verify(keychain.resolve(), post, null)).toEqual({ status: 'absent' });
    expect(x.fake.violations).toEqual([]);
  });

  it('matches X’s rendering: t.co links, a photo link, escaped entities, @names before a reply', async () => {
    const { x, keychain } = await world();
    const parentId = onX(x, 'Are you open Sunday?', X_START - MINUTE);
    const parent = { id: parentId };
    const post = x.post('Yes & until 4 <3 Menu: https://example.com/menu and rosasbakery.com', {
      images: [photo],
      replyTo: { parent, root: parent },
    });
    const id = onX(
      x,
      '@neighbour Yes &amp; until 4 &lt;3 Menu: https://t.co/a1B2c3 and https://t.co/d4E5f6 https://t.co/Ph0t0',
      X_START + 1000,
      { mediaKeys: ['3_9'], inReplyToId: parentId },
    );
    expect(await x.x.verify(keychain.resolve(), post, null)).toMatchObject({
      status: 'published',
      remoteId: id,
    });
  });

  it('pages back through a busy timeline', async () => {
    const { x, keychain } = await world();
    const post = x.post('The one we look for');
    const id = onX(x, 'The one we look for', X_START + 1000);
    for (let i = 0; i < 150; i += 1) onX(x, `Later post ${i}`, X_START + 2000 + i);
    expect(await x.x.verify(keychain.resolve(), post, null)).toMatchObject({
      status: 'published',
      remoteId: id,
    });
    expect(x.requests('GET', `/2/users/${x.fake.owner.id}/tweets`)).toHaveLength(2);
    expect(x.fake.violations).toEqual([]);
  });

  it('trusts an id X already gave, without a request', async () => {
    const { x, keychain } = await world();
    const before = x.fake.requests.length;
    expect(await x.x.verify(keychain.resolve(), x.post('Hi'), '1900000000000000123')).toEqual({
      status: 'published',
      remoteId: '1900000000000000123',
      remoteUrl: 'https://x.com/cadencebakery/status/1900000000000000123',
    });
    expect(x.fake.requests.length).toBe(before);
  });
});

describe('verifying a post when X refuses the read', () => {
  it('without the tweet.read permission: cannot tell, with X’s words, and the tier is not blamed', async () => {
    const { x, keychain } = await world();
    const accessToken = x.fake.issueToken(['tweet.write', 'users.read', 'offline.access']);
    keychain.secret = JSON.stringify({ ...keychain.tokens, accessToken });
    expect(await x.x.verify(keychain.resolve(), x.post('Soup'), null)).toMatchObject({
      status: 'cannot-tell',
      reason: {
        key: 'connectors.x.cannotTell.readRefused',
        message: expect.stringMatching(
          /^X did not let Cadence read your posts \(“Forbidden”\), so it cannot tell/,
        ),
      },
    });
    expect(keychain.settings).not.toHaveProperty('readAccess');
  });

  it('cannot tell, says why in plain words, and remembers the tier may not read', async () => {
    const { x, keychain } = await world({ fake: { config: { tier: 'free' } } });
    onX(x, 'Soup', X_START);
    expect(await x.x.verify(keychain.resolve(), x.post('Soup'), null)).toEqual({
      status: 'cannot-tell',
      reason: {
        key: 'connectors.x.cannotTell.tierForbids',
        params: { handle: '@cadencebakery' },
        message:
          'Your X API tier does not let Cadence read your posts, so it cannot tell whether this one reached @cadencebakery. Check @cadencebakery on X: if the post is there, choose “It was published”; otherwise “Send again”.',
      },
    });
    expect(keychain.settings.readAccess).toBe(false);
    expect(x.fake.violations).toEqual([]);
  });
});
