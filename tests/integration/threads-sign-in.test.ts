// Signing in to Threads with the owner's own Meta app against the fake Threads: the
// Authorization Window carries the app id, the registered https redirect, Cadence's
// permissions and a state (the fake's owner browser refuses anything less); the browser ends on
// that https address, whose code and state Cadence reads from the address the owner pastes; the
// code buys a short-lived token, exchanged at once for a 60-day one.
import { describe, expect, it, onTestFinished } from 'vitest';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { THREADS_REDIRECT_URI } from '../../src-main/core/connectors/threads/threads-endpoints';
import { codeFromPastedAddress } from '../../src-main/core/connectors/threads/threads-sign-in';
import { threadsGuide, THREADS_SCOPES } from '../../src-main/shared/own-app-guides/threads';
import { CADENCE_THREADS_SCOPES } from '../fakes/threads/threads-fake';
import { startThreadsWorld, THREADS_START, type ThreadsWorld } from '../support/threads-world';
import { DAY } from '../support/time';

async function world(options?: Parameters<typeof startThreadsWorld>[0]) {
  const w = await startThreadsWorld(options);
  onTestFinished(() => w.dispose());
  return w;
}

const callsTo = (t: ThreadsWorld, method: string, path: string) =>
  t.fake.calls.filter((call) => call.method === method && call.path === path);

