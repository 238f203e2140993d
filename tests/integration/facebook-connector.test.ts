// The Facebook Page connector against the schema-checked fake Graph API: the owner's sign-in
// with state and PKCE, the long-lived token and its renewal, posts of words, links, one photo
// and several photos, Meta's errors in plain words, reading the Page back after a lost answer,
// and exactly one post over a simulated hour through the real outbox.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { wordsIn } from '../../src-main/shared/messages/words';
import { META_REDIRECT_URI, metaGuide } from '../../src-main/shared/own-app-guides/meta';
import type { MetaFault } from '../fakes/meta/graph-fake';
import type { TransportFault } from '../fakes/transport-faults';
import { attemptRows, targetRow } from '../support/outbox-harness';
import { draftWithPhotos } from '../support/publish-steps';
import { image, META_START, startMetaCore, startMetaWorld, type MetaWorld } from '../support/meta-world';
import { DAY, HOUR } from '../support/time';

const LONG_LIVED_MS = 5_183_944_000;

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function world(options?: Parameters<typeof startMetaWorld>[0]): Promise<MetaWorld> {
  const w = await startMetaWorld(options);
  cleanups.push(w.dispose);
  return w;
}

const jpeg = (color: string, width = 8) =>
  sharp({ create: { width, height: 6, channels: 3, background: color } })
    .jpeg()
    .toBuffer();

function exchanges(w: MetaWorld): URLSearchParams[] {
  return w.requests('GET', '/oauth/access_token').map((r) => r.query);
}

describe('signing in to Facebook with the owner’s Meta app', () => {
  it('asks with state and S256, exchanges the code with the verifier, then for a long-lived token, and offers the Page and its Instagram account', async () => {
    const w = await world();
    const connections = await w.signIn();

    expect(connections.map((c) => [c.network, c.profile.handle, c.profile.followersCount])).toEqual([
      ['facebook', '@cadencebakery', 321],
      ['instagram', '@cadencebakery', 876],
    ]);
    const [codeExchange, longLived] = exchanges(w);
    expect(codeExchange!.get('code_verifier')).toMatch(/^[\w-]{43,}$/);
    expect(codeExchange!.get('redirect_uri')).toBe(META_REDIRECT_URI);
    expect(longLived!.get('grant_type')).toBe('fb_exchange_token');
    const secret = JSON.parse(connections[0]!.secret) as Record<string, unknown>;
    expect(secret).toMatchObject({ pageId: w.fake.page.id, pageToken: w.fake.page.accessToken });
    // The Page token has no end of its own; the long-lived user token's end is the sign-in's.
    expect(secret.userTokenExpiresAt).toBe(META_START + LONG_LIVED_MS);
    expect(connections[0]!.expiry).toEqual({
      accessExpiresAt: META_START + LONG_LIVED_MS,
      refreshExpiresAt: null,
    });
    expect(JSON.parse(connections[1]!.secret)).toMatchObject({ igUserId: w.fake.page.igUserId });
    expect(w.fake.violations).toEqual([]);
  });

  it('a code exchanged with another verifier is refused, so a stolen code is useless', async () => {
    const w = await world();
    const url = w.facebook.ownApp!.authorizeUrl({
      app: w.app,
      redirectUri: META_REDIRECT_URI,
      state: 's',
      codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    });
    const back = await fetch(url, { redirect: 'manual' });
    const code = new URL(back.headers.get('location')!).searchParams.get('code')!;
    const failure = await w.facebook
      .ownApp!.finish({
        app: w.app,
        code,
        codeVerifier: 'a-verifier-that-does-not-match-the-challenge-at-all',
        redirectUri: META_REDIRECT_URI,
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectorError);
    expect(failure).toMatchObject({ kind: 'auth', message: expect.stringContaining('Connect again') });
  });

  it('leaves out the Instagram account when its permissions were unticked', async () => {
    const w = await world({
      fake: { declinedScopes: ['instagram_basic', 'instagram_content_publish', 'instagram_manage_comments'] },
    });
    const connections = await w.signIn();
    expect(connections.map((c) => c.network)).toEqual(['facebook']);
  });

  it('tests the App ID and Secret without signing in', async () => {
    const w = await world();
    await expect(w.facebook.ownApp!.testApp(w.app)).resolves.toBeUndefined();
    await expect(w.facebook.ownApp!.testApp({ ...w.app, clientSecret: 'wrong' })).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringContaining('App Secret'),
    });
    await expect(w.facebook.ownApp!.testApp({ ...w.app, clientSecret: null })).rejects.toMatchObject({
      kind: 'config',
      message: expect.stringContaining('App Secret'),
    });
    await expect(w.facebook.ownApp!.testApp({ ...w.app, clientId: 'abc' })).rejects.toMatchObject({
      kind: 'config',
      message: expect.stringContaining('App ID'),
    });
    expect(w.fake.violations).toEqual([]);
  });

  it('asks for exactly the permissions the guide lists, and names the redirect address to paste', async () => {
    const w = await world();
    const url = new URL(
      w.facebook.ownApp!.authorizeUrl({
        app: w.app,
        redirectUri: META_REDIRECT_URI,
        state: 's',
        codeChallenge: null,
      }),
    );
    expect(url.searchParams.get('scope')!.split(',')).toEqual(metaGuide.scopes.map((s) => s.name));
    expect(metaGuide.redirectUri).toBe(META_REDIRECT_URI);
    expect(metaGuide.steps.some((step) => step.copy === META_REDIRECT_URI)).toBe(true);
    const english = wordsIn('en');
    expect(metaGuide.steps.map((s) => english(s.text, s.params)).join(' ')).toContain('Development mode');
  });
});

