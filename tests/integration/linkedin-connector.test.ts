// The LinkedIn connector against the fake LinkedIn: posts as the member and as a Page, the
// commentary in little text format, photos through the Images API (one as media, several as
// multiImage), the pinned LinkedIn-Version on every /rest call, profiles, and the 60-day token
// renewed with the refresh token where LinkedIn gives one, or a date to reconnect by.
import { describe, expect, it, onTestFinished } from 'vitest';
import { LINKEDIN_API_VERSION } from '../../src-main/core/connectors/linkedin/linkedin-version';
import { grants, LINKEDIN_START, startLinkedInWorld, type LinkedInWorld } from '../support/linkedin-world';
import { jpeg } from '../support/threads-world';
import { DAY } from '../support/time';

/** "Tue, Dec 9": a day as the English catalog writes {{end, day}}, in this computer's zone. */
function dayOf(ms: number): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', day: 'numeric', month: 'short' }).format(ms);
}

async function world(options?: Parameters<typeof startLinkedInWorld>[0]) {
  const w = await startLinkedInWorld(options);
  onTestFinished(() => w.dispose());
  return w;
}

const postsSent = (l: LinkedInWorld) =>
  l.fake.calls.filter((call) => call.method === 'POST' && call.path === '/rest/posts');

describe('publishing to LinkedIn', () => {
  it('posts as the member, the commentary escaped as little text, with the pinned version', async () => {
    const l = await world();
    const keychain = await l.connect();
    const published = await l.linkedin.publish(
      keychain.resolve(),
      l.post('Fresh (sourdough) at 8 — ask @Rosa! #bakery #SmallBusiness'),
    );

    const [post] = l.fake.world.posts;
    expect(published).toEqual({
      remoteId: post!.id,
      remoteUrl: `https://www.linkedin.com/feed/update/${post!.id}/`,
    });
    const [sent] = postsSent(l);
    expect(sent!.body).toEqual({
      author: l.fake.memberUrn,
      commentary: 'Fresh \\(sourdough\\) at 8 — ask \\@Rosa! #bakery #SmallBusiness',
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
    });
    const rest = l.fake.calls.filter((call) => call.path.startsWith('/rest/'));
    expect(rest.every((call) => call.headers['linkedin-version'] === LINKEDIN_API_VERSION)).toBe(true);
    expect(rest.every((call) => call.headers['x-restli-protocol-version'] === '2.0.0')).toBe(true);
    expect(l.fake.violations).toEqual([]);
  });

  it('posts a photo with its description as the Page: initializeUpload, the bytes, AVAILABLE, then content.media', async () => {
    const l = await world();
    const keychain = await l.connectPage();
    const photo = await jpeg('loaf.jpg', 'A loaf on the counter');
    await l.withTimePassing(() =>
      l.linkedin.publish(keychain.resolve(), l.post('New loaf', { images: [photo] })),
    );

    const org = 'urn:li:organization:5515715';
    const init = l.fake.calls.find((call) => call.method === 'POST' && call.path === '/rest/images')!;
    expect(init.query).toEqual({ action: 'initializeUpload' });
    expect(init.body).toEqual({ initializeUploadRequest: { owner: org } });
    const [image] = [...l.fake.world.images.values()];
    expect(Buffer.compare(image!.bytes!, Buffer.from(photo.bytes))).toBe(0);
    expect(postsSent(l)[0]!.body).toMatchObject({
      author: org,
      commentary: 'New loaf',
      content: { media: { id: image!.id, altText: 'A loaf on the counter' } },
    });
    expect(l.fake.violations).toEqual([]);
  });

  it('posts several photos as multiImage', async () => {
    const l = await world();
    const keychain = await l.connect();
    const images = [await jpeg('a.jpg', 'Buns'), await jpeg('b.jpg'), await jpeg('c.jpg')];
    await l.withTimePassing(() => l.linkedin.publish(keychain.resolve(), l.post('Three bakes', { images })));
    const ids = [...l.fake.world.images.values()].map((image) => image.id);
    expect(postsSent(l)[0]!.body).toMatchObject({
      content: { multiImage: { images: [{ id: ids[0], altText: 'Buns' }, { id: ids[1] }, { id: ids[2] }] } },
    });
    expect(l.fake.violations).toEqual([]);
  });

  it('does not answer comments, and says so', async () => {
    const l = await world();
    const keychain = await l.connect();
    const parent = { id: 'urn:li:share:1' };
    await expect(
      l.linkedin.publish(keychain.resolve(), l.post('Thanks!', { replyTo: { parent, root: parent } })),
    ).rejects.toMatchObject({ kind: 'config' });
    expect(postsSent(l)).toEqual([]);
  });

  it('reads the member (no follower count in LinkedIn’s API) and the Page with its followers', async () => {
    const l = await world();
    await expect(l.linkedin.profile((await l.connect()).resolve())).resolves.toMatchObject({
      handle: 'Ada Baker',
      followersCount: null,
    });
    await expect(l.linkedin.profile((await l.connectPage()).resolve())).resolves.toMatchObject({
      handle: 'Cadence Bakery',
      followersCount: 389,
    });
    expect(l.fake.violations).toEqual([]);
  });
});

