// The Threads connector against the fake Threads: text posts, replies, photos through the
// connected Facebook Page (uploaded unpublished, downloaded by Threads, removed after),
// carousels, container polls on the injected clock, the profile with its follower count, and
// the 60-day token renewed ahead of its end.
import { describe, expect, it, onTestFinished } from 'vitest';
import { threadsConnector } from '../../src-main/core/connectors/threads/threads-connector';
import { say } from '../../src-main/shared/messages/owner-message';
import { OwnAppKeychain } from '../support/own-app-keychain';
import { jpeg, startThreadsWorld, THREADS_START, type ThreadsWorld } from '../support/threads-world';
import { DAY } from '../support/time';

async function world(options?: Parameters<typeof startThreadsWorld>[0]) {
  const w = await startThreadsWorld(options);
  onTestFinished(() => w.dispose());
  return { t: w, keychain: await w.connect() };
}

const publishedTexts = (t: ThreadsWorld) => t.fake.world.posts.map((post) => post.text);

describe('publishing to Threads', () => {
  it('posts text as a TEXT container, checks it is FINISHED, publishes it and links the permalink', async () => {
    const { t, keychain } = await world();
    const published = await t.threads.publish(keychain.resolve(), t.post('Fresh sourdough at 8'));

    const [post] = t.fake.world.posts;
    expect(post).toMatchObject({ text: 'Fresh sourdough at 8', mediaType: 'TEXT_POST' });
    expect(published).toEqual({
      remoteId: post!.id,
      remoteUrl: `https://www.threads.net/@cadencebakery/post/${post!.shortcode}`,
    });
    const userId = t.fake.world.profile.id;
    const writes = t.fake.calls
      .filter((call) => call.method === 'POST')
      .map((call) => [call.path, call.body]);
    expect(writes.slice(-2)).toEqual([
      [`/v1.0/${userId}/threads`, { media_type: 'TEXT', text: 'Fresh sourdough at 8' }],
      [`/v1.0/${userId}/threads_publish`, { creation_id: expect.stringMatching(/^\d+$/) }],
    ]);
    // The token rides in the Authorization header, never in an address.
    const apiCalls = t.fake.calls.filter((call) => call.path.startsWith('/v1.0/'));
    expect(apiCalls.every((call) => call.headers.authorization?.startsWith('Bearer THAA'))).toBe(true);
    expect(apiCalls.every((call) => !('access_token' in call.query))).toBe(true);
    expect(t.fake.violations).toEqual([]);
  });

  it('answers a post with reply_to_id', async () => {
    const { t, keychain } = await world();
    const first = await t.threads.publish(keychain.resolve(), t.post('Soup today'));
    const parent = { id: first.remoteId };
    await t.threads.publish(
      keychain.resolve(),
      t.post('Tomato, since you asked', { replyTo: { parent, root: parent } }),
    );
    expect(t.fake.world.posts[1]).toMatchObject({
      text: 'Tomato, since you asked',
      replyToId: first.remoteId,
    });
    expect(t.fake.violations).toEqual([]);
  });

  it('posts a photo with its description through the Facebook Page, waiting while Threads prepares it', async () => {
    const { t, keychain } = await world({ facebookPage: true, fake: { settings: { containerPolls: 2 } } });
    const photo = await jpeg('rye.jpg', 'A dark rye loaf');
    await t.withTimePassing(() =>
      t.threads.publish(keychain.resolve(), t.post('Rye is back', { images: [photo] })),
    );

    expect(t.fake.world.posts).toEqual([
      expect.objectContaining({ text: 'Rye is back', mediaType: 'IMAGE' }),
    ]);
    const container = t.fake.calls.find((call) => call.method === 'POST' && call.path.endsWith('/threads'));
    expect(container!.body).toEqual({
      media_type: 'IMAGE',
      image_url: expect.stringMatching(new RegExp(`^${t.meta!.url}/cdn/`)),
      alt_text: 'A dark rye loaf',
      text: 'Rye is back',
    });
    const polls = t.fake.calls.filter(
      (call) => call.method === 'GET' && call.query.fields === 'status,error_message',
    );
    expect(polls).toHaveLength(3);
    // Two pauses on the injected clock: one second, then two.
    expect(t.clock.now()).toBe(THREADS_START + 3_000);
    // Uploaded to the Page unpublished, and gone from it once Threads has it.
    const upload = t.meta!.calls.find((call) => call.method === 'POST' && call.path.endsWith('/photos'));
    expect(upload!.body).toMatchObject({ published: 'false', source: { filename: 'rye.jpg' } });
    expect(t.meta!.calls.filter((call) => call.method === 'DELETE')).toHaveLength(1);
    expect(t.meta!.world.photos.size).toBe(0);
    expect(t.fake.violations).toEqual([]);
    expect(t.meta!.violations).toEqual([]);
  });

  it('posts several photos as a carousel of finished items', async () => {
    const { t, keychain } = await world({ facebookPage: true });
    const images = [await jpeg('a.jpg'), await jpeg('b.jpg', 'Buns'), await jpeg('c.jpg')];
    await t.withTimePassing(() => t.threads.publish(keychain.resolve(), t.post('Three bakes', { images })));

    expect(t.fake.world.posts).toEqual([
      expect.objectContaining({ text: 'Three bakes', mediaType: 'CAROUSEL_ALBUM' }),
    ]);
    const containers = t.fake.calls.filter(
      (call) => call.method === 'POST' && call.path.endsWith('/threads'),
    );
    expect(containers.map((call) => call.body)).toEqual([
      { media_type: 'IMAGE', image_url: expect.any(String), is_carousel_item: 'true' },
      { media_type: 'IMAGE', image_url: expect.any(String), is_carousel_item: 'true', alt_text: 'Buns' },
      { media_type: 'IMAGE', image_url: expect.any(String), is_carousel_item: 'true' },
      { media_type: 'CAROUSEL', children: expect.stringMatching(/^\d+,\d+,\d+$/), text: 'Three bakes' },
    ]);
    expect(t.meta!.world.photos.size).toBe(0);
    expect(t.fake.violations).toEqual([]);
  });

  it('without a connected Facebook Page, says photos need one and sends nothing', async () => {
    const { t, keychain } = await world();
    const requestsSoFar = t.fake.requests.length;
    await expect(
      t.threads.publish(keychain.resolve(), t.post('Cake', { images: [await jpeg('cake.jpg')] })),
    ).rejects.toMatchObject({
      kind: 'config',
      owner: { key: 'connectors.threads.imagesNeedAPage' },
      message: say('connectors.threads.imagesNeedAPage').message,
    });
    expect(t.fake.requests.length).toBe(requestsSoFar);
  });

  it('a photo Threads cannot download (the owner’s localhost) is refused in plain words, with no post', async () => {
    const { t, keychain } = await world();
    const localhost = threadsConnector(t.ctx, {
      imageHost: async () => ({
        where: 'this computer',
        host: async () => 'http://localhost:5174/media/cake.jpg',
        removeAll: async () => {},
      }),
      containerWait: { firstPollMs: 1_000, maxPollMs: 1_000, maxWaitMs: 10_000 },
    });
    const images = [await jpeg('cake.jpg')];
    const sending = t.withTimePassing(() =>
      localhost.publish(keychain.resolve(), t.post('Cake', { images })),
    );
    await expect(sending).rejects.toMatchObject({
      kind: 'rejected',
      message:
        'Threads could not prepare the post (UNKNOWN). If it has photos, try other photos (JPEG or PNG); then publish again.',
    });
    expect(t.fake.world.posts).toEqual([]);
    expect(t.requests('POST', /threads_publish$/)).toEqual([]);
  });

  it('gives up waiting for a container after its bound, retryably, without publishing', async () => {
    const { t, keychain } = await world({
      facebookPage: true,
      fake: { settings: { containerPolls: 1_000 } },
    });
    const images = [await jpeg('slow.jpg')];
    const sending = t.withTimePassing(() =>
      t.threads.publish(keychain.resolve(), t.post('Slow', { images })),
    );
    await expect(sending).rejects.toMatchObject({
      kind: 'server',
      message: 'Threads is still preparing the post. Cadence will try again shortly.',
    });
    expect(t.clock.now() - THREADS_START).toBeLessThanOrEqual(30_000);
    expect(t.requests('POST', /threads_publish$/)).toEqual([]);
    expect(t.meta!.world.photos.size).toBe(0);
  });

  it('reads the profile with followers_count, and null where insights are not allowed', async () => {
    const { t, keychain } = await world();
    await expect(t.threads.profile(keychain.resolve())).resolves.toMatchObject({
      handle: '@cadencebakery',
      followersCount: 432,
    });
    const limited = new OwnAppKeychain(
      'threads',
      {
        ...keychain.connection,
        secret: JSON.stringify({
          accessToken: t.fake.issueToken(['threads_basic', 'threads_content_publish']),
          issuedAt: THREADS_START,
          expiresAt: THREADS_START + 60 * DAY,
        }),
      },
      t.app,
    );
    await expect(t.threads.profile(limited.resolve())).resolves.toMatchObject({ followersCount: null });
    expect(t.fake.violations).toEqual([]);
  });
});

