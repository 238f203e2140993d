// LinkedIn's refusals as the owner reads them, against the fake LinkedIn: a retired API version
// (426 NONEXISTENT_VERSION, Postiz #2005) said exactly, 401 reconnect, 403 naming the missing
// permission and the product that grants it, 422 in LinkedIn's words, 429 waiting for LinkedIn's
// midnight UTC, and 5xx unknown after a post but retried before it.
import { describe, expect, it, onTestFinished } from 'vitest';
import { LINKEDIN_API_VERSION } from '../../src-main/core/connectors/linkedin/linkedin-version';
import { OwnAppKeychain } from '../support/own-app-keychain';
import { LINKEDIN_START, startLinkedInWorld, type LinkedInWorld } from '../support/linkedin-world';
import { jpeg } from '../support/threads-world';
import { DAY } from '../support/time';

async function world(options?: Parameters<typeof startLinkedInWorld>[0]) {
  const w = await startLinkedInWorld(options);
  onTestFinished(() => w.dispose());
  return { l: w, keychain: await w.connect() };
}

const POSTS = { method: 'POST', path: '/rest/posts' };

/** The member's channel with a token LinkedIn granted only `scopes`. */
function limitedTo(
  l: LinkedInWorld,
  keychain: OwnAppKeychain,
  scopes: string[],
  page = false,
): OwnAppKeychain {
  const profile = page
    ? { ...keychain.connection.profile, remoteAccountId: 'urn:li:organization:5515715' }
    : keychain.connection.profile;
  return new OwnAppKeychain(
    'linkedin',
    {
      ...keychain.connection,
      profile,
      secret: JSON.stringify({
        accessToken: l.fake.issueToken(scopes),
        accessExpiresAt: LINKEDIN_START + 60 * DAY,
        scope: scopes.join(','),
      }),
    },
    l.app,
  );
}

describe('LinkedIn refusals in plain words', () => {
  it('426 NONEXISTENT_VERSION: says LinkedIn retired the version Cadence uses, and to update Cadence', async () => {
    const versions = [LINKEDIN_API_VERSION];
    const { l, keychain } = await world({ fake: { activeVersions: versions } });
    // A year on, LinkedIn has moved on: only a later version is still served.
    versions.splice(0, 1, '202706');
    await expect(l.linkedin.publish(keychain.resolve(), l.post('Soup'))).rejects.toMatchObject({
      kind: 'config',
      message: `LinkedIn retired the API version Cadence uses (${LINKEDIN_API_VERSION}). Update Cadence.`,
      details: { httpStatus: 426, serverAnswer: `Requested version ${LINKEDIN_API_VERSION}01 is not active` },
    });
    expect(l.fake.world.posts).toEqual([]);
    // Signing in again reads the Pages through /rest too, and says the same.
    await expect(l.signIn()).rejects.toThrow(
      `LinkedIn retired the API version Cadence uses (${LINKEDIN_API_VERSION}).`,
    );
  });

  it('401 revoked: Cadence’s access was withdrawn, so reconnect', async () => {
    const { l, keychain } = await world();
    l.fake.faults.add({ kind: 'revoked-token' }, POSTS);
    await expect(l.linkedin.publish(keychain.resolve(), l.post('Soup'))).rejects.toMatchObject({
      kind: 'auth',
      message:
        "Cadence's access to LinkedIn was withdrawn (“The token used in the request has been revoked by the user”). Reconnect LinkedIn in Settings.",
    });
  });

  it('401 expired without a refresh token: reconnect', async () => {
    const { l, keychain } = await world({ fake: { app: { refreshTokens: false } } });
    l.fake.faults.add({ kind: 'expired-token' }, POSTS);
    await expect(l.linkedin.publish(keychain.resolve(), l.post('Soup'))).rejects.toMatchObject({
      kind: 'auth',
      message:
        "LinkedIn's 60-day sign-in for Cadence has ended (“The token used in the request has expired”). Reconnect LinkedIn in Settings.",
    });
  });

  it('403: names the missing permission and the product that grants it, for the member and for a Page', async () => {
    const { l, keychain } = await world();
    const member = limitedTo(l, keychain, ['openid', 'profile']);
    await expect(l.linkedin.publish(member.resolve(), l.post('Soup'))).rejects.toMatchObject({
      kind: 'permission',
      message:
        "LinkedIn refused the post: Cadence's sign-in lacks the w_member_social permission (“Not enough permissions to access: partnerApiPostsExternal.CREATE”). In your LinkedIn app, add the “Share on LinkedIn” product, then reconnect LinkedIn in Settings.",
    });
    const page = limitedTo(l, keychain, ['openid', 'profile', 'w_member_social'], true);
    await expect(l.linkedin.publish(page.resolve(), l.post('Soup'))).rejects.toMatchObject({
      kind: 'permission',
      message: expect.stringContaining(
        'lacks the w_organization_social permission (“Not enough permissions to access: partnerApiPostsExternal.CREATE”). In your LinkedIn app, add the “Community Management API” product (and check that you are an administrator of the Page)',
      ),
    });
    expect(l.fake.violations).toEqual([]);
  });

  it('422: the post refused in LinkedIn’s own words', async () => {
    const { l, keychain } = await world();
    l.fake.faults.add({ kind: 'unprocessable' }, POSTS);
    await expect(l.linkedin.publish(keychain.resolve(), l.post('Soup'))).rejects.toMatchObject({
      kind: 'rejected',
      message:
        'LinkedIn refused the post (“ERROR :: /commentary :: Content is a duplicate”). Edit the post to fix that, then publish again.',
    });
  });

  it('429: waits until LinkedIn’s day ends at midnight UTC', async () => {
    const { l, keychain } = await world();
    l.fake.faults.add({ kind: 'rate-limited' }, POSTS);
    await expect(l.linkedin.publish(keychain.resolve(), l.post('Soup'))).rejects.toMatchObject({
      kind: 'rate-limited',
      message:
        "LinkedIn's daily limit for your app is used up (“Resource level throttle APPLICATION DAY limit for calls to this resource is reached.”); Cadence will try again after midnight UTC, in about 12 hours.",
      details: { httpStatus: 429, retryAt: Date.UTC(2026, 4, 21) },
    });
  });

  it('5xx: unknown after a post (it may have gone out); retried when only a photo was being uploaded', async () => {
    const { l, keychain } = await world();
    l.fake.faults.add({ kind: 'server-error', status: 503 }, POSTS);
    await expect(l.linkedin.publish(keychain.resolve(), l.post('Soup'))).rejects.toMatchObject({
      kind: 'unknown',
      details: { httpStatus: 503, serverAnswer: 'Service Unavailable' },
    });
    l.fake.faults.add({ kind: 'server-error' }, { method: 'POST', path: '/rest/images' });
    const images = [await jpeg('a.jpg')];
    await expect(l.linkedin.publish(keychain.resolve(), l.post('Pie', { images }))).rejects.toMatchObject({
      kind: 'server',
      message: expect.stringContaining('No post was made yet; Cadence will try again.'),
    });
    expect(l.fake.violations).toEqual([]);
  });

  it('a text over 3,000 characters as sent is refused by validate() before LinkedIn sees it', async () => {
    const { l } = await world();
    expect(l.linkedin.validate({ text: `${'a'.repeat(2_999)}_`, images: [] }, null)).toEqual([
      expect.objectContaining({ severity: 'error', code: 'text-too-long' }),
    ]);
    expect(l.linkedin.validate({ text: 'a'.repeat(3_000), images: [] }, null)).toEqual([]);
  });
});
