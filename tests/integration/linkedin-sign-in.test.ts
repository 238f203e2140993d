// Signing in to LinkedIn with the owner's own app against the fake LinkedIn: the authorization
// address carries the client id, the registered loopback redirect, Cadence's scopes and a
// state (and an S256 challenge for a native app, the only kind LinkedIn enables PKCE for); the
// granted scopes decide what can be connected: the member, and each Page they may post for.
import { describe, expect, it, onTestFinished } from 'vitest';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { LINKEDIN_REDIRECT_URI } from '../../src-main/core/connectors/linkedin/linkedin-endpoints';
import { linkedInGuide, LINKEDIN_SCOPES } from '../../src-main/shared/own-app-guides/linkedin';
import { CADENCE_LINKEDIN_SCOPES } from '../fakes/linkedin/linkedin-fake';
import { pkcePair } from '../fakes/oauth-kit';
import { grants, LINKEDIN_START, startLinkedInWorld, type LinkedInWorld } from '../support/linkedin-world';
import { DAY } from '../support/time';

async function world(options?: Parameters<typeof startLinkedInWorld>[0]) {
  const w = await startLinkedInWorld(options);
  onTestFinished(() => w.dispose());
  return w;
}

const tokenForm = (l: LinkedInWorld) =>
  Object.fromEntries(
    new URLSearchParams(l.requests('POST', '/oauth/v2/accessToken').at(-1)!.body.toString('utf8')),
  );