describe('renewing Facebook’s sign-in', () => {
  it('exchanges the still-valid long-lived token for a new one and reads the Page token again, once for overlapping calls', async () => {
    const w = await world();
    const keychain = await w.connect('facebook');
    w.clock.advance(50 * DAY);
    const account = keychain.resolve();
    const before = exchanges(w).length;
    const [first, second] = await Promise.all([w.facebook.refresh!(account), w.facebook.refresh!(account)]);

    expect(second).toBe(first);
    expect(
      exchanges(w)
        .slice(before)
        .map((q) => q.get('grant_type')),
    ).toEqual(['fb_exchange_token']);
    expect(first!.expiry).toEqual({ accessExpiresAt: w.clock.now() + LONG_LIVED_MS, refreshExpiresAt: null });
    const renewed = JSON.parse(first!.secret) as Record<string, string>;
    expect(renewed.userToken).not.toBe(JSON.parse(keychain.secret).userToken);
    expect(renewed.pageToken).toBe(w.fake.page.accessToken);
    expect(w.fake.violations).toEqual([]);
  });

  it('after 60 days, or when Meta refuses, only reconnecting helps, and it says so', async () => {
    const w = await world();
    const keychain = await w.connect('facebook');
    w.clock.advance(61 * DAY);
    await expect(w.facebook.refresh!(keychain.resolve())).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringContaining('Reconnect Facebook in Settings'),
    });
    w.clock.set(META_START);
    w.fake.oauth.tokens.delete(JSON.parse(keychain.secret).userToken);
    await expect(w.facebook.refresh!(keychain.resolve())).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringContaining('Reconnect Facebook in Settings'),
    });
    keychain.app = null;
    await expect(w.facebook.refresh!(keychain.resolve())).rejects.toMatchObject({ kind: 'auth' });
  });
});