describe('keeping the Threads sign-in alive', () => {
  it('refresh() keeps a token under a day old, renews an older one for 60 days and saves it', async () => {
    const { t, keychain } = await world();
    const first = keychain.stored.accessToken;
    const young = await t.threads.refresh!(keychain.resolve());
    expect(JSON.parse(young.secret)).toMatchObject({ accessToken: first });
    expect(t.requests('GET', '/refresh_access_token')).toEqual([]);

    t.clock.advance(2 * DAY);
    const renewed = await t.threads.refresh!(keychain.resolve());
    const token = JSON.parse(renewed.secret) as { accessToken: string };
    expect(token.accessToken).not.toBe(first);
    expect(renewed.expiry).toEqual({ accessExpiresAt: THREADS_START + 62 * DAY, refreshExpiresAt: null });
    expect(keychain.secret).toBe(renewed.secret);
    expect(t.requests('GET', '/refresh_access_token')).toHaveLength(1);
    expect(t.fake.violations).toEqual([]);
  });

  it('renews while publishing once a week is left, saves the new token first, once for posts sent together', async () => {
    const { t, keychain } = await world();
    t.clock.advance(54 * DAY);
    const account = keychain.resolve();
    await Promise.all([t.threads.publish(account, t.post('One')), t.threads.publish(account, t.post('Two'))]);

    expect(t.requests('GET', '/refresh_access_token')).toHaveLength(1);
    expect(keychain.saves).toHaveLength(1);
    expect(keychain.expiry.accessExpiresAt).toBe(THREADS_START + 114 * DAY);
    const renewed = keychain.stored.accessToken;
    const posts = t.fake.calls.filter((call) => call.method === 'POST' && call.path.endsWith('/threads'));
    expect(posts.map((call) => call.headers.authorization)).toEqual([
      `Bearer ${renewed}`,
      `Bearer ${renewed}`,
    ]);
    expect(publishedTexts(t).sort()).toEqual(['One', 'Two']);
    expect(t.fake.violations).toEqual([]);
  });

  it('asks to reconnect once the token has ended, without calling Threads', async () => {
    const { t, keychain } = await world();
    t.clock.advance(61 * DAY);
    const requestsSoFar = t.fake.requests.length;
    await expect(t.threads.publish(keychain.resolve(), t.post('Late'))).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringMatching(
        /^Cadence's sign-in to Threads ended on .+\. Reconnect Threads in Settings\.$/,
      ),
    });
    await expect(t.threads.refresh!(keychain.resolve())).rejects.toMatchObject({ kind: 'auth' });
    expect(t.fake.requests.length).toBe(requestsSoFar);
  });

  it('a refused renewal asks to reconnect', async () => {
    const { t, keychain } = await world();
    t.clock.advance(2 * DAY);
    t.fake.oauth.tokens.get(keychain.stored.accessToken as string)!.longLived = false;
    await expect(t.threads.refresh!(keychain.resolve())).rejects.toMatchObject({
      kind: 'auth',
      message:
        "Threads ended Cadence's sign-in: it refused to renew it (“Error validating access token: Session has expired.”). Reconnect Threads in Settings.",
    });
  });
});
