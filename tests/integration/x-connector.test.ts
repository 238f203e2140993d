// Publishing to X through the connector against the schema-checked fake X: text, photos with
// alt text (waiting while X processes them), replies, and the two-hour access tokens renewed
// with X's rotating refresh tokens — saved before use, once per channel however many posts
// wait for the renewal, and never again with a refresh token already spent.
import sharp from 'sharp';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { OutgoingImage } from '../../src-main/core/connectors/connector';
import { HOUR, MINUTE } from '../support/time';
import { grants, startXWorld, X_START, type XWorld } from '../support/x-world';

async function world(options?: Parameters<typeof startXWorld>[0]) {
  const w = await startXWorld(options);
  onTestFinished(() => w.dispose());
  return { x: w, keychain: await w.connect() };
}

async function photo(fileName: string, altText: string, background = '#fab005'): Promise<OutgoingImage> {
  const bytes = await sharp({ create: { width: 8, height: 6, channels: 3, background } })
    .png()
    .toBuffer();
  return { bytes, mimeType: 'image/png', altText, fileName };
}

/** What the fake's token endpoint would answer to a refresh token now. */
async function refreshWith(x: XWorld, refreshToken: string): Promise<number> {
  const response = await fetch(x.fake.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: x.app.clientId,
    }).toString(),
  });
  return response.status;
}

describe('publishing to X', () => {
  it('posts text and links it on x.com', async () => {
    const { x, keychain } = await world();
    const published = await x.x.publish(keychain.resolve(), x.post('Lemon cake is back'));
    const [made] = x.fake.posts;
    expect(made).toMatchObject({ text: 'Lemon cake is back', mediaKeys: [] });
    expect(published).toEqual({
      remoteId: made!.id,
      remoteUrl: `https://x.com/cadencebakery/status/${made!.id}`,
    });
    expect(x.fake.violations).toEqual([]);
  });

  it('uploads each photo, waits while X processes it, sets its alt text, then posts them together', async () => {
    const { x, keychain } = await world({ fake: { config: { mediaProcessingPolls: 2 } } });
    const images = [await photo('cake.png', 'A lemon cake'), await photo('tart.png', '', '#228be6')];
    await x.x.publish(keychain.resolve(), x.post('Two new bakes', { images }));

    const [made] = x.fake.posts;
    const media = made!.mediaKeys.map((key) => x.fake.store.media.get(key.replace(/^3_/, ''))!);
    expect(media.map((m) => [m.mimeType, m.altText, m.attachedTo])).toEqual([
      ['image/png', 'A lemon cake', made!.id],
      ['image/png', undefined, made!.id],
    ]);
    expect(x.requests('POST', '/2/media/upload')).toHaveLength(2);
    // Two "in progress" answers, then "succeeded", for each photo.
    expect(x.requests('GET', '/2/media/upload')).toHaveLength(6);
    // Only the described photo gets metadata.
    expect(x.requests('POST', '/2/media/metadata')).toHaveLength(1);
    expect(x.fake.violations).toEqual([]);
  });

  it('answers a post as a reply to it', async () => {
    const { x, keychain } = await world();
    const account = keychain.resolve();
    const first = await x.x.publish(account, x.post('Open late on Friday'));
    const parent = { id: first.remoteId };
    await x.x.publish(account, x.post('Until 10 pm', { replyTo: { parent, root: parent } }));
    expect(x.fake.posts.map((p) => [p.text, p.inReplyToId])).toEqual([
      ['Open late on Friday', undefined],
      ['Until 10 pm', first.remoteId],
    ]);
    expect(x.fake.violations).toEqual([]);
  });

  it('reads the profile with the follower count for Insights and "Test connection"', async () => {
    const { x, keychain } = await world();
    x.fake.owner.followersCount = 1500;
    expect(await x.x.test(keychain.resolve())).toMatchObject({
      handle: '@cadencebakery',
      followersCount: 1500,
    });
    expect(await x.x.profile(keychain.resolve())).toMatchObject({ followersCount: 1500 });
  });
});

