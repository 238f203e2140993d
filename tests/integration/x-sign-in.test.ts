// Signing in to X with the owner's own app against the fake X: the authorize address carries
// the client id, the registered loopback redirect, Cadence's scopes, a state and an S256 PKCE
// challenge (the fake's owner browser refuses anything less), and the code is exchanged with
// the verifier, as a public client (client id in the body) or a confidential one (Basic).
import { describe, expect, it, onTestFinished } from 'vitest';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { X_REDIRECT_URI } from '../../src-main/core/connectors/x/x-endpoints';
import { xGuide, X_REDIRECT_PORT } from '../../src-main/shared/own-app-guides/x';
import { openInBrowser, pkcePair } from '../fakes/oauth-kit';
import { approveXAuthorization } from '../fakes/x/owner-browser';
import { grants, startXWorld, X_START, type XWorld } from '../support/x-world';

async function world(options?: Parameters<typeof startXWorld>[0]) {
  const w = await startXWorld(options);
  onTestFinished(() => w.dispose());
  return w;
}

const tokenForm = (x: XWorld) =>
  new URLSearchParams(x.requests('POST', '/2/oauth2/token').at(-1)!.body.toString('utf8'));

describe('signing in to X with the owner’s app', () => {
  it('gives one connection with the profile, the token pair and its expiry (public client)', async () => {
    const x = await world();
    const connection = await x.signIn();

    expect(connection.profile).toEqual({
      handle: '@cadencebakery',
      displayName: 'Cadence Bakery',
      avatarUrl: `https://pbs.twimg.com/profile_images/${x.fake.owner.id}/normal.jpg`,
      followersCount: 1234,
      remoteAccountId: x.fake.owner.id,
    });
    const secret = JSON.parse(connection.secret) as Record<string, string>;
    expect(Object.keys(secret).sort()).toEqual(['accessToken', 'refreshToken', 'scope']);
    expect(secret.scope).toBe('tweet.read tweet.write users.read offline.access media.write');
    expect(x.fake.oauth.refreshTokens.has(secret.refreshToken!)).toBe(true);
    expect(connection.expiry).toEqual({ accessExpiresAt: X_START + 7200 * 1000, refreshExpiresAt: null });
    const form = tokenForm(x);
    expect(form.get('client_id')).toBe('cadence-x-client');
    expect(form.get('redirect_uri')).toBe(X_REDIRECT_URI);
    expect(x.requests('POST', '/2/oauth2/token')[0]!.headers.authorization).toBeUndefined();
    expect(x.fake.violations).toEqual([]);
  });

  it('authenticates a confidential client with HTTP Basic, not the body', async () => {
    const x = await world({ clientSecret: 'web-app-secret' });
    const connection = await x.signIn();
    expect(connection.profile.handle).toBe('@cadencebakery');
    const [exchange] = x.requests('POST', '/2/oauth2/token');
    expect(exchange!.headers.authorization).toBe(
      `Basic ${Buffer.from('cadence-x-client:web-app-secret').toString('base64')}`,
    );
    expect(tokenForm(x).has('client_id')).toBe(false);
    expect(x.fake.violations).toEqual([]);
  });

  it('is refused when the verifier does not match the challenge the browser carried', async () => {
    const x = await world();
    const url = x.x.ownApp!.authorizeUrl({
      app: x.app,
      redirectUri: X_REDIRECT_URI,
      state: 's1',
      codeChallenge: pkcePair().challenge,
    });
    const back = await approveXAuthorization(url, { clientId: x.app.clientId, redirectUri: X_REDIRECT_URI });
    const finishing = x.x.ownApp!.finish({
      app: x.app,
      code: back.code!,
      codeVerifier: pkcePair().verifier,
      redirectUri: X_REDIRECT_URI,
    });
    await expect(finishing).rejects.toThrow(
      'X did not finish the sign-in (“Value passed for the authorization code was invalid.”). Connect X again.',
    );
  });

  it('says which permissions are missing when the owner allowed fewer', async () => {
    const x = await world();
    const pkce = pkcePair();
    const url = new URL(
      x.x.ownApp!.authorizeUrl({
        app: x.app,
        redirectUri: X_REDIRECT_URI,
        state: 's2',
        codeChallenge: pkce.challenge,
      }),
    );
    url.searchParams.set('scope', 'tweet.read users.read offline.access');
    const visit = await openInBrowser(url.toString());
    const finishing = x.x.ownApp!.finish({
      app: x.app,
      code: visit.location!.searchParams.get('code')!,
      codeVerifier: pkce.verifier,
      redirectUri: X_REDIRECT_URI,
    });
    await expect(finishing).rejects.toMatchObject({
      kind: 'permission',
      message: expect.stringContaining('missing: tweet.write'),
    });
  });

  it('tests a confidential app’s id and secret at the token endpoint, and a public id by its shape', async () => {
    const x = await world({ clientSecret: 'web-app-secret' });
    await expect(x.x.ownApp!.testApp(x.app)).resolves.toBeUndefined();
    const wrong = x.x.ownApp!.testApp({ clientId: x.app.clientId, clientSecret: 'not-it' });
    await expect(wrong).rejects.toThrow(/X did not accept your app's Client ID and Secret/);
    const requestsSoFar = x.fake.requests.length;
    await expect(
      x.x.ownApp!.testApp({ clientId: 'M1M5R3BMVy13QmpScXkzTUt5OE46MTpjaQ', clientSecret: null }),
    ).resolves.toBeUndefined();
    await expect(x.x.ownApp!.testApp({ clientId: 'my key!', clientSecret: null })).rejects.toBeInstanceOf(
      ConnectorError,
    );
    expect(x.fake.requests.length).toBe(requestsSoFar);
    expect(grants(x)).toEqual(['authorization_code', 'authorization_code']);
  });

  it('gives the guide the exact redirect address the sign-in uses, on its fixed port', () => {
    expect(X_REDIRECT_URI).toBe(`http://127.0.0.1:${X_REDIRECT_PORT}/oauth/callback`);
    expect(xGuide.redirectUri).toBe(X_REDIRECT_URI);
    expect(xGuide.steps.filter((step) => step.copy === X_REDIRECT_URI)).toHaveLength(1);
    expect(xGuide.scopes.map((scope) => scope.name)).toEqual([
      'tweet.read',
      'tweet.write',
      'users.read',
      'offline.access',
      'media.write',
    ]);
  });
});