describe('signing in to Threads with the owner’s app', () => {
  it('gives one connection with the profile, a 60-day token and its expiry', async () => {
    const t = await world();
    const connection = await t.signIn();

    const id = t.fake.world.profile.id;
    expect(connection.profile).toEqual({
      handle: '@cadencebakery',
      displayName: 'Cadence Bakery',
      avatarUrl: `https://scontent.cdninstagram.com/${id}.jpg`,
      followersCount: 432,
      remoteAccountId: id,
    });
    // The id is past 2^53: read whole from GET /me, not from the exchange's JSON number.
    expect(BigInt(connection.profile.remoteAccountId!)).toBeGreaterThan(2n ** 53n);
    const secret = JSON.parse(connection.secret) as Record<string, unknown>;
    expect(secret).toEqual({
      accessToken: expect.any(String),
      issuedAt: THREADS_START,
      expiresAt: THREADS_START + 60 * DAY,
    });
    expect(t.fake.oauth.tokens.get(secret.accessToken as string)).toMatchObject({ longLived: true });
    expect(connection.expiry).toEqual({ accessExpiresAt: THREADS_START + 60 * DAY, refreshExpiresAt: null });
    const [exchange] = callsTo(t, 'POST', '/oauth/access_token');
    expect(exchange!.body).toEqual({
      client_id: t.app.clientId,
      client_secret: t.app.clientSecret,
      code: expect.any(String),
      grant_type: 'authorization_code',
      redirect_uri: THREADS_REDIRECT_URI,
    });
    expect(callsTo(t, 'GET', '/access_token')[0]!.query).toMatchObject({ grant_type: 'th_exchange_token' });
    expect(t.fake.violations).toEqual([]);
  });

  it('asks for the permissions in the guide, comma-separated, with a state and no PKCE', async () => {
    const t = await world();
    const url = new URL(
      t.threads.ownApp!.authorizeUrl({
        app: t.app,
        redirectUri: THREADS_REDIRECT_URI,
        state: 'st-1',
        codeChallenge: null,
      }),
    );
    expect(url.origin + url.pathname).toBe(t.fake.authorizeUrl);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: t.app.clientId,
      redirect_uri: THREADS_REDIRECT_URI,
      scope: CADENCE_THREADS_SCOPES.join(','),
      response_type: 'code',
      state: 'st-1',
    });
    expect(t.threads.ownApp!.pkce).toBe(false);
    expect(t.threads.ownApp!.scopes).toEqual(THREADS_SCOPES);
  });

  it('reads the code from the pasted address only when its state is this sign-in’s', () => {
    const back = `${THREADS_REDIRECT_URI}?code=AQBx-hBsH3&state=mine#_`;
    expect(codeFromPastedAddress(`  ${back}\n`, 'mine')).toBe('AQBx-hBsH3');
    const refusal = (address: string, state = 'mine') => {
      try {
        codeFromPastedAddress(address, state);
      } catch (error) {
        return error as ConnectorError;
      }
      throw new Error('accepted');
    };
    expect(refusal(back, 'other')).toMatchObject({
      kind: 'config',
      message:
        'That address belongs to another sign-in. Choose Connect again, then paste the address that sign-in ends on.',
    });
    expect(refusal('AQBx-hBsH3').message).toBe(
      'That is not a web address. Copy the whole address from the address bar, then paste it here.',
    );
    expect(refusal(`${THREADS_REDIRECT_URI}?state=mine`).message).toContain(
      'That address has no sign-in code.',
    );
    expect(
      refusal(`${THREADS_REDIRECT_URI}?error=access_denied&error_reason=user_denied&state=mine#_`),
    ).toMatchObject({
      kind: 'auth',
      message: 'You chose not to allow Cadence on Threads. Connect again and choose Allow.',
    });
  });

  it('the owner denying access comes back as an error the pasted address carries', async () => {
    const t = await world();
    t.fake.control.authorization = 'deny';
    const url = t.threads.ownApp!.authorizeUrl({
      app: t.app,
      redirectUri: THREADS_REDIRECT_URI,
      state: 's',
      codeChallenge: null,
    });
    const visit = await fetch(url, { redirect: 'manual' });
    expect(() => codeFromPastedAddress(visit.headers.get('location')!, 's')).toThrow(
      'You chose not to allow Cadence on Threads.',
    );
  });

  it('is refused in plain words when the app secret is wrong or the code is spent', async () => {
    const t = await world();
    const url = t.threads.ownApp!.authorizeUrl({
      app: t.app,
      redirectUri: THREADS_REDIRECT_URI,
      state: 's',
      codeChallenge: null,
    });
    const visit = await fetch(url, { redirect: 'manual' });
    const code = codeFromPastedAddress(visit.headers.get('location')!, 's');
    const finish = (app = t.app) =>
      t.threads.ownApp!.finish({ app, code, codeVerifier: null, redirectUri: THREADS_REDIRECT_URI });
    await expect(finish({ ...t.app, clientSecret: 'not-it' })).rejects.toMatchObject({
      kind: 'auth',
      message:
        "Threads did not accept your app's ID and secret (“Error validating client secret.”). Check the Threads App ID and Threads App Secret (App settings → Basic in developers.facebook.com) in Settings → Threads, then connect again.",
    });
    await expect(finish()).resolves.toHaveLength(1);
    await expect(finish()).rejects.toThrow(
      'Threads did not finish the sign-in (“Invalid authorization code”). Connect Threads again.',
    );
    expect(t.fake.violations).toEqual([]);
  });

  it('tests the app id and secret at the token endpoint, and the id’s shape first', async () => {
    const t = await world();
    await expect(t.threads.ownApp!.testApp(t.app)).resolves.toBeUndefined();
    await expect(t.threads.ownApp!.testApp({ ...t.app, clientSecret: 'not-it' })).rejects.toThrow(
      /Threads did not accept your app's ID and secret/,
    );
    const requestsSoFar = t.fake.requests.length;
    await expect(t.threads.ownApp!.testApp({ clientId: 'my app', clientSecret: 'x' })).rejects.toBeInstanceOf(
      ConnectorError,
    );
    await expect(t.threads.ownApp!.testApp({ ...t.app, clientSecret: null })).rejects.toThrow(
      'Threads needs the app’s secret too.',
    );
    expect(t.fake.requests.length).toBe(requestsSoFar);
    expect(t.fake.violations).toEqual([]);
  });

  it('gives the guide the exact https redirect address and the pasted-address return', () => {
    expect(THREADS_REDIRECT_URI).toMatch(/^https:\/\/127\.0\.0\.1:\d+\//);
    expect(threadsGuide.redirectUri).toBe(THREADS_REDIRECT_URI);
    expect(threadsGuide.codeReturn).toBe('pasted-address');
    expect(threadsGuide.steps.filter((step) => step.copy === THREADS_REDIRECT_URI)).toHaveLength(1);
    expect(threadsGuide.scopes.map((scope) => scope.name)).toEqual([...THREADS_SCOPES]);
    expect([...THREADS_SCOPES].sort()).toEqual([...CADENCE_THREADS_SCOPES].sort());
  });
});