describe('renewing the two-hour sign-in', () => {
  it('renews a token about to end before posting, saves the new pair first, and the old refresh token is spent', async () => {
    const { x, keychain } = await world();
    const before = keychain.tokens;
    x.clock.set(X_START + 2 * HOUR - 2 * MINUTE);
    await x.x.publish(keychain.resolve(), x.post('Fresh bread at 7'));

    expect(grants(x)).toEqual(['authorization_code', 'refresh_token']);
    const [saved] = keychain.saves;
    expect(keychain.tokens.refreshToken).not.toBe(before.refreshToken);
    expect(keychain.expiry).toEqual({ accessExpiresAt: x.clock.now() + 2 * HOUR, refreshExpiresAt: null });
    // Saved before the post went out with the new token.
    const postIndex = x.fake.requests.findIndex((r) => r.method === 'POST' && r.path === '/2/tweets');
    expect(saved!.requestsSoFar).toBeLessThanOrEqual(postIndex);
    expect(x.requests('POST', '/2/tweets')[0]!.headers.authorization).toBe(
      `Bearer ${keychain.tokens.accessToken}`,
    );
    expect(await refreshWith(x, before.refreshToken)).toBe(400);
    expect(x.fake.violations).toEqual([]);
  });

  it('renews once for posts sent together, and a caller holding the spent pair uses its successor', async () => {
    const { x, keychain } = await world();
    x.clock.set(X_START + 2 * HOUR - MINUTE);
    const stale = keychain.resolve();
    await Promise.all(
      ['Rye', 'Spelt', 'Sourdough'].map((bread) => x.x.publish(keychain.resolve(), x.post(`${bread} today`))),
    );
    expect(grants(x)).toEqual(['authorization_code', 'refresh_token']);
    // The account read before the renewal still names the spent refresh token.
    await x.x.publish(stale, x.post('Baguettes too'));
    expect(grants(x)).toEqual(['authorization_code', 'refresh_token']);
    expect(new Set(keychain.saves.map((s) => s.secret)).size).toBe(1);
    expect(x.fake.posts).toHaveLength(4);
    expect(x.fake.violations).toEqual([]);
  });

  it('says a lost answer to a renewal in keyed words and tries again, with no post made', async () => {
    const { x, keychain } = await world();
    x.clock.set(X_START + 2 * HOUR - 2 * MINUTE);
    x.fake.transport.add({ kind: 'drop-after-handling' }, { method: 'POST', path: '/2/oauth2/token' });
    const failure = await x.x
      .publish(keychain.resolve(), x.post('Fresh bread at 7'))
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({
      kind: 'server',
      message: expect.stringMatching(
        /^The connection to X broke before it answered \(.+\)\. That was while Cadence renewed its sign-in to X, so Cadence will try again\.$/,
      ),
      owner: { key: 'connectors.common.connectionBroke' },
      followedBy: [{ key: 'connectors.x.renewalUnanswered' }],
    });
    expect(x.fake.posts).toEqual([]);
  });

  it('renews once when X refuses a token whose end Cadence did not know, then posts', async () => {
    const { x, keychain } = await world();
    keychain.expiry = { accessExpiresAt: null, refreshExpiresAt: null };
    x.fake.expireAccessTokens();
    await x.x.publish(keychain.resolve(), x.post('Croissants'));
    expect(grants(x)).toEqual(['authorization_code', 'refresh_token']);
    expect(x.requests('POST', '/2/tweets').map((r) => r.headers.authorization)).toHaveLength(2);
    expect(x.fake.posts.map((p) => p.text)).toEqual(['Croissants']);
  });

  it('refresh() renews ahead of time with the confidential client’s Basic credentials', async () => {
    const { x, keychain } = await world({ clientSecret: 'web-app-secret' });
    const renewed = await x.x.refresh!(keychain.resolve());
    expect(JSON.parse(renewed.secret)).toEqual(keychain.tokens);
    expect(renewed.expiry).toEqual({ accessExpiresAt: X_START + 2 * HOUR, refreshExpiresAt: null });
    const renewal = x.requests('POST', '/2/oauth2/token').at(-1)!;
    expect(renewal.headers.authorization).toMatch(/^Basic /);
    expect(x.fake.violations).toEqual([]);
  });

  it('asks the owner to reconnect when X refuses the refresh token', async () => {
    const { x, keychain } = await world();
    x.fake.oauth.refreshTokens.clear();
    x.clock.set(X_START + 2 * HOUR);
    await expect(x.x.publish(keychain.resolve(), x.post('Scones'))).rejects.toMatchObject({
      kind: 'auth',
      message:
        "X ended Cadence's sign-in: it refused to renew it (“Value passed for the token was invalid.”). Reconnect X in Settings.",
    });
    expect(x.fake.posts).toEqual([]);
  });

  it('asks for the app’s Client ID when the keychain lost it', async () => {
    const { x, keychain } = await world();
    keychain.app = null;
    x.clock.set(X_START + 2 * HOUR);
    await expect(x.x.publish(keychain.resolve(), x.post('Muffins'))).rejects.toMatchObject({ kind: 'auth' });
    expect(grants(x)).toEqual(['authorization_code']);
  });
});
