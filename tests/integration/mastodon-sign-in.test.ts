// Signing in to Mastodon, by pasted token and by OAuth with PKCE and a loopback redirect,
// against the schema-checked fake on loopback.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CoreEvent } from '../../src-main/shared/contract';
import { startMastodonWorld, tokenWithScopes, type MastodonWorld } from '../support/mastodon-world';

async function world(options?: Parameters<typeof startMastodonWorld>[0]) {
  const w = await startMastodonWorld(options);
  onTestFinished(() => w.dispose());
  return w;
}

const connectWith = (m: MastodonWorld, instanceUrl: string, accessToken: string) =>
  m.t.core.invoke('channels.connect', { network: 'mastodon', instanceUrl, accessToken });

describe('Mastodon sign-in with a pasted access token', () => {
  it("stores the account, the server's limits and the token in the keychain only", async () => {
    const m = await world({ fake: { config: { instance: { maxCharacters: 1000 } } } });
    const channelId = await m.connect();
    const [channel] = await m.t.call('channels.list');
    const host = new URL(m.fake.url).host;
    expect(channel).toMatchObject({
      id: channelId,
      network: 'mastodon',
      displayName: 'Cadence Owner',
      handle: `cadence_owner@${host}`,
      connection: 'connected',
      serverUrl: m.fake.url,
      followersCount: 42,
      avatarUrl: `${m.fake.url}/avatars/original/${m.fake.owner.id}.png`,
      limits: {
        maxCharacters: 1000,
        charactersReservedPerUrl: 23,
        maxImages: 4,
        maxImageBytes: 16 * 2 ** 20,
        maxAltTextLength: 1500,
      },
    });
    const row = m.t.core.database.sqlite.prepare('select * from channels').get();
    expect(JSON.stringify(row)).not.toContain(m.fake.accessToken);

    const tested = await m.t.call('channels.test', { id: channelId });
    expect(tested).toMatchObject({
      connection: 'connected',
      handle: `cadence_owner@${host}`,
      followersCount: 42,
    });
    expect(m.fake.violations).toEqual([]);
  });

  it('explains an unreachable address, a server that is not Mastodon, a moved address, a wrong token and a missing permission', async () => {
    const m = await world();
    const html = createServer((req, res) =>
      req.url?.startsWith('/moved/')
        ? res.writeHead(301, { location: `${m.fake.url}/api/v2/instance` }).end()
        : res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Shop</p>'),
    );
    await new Promise<void>((resolve) => html.listen(0, '127.0.0.1', resolve));
    const shop = `http://127.0.0.1:${(html.address() as AddressInfo).port}`;
    try {
      const failures = {
        unreachable: await connectWith(m, 'http://127.0.0.1:9', m.fake.accessToken),
        notMastodon: await connectWith(m, shop, m.fake.accessToken),
        moved: await connectWith(m, `${shop}/moved`, m.fake.accessToken),
        wrongToken: await connectWith(m, m.fake.url, 'not-a-token'),
        noRead: await connectWith(m, m.fake.url, await tokenWithScopes(m.fake, 'write')),
      };
      const messages = Object.fromEntries(
        Object.entries(failures).map(([name, result]) => {
          expect(result.ok).toBe(false);
          return [name, result.ok ? '' : `${result.error.code}: ${result.error.message}`];
        }),
      );
      expect(messages.unreachable).toBe(
        'CONNECTION_FAILED: Cadence could not reach 127.0.0.1:9. Check the address.',
      );
      expect(messages.notMastodon).toMatch(
        /^CONNECTION_FAILED: 127\.0\.0\.1:\d+ does not answer like a Mastodon server/,
      );
      expect(messages.moved).toBe(
        `CONNECTION_FAILED: ${new URL(shop).host} sends Cadence on to ${m.fake.url}. Enter that address instead.`,
      );
      expect(messages.wrongToken).toMatch(/^CONNECTION_FAILED: Mastodon did not accept that access token\./);
      expect(messages.noRead).toMatch(/lacks the read permission/);
    } finally {
      html.close();
    }
    expect(await m.t.call('channels.list')).toEqual([]);
    expect(m.fake.violations).toEqual([]);
  });
});