describe('signing in to LinkedIn with the owner’s app', () => {
  it('gives the member and the Page they run, with 60-day and 365-day expiries', async () => {
    const l = await world();
    const connections = await l.signIn();

    expect(connections.map((c) => c.profile)).toEqual([
      {
        handle: 'Ada Baker',
        displayName: 'Ada Baker',
        avatarUrl: `https://media.licdn.com/dms/image/${l.fake.world.member.id}/profile-displayphoto-shrink_100_100/0`,
        followersCount: null,
        remoteAccountId: l.fake.memberUrn,
      },
      {
        handle: 'Cadence Bakery',
        displayName: 'Cadence Bakery',
        avatarUrl: null,
        followersCount: 389,
        remoteAccountId: 'urn:li:organization:5515715',
      },
    ]);
    const secret = JSON.parse(connections[0]!.secret) as Record<string, unknown>;
    expect(secret).toEqual({
      accessToken: expect.any(String),
      accessExpiresAt: LINKEDIN_START + 60 * DAY,
      refreshToken: expect.any(String),
      refreshExpiresAt: LINKEDIN_START + 365 * DAY,
      scope: CADENCE_LINKEDIN_SCOPES.join(','),
    });
    expect(connections[1]!.secret).toBe(connections[0]!.secret);
    expect(connections[0]!.expiry).toEqual({
      accessExpiresAt: LINKEDIN_START + 60 * DAY,
      refreshExpiresAt: LINKEDIN_START + 365 * DAY,
    });
    // A standard app sends its secret, and no challenge LinkedIn did not enable for it.
    expect(tokenForm(l)).toEqual({
      grant_type: 'authorization_code',
      code: expect.any(String),
      redirect_uri: LINKEDIN_REDIRECT_URI,
      client_id: l.app.clientId,
      client_secret: l.app.clientSecret,
    });
    const authorize = l.fake.calls.find((call) => call.path === '/oauth/v2/authorization')!;
    expect(authorize.query).not.toHaveProperty('code_challenge');
    expect(authorize.query.scope).toBe(LINKEDIN_SCOPES.join(' '));
    expect(l.fake.violations).toEqual([]);
  });

  it('a native app without a secret signs in with PKCE (S256), and a wrong verifier is refused', async () => {
    const l = await world({ nativeApp: true });
    await expect(l.signIn()).resolves.toHaveLength(2);
    const form = tokenForm(l);
    expect(form.code_verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(form).not.toHaveProperty('client_secret');
    const authorize = l.fake.calls.find((call) => call.path === '/oauth/v2/authorization')!;
    expect(authorize.query).toMatchObject({
      code_challenge_method: 'S256',
      code_challenge: expect.any(String),
    });

    const pkce = pkcePair();
    const url = l.linkedin.ownApp!.authorizeUrl({
      app: l.app,
      redirectUri: LINKEDIN_REDIRECT_URI,
      state: 's2',
      codeChallenge: pkce.challenge,
    });
    const code = new URL(
      (await fetch(url, { redirect: 'manual' })).headers.get('location')!,
    ).searchParams.get('code')!;
    await expect(
      l.linkedin.ownApp!.finish({
        app: l.app,
        code,
        codeVerifier: pkcePair().verifier,
        redirectUri: LINKEDIN_REDIRECT_URI,
      }),
    ).rejects.toThrow(
      'LinkedIn did not finish the sign-in (“Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code”). Connect LinkedIn again.',
    );
    expect(l.fake.violations).toEqual([]);
  });

  it('without the Community Management API’s scopes gives the member only, and never asks for Pages', async () => {
    const l = await world();
    const connections = await l.signIn(['openid', 'profile', 'w_member_social']);
    expect(connections.map((c) => c.profile.remoteAccountId)).toEqual([l.fake.memberUrn]);
    expect(l.requests('GET', '/rest/organizationAcls')).toEqual([]);
  });

  it('with the Community Management API alone gives the Pages only', async () => {
    const l = await world();
    const connections = await l.signIn([
      'w_organization_social',
      'r_organization_social',
      'rw_organization_admin',
    ]);
    expect(connections.map((c) => c.profile.remoteAccountId)).toEqual(['urn:li:organization:5515715']);
    expect(l.requests('GET', '/v2/userinfo')).toEqual([]);
  });

  it('lists every Page the member may post for, each once, and leaves out those they only analyse', async () => {
    const l = await world({
      fake: {
        organizations: [
          { id: '101', name: 'Rosa’s Bakery', followers: 12, role: 'ADMINISTRATOR' },
          { id: '102', name: 'Rosa’s Café', followers: 7, role: 'CONTENT_ADMINISTRATOR' },
          { id: '103', name: 'Town Market', followers: 900, role: 'ANALYST' },
        ],
      },
    });
    const pages = (await l.signIn()).slice(1).map((c) => c.profile);
    expect(pages).toEqual([
      expect.objectContaining({
        handle: 'Rosa’s Bakery',
        followersCount: 12,
        remoteAccountId: 'urn:li:organization:101',
      }),
      // Only an ADMINISTRATOR may read the Page's name; a content admin's Page is named by its id.
      expect.objectContaining({ handle: 'LinkedIn Page 102', displayName: null, followersCount: 7 }),
    ]);
    expect(l.fake.violations).toEqual([]);
  });

  it('says which permissions are missing when nothing can be posted to', async () => {
    const l = await world();
    await expect(l.signIn(['openid', 'profile'])).rejects.toMatchObject({
      kind: 'permission',
      message: expect.stringContaining('(missing: w_member_social)'),
    });
  });

  it('keeps no refresh token where LinkedIn gives none', async () => {
    const l = await world({ fake: { app: { refreshTokens: false } } });
    const [member] = await l.signIn();
    expect(JSON.parse(member!.secret)).not.toHaveProperty('refreshToken');
    expect(member!.expiry).toEqual({ accessExpiresAt: LINKEDIN_START + 60 * DAY, refreshExpiresAt: null });
  });

  it('tests the app’s id and secret at the token endpoint, and a native app’s id by its shape', async () => {
    const l = await world();
    await expect(l.linkedin.ownApp!.testApp(l.app)).resolves.toBeUndefined();
    await expect(l.linkedin.ownApp!.testApp({ ...l.app, clientSecret: 'not-it' })).rejects.toThrow(
      "LinkedIn did not accept your app's Client ID and Secret (“Client authentication failed”).",
    );
    const requestsSoFar = l.fake.requests.length;
    await expect(
      l.linkedin.ownApp!.testApp({ clientId: l.app.clientId, clientSecret: null }),
    ).resolves.toBeUndefined();
    await expect(
      l.linkedin.ownApp!.testApp({ clientId: 'my app!', clientSecret: 'x' }),
    ).rejects.toBeInstanceOf(ConnectorError);
    expect(l.fake.requests.length).toBe(requestsSoFar);
    expect(grants(l)).toEqual(['refresh_token', 'refresh_token']);
    expect(l.fake.violations).toEqual([]);
  });

  it('gives the guide the exact redirect address the sign-in uses and the scopes it asks for', () => {
    expect(LINKEDIN_REDIRECT_URI).toBe('http://127.0.0.1:8734/oauth/callback');
    expect(linkedInGuide.redirectUri).toBe(LINKEDIN_REDIRECT_URI);
    expect(linkedInGuide.codeReturn).toBeUndefined();
    expect(linkedInGuide.steps.filter((step) => step.copy === LINKEDIN_REDIRECT_URI)).toHaveLength(1);
    expect(linkedInGuide.scopes.map((scope) => scope.name)).toEqual([...LINKEDIN_SCOPES]);
    expect([...LINKEDIN_SCOPES].sort()).toEqual([...CADENCE_LINKEDIN_SCOPES].sort());
  });
});