describe('publishing on a Facebook Page', () => {
  it('posts words to the feed, and a link as the post’s preview', async () => {
    const w = await world();
    const account = (await w.connect('facebook')).resolve();
    const words = await w.facebook.publish(account, w.post('Soup of the day: lentil'));
    const linked = await w.facebook.publish(account, w.post('Our menu: https://rosa.example/menu.'));

    const posts = [...w.fake.world.posts.values()];
    expect(posts.map((p) => [p.message, p.link])).toEqual([
      ['Soup of the day: lentil', undefined],
      ['Our menu: https://rosa.example/menu.', 'https://rosa.example/menu'],
    ]);
    expect(words).toEqual({ remoteId: posts[0]!.id, remoteUrl: `https://www.facebook.com/${posts[0]!.id}` });
    expect(linked.remoteId).toBe(posts[1]!.id);
    expect(w.fake.violations).toEqual([]);
  });

  it('posts one photo through /photos, with its words and alt text', async () => {
    const w = await world();
    const account = (await w.connect('facebook')).resolve();
    const bytes = await jpeg('#c92a2a');
    const published = await w.facebook.publish(
      account,
      w.post('Fresh loaves', { images: [image(bytes, 'loaf.jpg', 'Three loaves on a rack')] }),
    );

    const [post] = [...w.fake.world.posts.values()];
    expect(post).toMatchObject({ message: 'Fresh loaves', photoIds: [expect.any(String)] });
    expect(published.remoteId).toBe(post!.id);
    expect(w.fake.world.photos.get(post!.photoIds[0]!)!.bytes.equals(bytes)).toBe(true);
    const upload = w.requests('POST', `/${w.fake.page.id}/photos`)[0]!;
    expect(upload.body.toString('latin1')).toContain('Three loaves on a rack');
    expect(w.fake.violations).toEqual([]);
  });

  it('posts several photos as unpublished uploads attached to one feed post', async () => {
    const w = await world();
    const account = (await w.connect('facebook')).resolve();
    const images = await Promise.all(
      ['#c92a2a', '#2b8a3e', '#1864ab'].map(async (c, i) => image(await jpeg(c), `p${i}.jpg`)),
    );
    const published = await w.facebook.publish(account, w.post('Three cakes', { images }));

    const posts = [...w.fake.world.posts.values()];
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ id: published.remoteId, message: 'Three cakes' });
    expect(posts[0]!.photoIds).toHaveLength(3);
    for (const id of posts[0]!.photoIds)
      expect(w.fake.world.photos.get(id)).toMatchObject({ published: false, postId: posts[0]!.id });
    expect(w.fake.violations).toEqual([]);
  });

  it('deletes the uploaded photos again when Facebook refuses the post they were for', async () => {
    const w = await world();
    const account = (await w.connect('facebook')).resolve();
    w.fake.faults.add({ kind: 'policy-block' }, { method: 'POST', path: `/${w.fake.page.id}/feed` });
    const images = [image(await jpeg('#c92a2a'), 'a.jpg'), image(await jpeg('#2b8a3e'), 'b.jpg')];
    await expect(w.facebook.publish(account, w.post('Two', { images }))).rejects.toMatchObject({
      kind: 'rejected',
    });
    expect(w.fake.world.photos.size).toBe(0);
    expect(w.fake.world.posts.size).toBe(0);
  });

  it('shrinks a photo over 4 MB instead of refusing it', async () => {
    const w = await world();
    const account = (await w.connect('facebook')).resolve();
    // Random pixels do not compress: a 1600×1200 PNG of them is over 5 MB.
    const noise = await sharp(randomBytes(1600 * 1200 * 3), {
      raw: { width: 1600, height: 1200, channels: 3 },
    })
      .png()
      .toBuffer();
    expect(noise.byteLength).toBeGreaterThan(4_000_000);
    await w.facebook.publish(account, w.post('Big', { images: [image(noise, 'big.png')] }));
    const [photo] = [...w.fake.world.photos.values()];
    expect(photo!.bytes.byteLength).toBeLessThanOrEqual(4_000_000);
    expect(photo!.mimeType).toBe('image/jpeg');
  });

  it('answers a comment in its thread', async () => {
    const w = await world();
    const account = (await w.connect('facebook')).resolve();
    const { remoteId } = await w.facebook.publish(account, w.post('Open Sunday'));
    const comment = w.fake.addComment({ on: remoteId, from: 'Ana', message: 'What time?' });
    const reply = await w.facebook.publish(
      account,
      w.post('From 9', { replyTo: { parent: { id: comment }, root: { id: comment } } }),
    );
    expect(w.fake.world.comments.get(reply.remoteId)).toMatchObject({
      parentCommentId: comment,
      message: 'From 9',
      from: { name: 'Cadence Bakery' },
    });
    expect(w.fake.violations).toEqual([]);
  });

  it('reads the Page’s followers for Insights', async () => {
    const w = await world({ fake: { page: { name: 'Cadence Bakery', followersCount: 4321 } } });
    const account = (await w.connect('facebook')).resolve();
    await expect(w.facebook.profile(account)).resolves.toMatchObject({
      handle: '@cadencebakery',
      followersCount: 4321,
      remoteAccountId: w.fake.page.id,
    });
  });
});