describe('Mastodon sign-in with OAuth', () => {
  it('registers Cadence, sends the owner to authorize with PKCE, and connects on the loopback callback', async () => {
    const m = await world();
    const events: CoreEvent[] = [];
    m.t.core.subscribe((event) => events.push(event));
    const { flowId, authorizeUrl } = await m.t.call('channels.oauthStart', { instanceUrl: m.fake.url });
    expect(await m.t.call('channels.oauthStatus', { flowId })).toEqual({ state: 'waiting' });

    const [registration] = m.requests('POST', '/api/v1/apps');
    const app = JSON.parse(registration!.body.toString()) as Record<string, unknown>;
    expect(app).toMatchObject({ client_name: 'Cadence', scopes: 'read write' });
    const [redirectUri] = app.redirect_uris as string[];
    expect(redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth\/callback$/);
    const authorize = new URL(authorizeUrl);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'read write',
      code_challenge_method: 'S256',
    });

    // The browser: the fake plays the owner who approves, and redirects to Cadence's loopback.
    const approved = await fetch(authorizeUrl, { redirect: 'manual' });
    expect(approved.status).toBe(302);
    const callback = approved.headers.get('location')!;
    expect(callback.startsWith(redirectUri!)).toBe(true);
    const page = await fetch(callback);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Cadence is connected to Mastodon. You can close this tab.');

    const status = await m.t.call('channels.oauthStatus', { flowId });
    expect(status).toMatchObject({ state: 'connected', channelId: expect.any(String) });
    const channels = await m.t.call('channels.list');
    expect(channels).toEqual([
      expect.objectContaining({ id: status.channelId, network: 'mastodon', connection: 'connected' }),
    ]);
    expect(events).toContainEqual({ type: 'channels.changed' });
    const exchange = JSON.parse(m.requests('POST', '/oauth/token')[0]!.body.toString()) as Record<
      string,
      string
    >;
    expect(exchange.code_verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    // The flow has ended, so its loopback server no longer listens.
    await expect(fetch(callback)).rejects.toThrow();
    expect(m.fake.violations).toEqual([]);
  });

  it("writes the browser's page in the language chosen in Settings, or else in the browser's", async () => {
    const m = await world({ fake: { config: { authorization: 'deny' } } });
    const refusedPage = async (acceptLanguage: string) => {
      const { authorizeUrl } = await m.t.call('channels.oauthStart', { instanceUrl: m.fake.url });
      const callback = (await fetch(authorizeUrl, { redirect: 'manual' })).headers.get('location')!;
      const page = await fetch(callback, { headers: { 'accept-language': acceptLanguage } });
      return page.text();
    };

    const fromBrowser = await refusedPage('de-AT,de;q=0.9,en;q=0.8');
    expect(fromBrowser).toContain('<html lang="de">');
    expect(fromBrowser).toContain('Sie haben Cadence auf Mastodon nicht zugelassen');

    await m.t.call('settings.update', { language: 'de' });
    expect(await refusedPage('en-US,en;q=0.9')).toContain('Sie haben Cadence auf Mastodon nicht zugelassen');
    await m.t.call('settings.update', { language: 'en' });
    expect(await refusedPage('de-DE')).toContain('You did not allow Cadence on Mastodon');
  });

  it('ignores a callback with the wrong state, reports a refusal, and expires after 10 minutes', async () => {
    const m = await world({ fake: { config: { authorization: 'deny' } } });
    const denied = await m.t.call('channels.oauthStart', { instanceUrl: m.fake.url });
    const callback = new URL(
      (await fetch(denied.authorizeUrl, { redirect: 'manual' })).headers.get('location')!,
    );
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged');
    forged.searchParams.set('code', 'stolen');
    expect((await fetch(forged)).status).toBe(400);
    expect(await m.t.call('channels.oauthStatus', { flowId: denied.flowId })).toEqual({ state: 'waiting' });
    const refusal = await fetch(callback);
    expect(await refusal.text()).toContain('You did not allow Cadence on Mastodon');
    expect(await m.t.call('channels.oauthStatus', { flowId: denied.flowId })).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/^You did not allow Cadence on Mastodon/),
    });

    const abandoned = await m.t.call('channels.oauthStart', { instanceUrl: m.fake.url });
    const [, redirect] = m
      .requests('POST', '/api/v1/apps')
      .map((r) => (JSON.parse(r.body.toString()) as { redirect_uris: string[] }).redirect_uris[0]!);
    m.clock.advance(10 * 60 * 1000);
    expect(await m.t.call('channels.oauthStatus', { flowId: abandoned.flowId })).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/not finished within 10 minutes/),
    });
    await expect(fetch(redirect!)).rejects.toThrow();
    expect(await m.t.call('channels.list')).toEqual([]);
    expect(m.fake.violations).toEqual([]);
  });

  it('explains an instance that cannot be reached before opening the browser', async () => {
    const m = await world();
    const result = await m.t.core.invoke('channels.oauthStart', { instanceUrl: 'http://127.0.0.1:9' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CONNECTION_FAILED',
        message: 'Cadence could not reach 127.0.0.1:9. Check the address.',
        key: 'connectors.mastodon.unreachable',
        params: { host: '127.0.0.1:9' },
      },
    });
  });
});