describe('keeping the LinkedIn sign-in alive', () => {
  it('refresh() renews the access token for 60 days; the refresh token keeps its end', async () => {
    const l = await world();
    const keychain = await l.connect();
    const before = keychain.stored;
    l.clock.advance(50 * DAY);
    const renewed = await l.linkedin.refresh!(keychain.resolve());
    const tokens = JSON.parse(renewed.secret) as Record<string, unknown>;
    expect(tokens.accessToken).not.toBe(before.accessToken);
    expect(tokens.refreshToken).toBe(before.refreshToken);
    // Saved before anyone uses it, as well as handed back to the caller.
    expect(keychain.secret).toBe(renewed.secret);
    expect(renewed.expiry).toEqual({
      accessExpiresAt: LINKEDIN_START + 110 * DAY,
      refreshExpiresAt: LINKEDIN_START + 365 * DAY,
    });
    expect(l.fake.oauth.tokens.has(tokens.accessToken as string)).toBe(true);
    expect(l.fake.violations).toEqual([]);
  });

  it('without a refresh token, refresh() says by when to reconnect', async () => {
    const l = await world({ fake: { app: { refreshTokens: false } } });
    const keychain = await l.connect();
    const day = dayOf(LINKEDIN_START + 60 * DAY);
    await expect(l.linkedin.refresh!(keychain.resolve())).rejects.toMatchObject({
      kind: 'auth',
      message: `LinkedIn does not let Cadence renew its sign-in for your app, and it ends on ${day}. Reconnect LinkedIn before ${day}.`,
    });
    expect(day).toMatch(/^[A-Z][a-z]{2}, [A-Z][a-z]{2} \d{1,2}$/);
  });

  it('renews while publishing once a week is left, saves it first, once for posts sent together', async () => {
    const l = await world();
    const keychain = await l.connect();
    l.clock.advance(54 * DAY);
    const account = keychain.resolve();
    await Promise.all([
      l.linkedin.publish(account, l.post('One')),
      l.linkedin.publish(account, l.post('Two')),
    ]);

    expect(grants(l)).toEqual(['authorization_code', 'refresh_token']);
    expect(keychain.saves).toHaveLength(1);
    expect(keychain.expiry).toEqual({
      accessExpiresAt: LINKEDIN_START + 114 * DAY,
      refreshExpiresAt: LINKEDIN_START + 365 * DAY,
    });
    const renewed = keychain.stored.accessToken;
    expect(postsSent(l).map((call) => call.headers.authorization)).toEqual([
      `Bearer ${renewed}`,
      `Bearer ${renewed}`,
    ]);
    expect(l.fake.violations).toEqual([]);
  });

  it('a lost answer to a renewal keeps its keyed words and is retried, with no post made', async () => {
    const l = await world();
    const keychain = await l.connect();
    l.clock.advance(61 * DAY);
    l.fake.transport.add({ kind: 'drop-after-handling' }, { method: 'POST', path: '/oauth/v2/accessToken' });
    const failure = await l.linkedin.publish(keychain.resolve(), l.post('Soup')).catch((e: unknown) => e);
    expect(failure).toMatchObject({
      kind: 'server',
      message: expect.stringMatching(/^The connection to LinkedIn broke before it answered/),
      owner: { key: 'connectors.common.connectionBroke' },
    });
    expect(l.fake.world.posts).toEqual([]);
  });

  it('an access token LinkedIn calls expired is renewed once and the post goes out once', async () => {
    const l = await world();
    const keychain = await l.connect();
    l.fake.faults.add({ kind: 'expired-token' }, { method: 'POST', path: '/rest/posts' });
    await l.linkedin.publish(keychain.resolve(), l.post('Soup'));
    expect(grants(l)).toEqual(['authorization_code', 'refresh_token']);
    expect(l.fake.world.posts).toHaveLength(1);
  });

  it('after 60 days without a refresh token, asks to reconnect without calling LinkedIn', async () => {
    const l = await world({ fake: { app: { refreshTokens: false } } });
    const keychain = await l.connect();
    l.clock.advance(61 * DAY);
    const requestsSoFar = l.fake.requests.length;
    await expect(l.linkedin.publish(keychain.resolve(), l.post('Late'))).rejects.toMatchObject({
      kind: 'auth',
      message: `LinkedIn's 60-day sign-in for Cadence ended on ${dayOf(LINKEDIN_START + 60 * DAY)}. Reconnect LinkedIn in Settings.`,
    });
    expect(l.fake.requests.length).toBe(requestsSoFar);
  });

  it('a refused renewal asks to reconnect', async () => {
    const l = await world();
    const keychain = await l.connect();
    l.fake.oauth.refreshTokens.clear();
    l.clock.advance(50 * DAY);
    await expect(l.linkedin.refresh!(keychain.resolve())).rejects.toMatchObject({
      kind: 'auth',
      message:
        "LinkedIn refused to renew Cadence's sign-in (“The provided refresh token is invalid”). Reconnect LinkedIn in Settings.",
    });
  });
});