describe('Meta’s errors in plain words', () => {
  const feed = (w: MetaWorld) => ({ method: 'POST', path: `/${w.fake.page.id}/feed` });

  it.each<[string, MetaFault, object]>([
    [
      '190: the sign-in expired',
      { kind: 'expired-token' },
      { kind: 'auth', message: expect.stringContaining('Reconnect Facebook in Settings') },
    ],
    [
      '368: blocked for policy',
      { kind: 'policy-block' },
      {
        kind: 'rejected',
        message: expect.stringMatching(/^Meta blocked this for policy reasons: “We limit how often/),
      },
    ],
    [
      '100/33: the Page is missing or out of reach',
      { kind: 'missing-object' },
      { kind: 'config', message: expect.stringContaining('Check that you still manage the Page') },
    ],
    [
      'an error Cadence has no words for',
      {
        kind: 'graph-error',
        error: { message: '(#506) Duplicate status message', type: 'OAuthException', code: 506 },
      },
      {
        kind: 'rejected',
        message:
          'Facebook refused the post (“(#506) Duplicate status message”). Edit the post to fix that, then publish again.',
      },
    ],
  ])('%s', async (_case, fault, expected) => {
    const w = await world();
    const account = (await w.connect('facebook')).resolve();
    w.fake.faults.add(fault, feed(w));
    const error = await w.facebook.publish(account, w.post('Hello')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject(expected);
    expect((error as ConnectorError).message).not.toMatch(/unknown error/i);
    expect(w.fake.violations).toEqual([]);
  });

  it.each([4, 17, 32, 613] as const)('%i: rate-limited, waiting as long as Meta says', async (code) => {
    const w = await world();
    const account = (await w.connect('facebook')).resolve();
    w.fake.faults.add({ kind: 'rate-limited', code, regainInMinutes: 15 }, feed(w));
    await expect(w.facebook.publish(account, w.post('Hello'))).rejects.toMatchObject({
      kind: 'rate-limited',
      details: { retryAt: w.clock.now() + 15 * 60_000 },
      message: expect.stringContaining('in 15 minutes'),
    });
  });
});

describe('after a lost answer, Facebook is asked', () => {
  it('finds the post on the Page, or says it is not there', async () => {
    const w = await world();
    const account = (await w.connect('facebook')).resolve();
    const post = w.post('Lost answer');
    w.fake.transport.add(
      { kind: 'drop-after-handling' },
      { method: 'POST', path: `/${w.fake.page.id}/feed` },
    );
    await expect(w.facebook.publish(account, post)).rejects.toMatchObject({ kind: 'unknown' });
    const [made] = [...w.fake.world.posts.values()];
    await expect(w.facebook.verify(account, post, null)).resolves.toMatchObject({
      status: 'published',
      remoteId: made!.id,
    });
    await expect(w.facebook.verify(account, w.post('Never sent'), null)).resolves.toEqual({
      status: 'absent',
    });
  });

  it('asks the owner when the Page may not be read, and for an answer to a comment', async () => {
    const w = await world();
    const account = (await w.connect('facebook')).resolve();
    w.fake.faults.add(forbiddenRead(), { method: 'GET', path: `/${w.fake.page.id}/feed` });
    await expect(w.facebook.verify(account, w.post('Hello'), null)).resolves.toMatchObject({
      status: 'cannot-tell',
      reason: {
        key: 'connectors.facebook.cannotTell.readRefused',
        params: { page: account.handle },
        message: expect.stringContaining('does not let Cadence read your Page'),
      },
    });
    const reply = w.post('Thanks', { replyTo: { parent: { id: '1' }, root: { id: '1' } } });
    await expect(w.facebook.verify(account, reply, null)).resolves.toMatchObject({ status: 'cannot-tell' });
  });
});

/** Meta's answer to a read the token lacks the permission for. */
function forbiddenRead(): MetaFault {
  return {
    kind: 'graph-error',
    error: {
      message: '(#200) Requires pages_read_engagement permission to manage the object',
      type: 'OAuthException',
      code: 200,
    },
  };
}

const LOST: Array<[string, TransportFault]> = [
  ['the socket is cut', { kind: 'drop-after-handling' }],
  ['a gateway answers 502', { kind: 'bad-gateway-after-handling' }],
  ['the socket is cut after a wait', { kind: 'drop-after-wait', waitMs: 500 }],
];

describe('Facebook through the real outbox, when the answer to a post is lost', () => {
  it.each(LOST)('posts exactly once over an hour when %s (with photos)', async (_case, fault) => {
    const w = await world();
    const core = await startMetaCore(w, 'facebook');
    cleanups.push(core.dispose);
    const { t, channelId } = core;
    w.fake.transport.add(fault, { method: 'POST', path: `/${w.fake.page.id}/feed` });
    const post = await draftWithPhotos(t, channelId, `Soup of the day (${fault.kind})`, 2);
    await t.call('posts.publishNow', { id: post.id });
    await t.runFor(HOUR);

    const targetId = (await t.call('posts.get', { id: post.id })).targets[0]!.id;
    expect([...w.fake.world.posts.values()].map((p) => p.message)).toEqual([
      `Soup of the day (${fault.kind})`,
    ]);
    expect(w.requests('POST', `/${w.fake.page.id}/feed`)).toHaveLength(1);
    expect(attemptRows(t, targetId)[0]!.outcome).toBe('unknown');
    expect(targetRow(t, targetId)).toMatchObject({
      state: 'published',
      remote_id: [...w.fake.world.posts.keys()][0],
    });
    expect(t.notifier.notices.filter((n) => n.kind === 'failure')).toEqual([]);
    expect(w.fake.violations).toEqual([]);
  });

  it('sends nothing more and asks the owner when the Page may not be read back', async () => {
    const w = await world();
    const core = await startMetaCore(w, 'facebook');
    cleanups.push(core.dispose);
    const { t, channelId } = core;
    w.fake.transport.add(
      { kind: 'drop-after-handling' },
      { method: 'POST', path: `/${w.fake.page.id}/feed` },
    );
    w.fake.faults.add(forbiddenRead(), { method: 'GET', path: `/${w.fake.page.id}/feed`, times: 100 });
    const post = await t.call('posts.create', { body: 'Soup of the day', channelIds: [channelId] });
    await t.call('posts.publishNow', { id: post.id });
    await t.runFor(HOUR);

    const targetId = (await t.call('posts.get', { id: post.id })).targets[0]!.id;
    expect(w.fake.world.posts.size).toBe(1);
    expect(w.requests('POST', `/${w.fake.page.id}/feed`)).toHaveLength(1);
    expect(targetRow(t, targetId)).toMatchObject({ state: 'unknown', next_attempt_at: null });
    expect(t.notifier.notices.at(-1)).toMatchObject({
      kind: 'failure',
      title: 'Facebook: a post needs you',
      body: expect.stringContaining('does not let Cadence read'),
    });
  });
});
