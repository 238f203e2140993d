// Signing in with the owner's own developer app through the core's channels, for any connector
// with `ownApp`: the app kept in the keychain (the secret never comes back out), X against its
// fake with PKCE and state on the loopback port (overridden, as tests run in parallel), Threads
// by the address the owner pastes, and a sign-in that gives several accounts to pick from.
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import type { Connection, Connector, OwnAppSignIn } from '../../src-main/core/connectors/connector';
import { xConnector } from '../../src-main/core/connectors/x/x-connector';
import { memorySecretStore } from '../../src-main/core/ports';
import { THREADS_REDIRECT_URI } from '../../src-main/shared/own-app-guides/threads';
import { startMetaGraphFake } from '../fakes/meta/graph-fake';
import { approveFacebookLogin } from '../fakes/meta/owner-browser';
import { openInBrowser } from '../fakes/oauth-kit';
import { approveThreadsAuthorization } from '../fakes/threads/owner-browser';
import { startThreadsFake, type ThreadsFake } from '../fakes/threads/threads-fake';
import { approveXAuthorization } from '../fakes/x/owner-browser';
import { startXFake, type XFake } from '../fakes/x/x-fake';
import { freePort } from '../support/free-port';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';
import { DAY } from '../support/time';

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function core(options: Partial<Parameters<typeof startTestCore>[0]> = {}) {
  const data = tempDir();
  const secrets = memorySecretStore();
  const t = startTestCore({ dataDir: data.dir, publishing: false, secrets, ...options });
  closers.push(data.cleanup, () => t.core.close());
  return { t, secrets };
}

async function xWorld(options: { authorization?: 'approve' | 'deny'; clientSecret?: string } = {}) {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/oauth/callback`;
  let now = () => Date.UTC(2026, 10, 25, 12);
  const fake: XFake = await startXFake({
    now: () => now(),
    config: {
      app: {
        clientId: 'cadence-x-client',
        ...(options.clientSecret ? { clientSecret: options.clientSecret } : {}),
        redirectUris: [redirectUri],
      },
      authorization: options.authorization ?? 'approve',
    },
  });
  closers.push(() => fake.close());
  const endpoints = { x: { api: fake.url, authorize: fake.authorizeUrl, redirectPort: String(port) } };
  const { t, secrets } = await core({ endpoints });
  now = () => t.clock.now();
  return { t, secrets, fake, port, redirectUri };
}

/** Every row of every table, as text: a secret must be in none of them. */
function everyRow(t: TestCore): string {
  const { sqlite } = t.core.database;
  const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").all() as Array<{
    name: string;
  }>;
  return JSON.stringify(tables.map(({ name }) => sqlite.prepare(`select * from "${name}"`).all()));
}

function failureOf(result: Awaited<ReturnType<TestCore['core']['invoke']>>) {
  return result.ok ? null : result.error;
}

describe('the owner’s own app in the keychain', () => {
  it('keeps the client id and secret there, and shows only the id and that a secret is saved', async () => {
    const { t, secrets } = await xWorld();
    expect(await t.call('apps.get')).toEqual([]);
    const saved = await t.call('apps.save', {
      network: 'x',
      clientId: ' cadence-x-client ',
      clientSecret: 'web-app-secret-123',
    });
    expect(saved).toEqual({ network: 'x', clientId: 'cadence-x-client', secretSaved: true });
    expect(JSON.stringify(await t.call('apps.get'))).not.toContain('web-app-secret-123');
    expect(await secrets.get('app:x')).toContain('web-app-secret-123');
    expect(everyRow(t)).not.toContain('web-app-secret-123');

    // A new client id keeps the saved secret unless a new one (or none) is given.
    await t.call('apps.save', { network: 'x', clientId: 'cadence-x-client-2' });
    expect(JSON.parse((await secrets.get('app:x'))!)).toEqual({
      clientId: 'cadence-x-client-2',
      clientSecret: 'web-app-secret-123',
    });
    await t.call('apps.save', { network: 'x', clientId: 'cadence-x-client', clientSecret: null });
    expect(await t.call('apps.get')).toEqual([
      { network: 'x', clientId: 'cadence-x-client', secretSaved: false },
    ]);
    await t.call('apps.remove', { network: 'x' });
    expect(await t.call('apps.get')).toEqual([]);
  });

  it('tests the app with the network, and says in plain words when it is wrong', async () => {
    const { t } = await xWorld({ clientSecret: 'web-app-secret-123' });
    expect(failureOf(await t.core.invoke('apps.test', { network: 'x' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Enter your X app’s client ID first.',
    });
    await t.call('apps.save', {
      network: 'x',
      clientId: 'cadence-x-client',
      clientSecret: 'web-app-secret-123',
    });
    expect(await t.call('apps.test', { network: 'x' })).toEqual({ checked: true });
    await t.call('apps.save', {
      network: 'x',
      clientId: 'cadence-x-client',
      clientSecret: 'not-the-secret-123',
    });
    const refused = failureOf(await t.core.invoke('apps.test', { network: 'x' }));
    expect(refused?.code).toBe('CONNECTION_FAILED');
    expect(refused?.message).toMatch(/^X did not accept your app's Client ID and Secret/);
  });

  it('refuses networks that do not sign in with the owner’s app', async () => {
    const { t } = await xWorld();
    const result = await t.core.invoke('apps.save', { network: 'bluesky', clientId: 'whatever' });
    expect(failureOf(result)?.message).toBe('Cadence cannot sign in to Bluesky with your own app.');
  });
});

describe('signing in to X through the browser and the loopback listener', () => {
  it('sends state and PKCE, exchanges the code, and keeps the account with its expiry', async () => {
    const { t, secrets, fake, redirectUri } = await xWorld();
    await t.call('apps.save', { network: 'x', clientId: 'cadence-x-client' });
    const flow = await t.call('channels.ownAppStart', { network: 'x', displayName: 'Bakery on X' });
    expect(flow).toMatchObject({ codeReturn: 'loopback', redirectUri });
    expect(await t.call('channels.ownAppStatus', { flowId: flow.flowId })).toEqual({
      state: 'waiting',
      codeReturn: 'loopback',
    });

    const back = await approveXAuthorization(flow.authorizeUrl, {
      clientId: 'cadence-x-client',
      redirectUri,
    });
    const page = await openInBrowser(back.redirect.toString());
    expect(page.status).toBe(200);
    expect(page.body).toContain('Cadence is connected to X. You can close this tab.');

    const status = await t.call('channels.ownAppStatus', { flowId: flow.flowId });
    expect(status.state).toBe('done');
    const [channel] = await t.call('channels.list');
    expect(status).toEqual({ state: 'done', channelIds: [channel!.id] });
    expect(channel).toMatchObject({
      network: 'x',
      displayName: 'Bakery on X',
      handle: '@cadencebakery',
      connection: 'connected',
      followersCount: 1234,
      accessExpiresAt: t.clock.now() + 7200 * 1000,
      refreshExpiresAt: null,
      credentialFailedAt: null,
    });
    const stored = JSON.parse((await secrets.get(`channel:${channel!.id}`))!) as { accessToken: string };
    expect(everyRow(t)).not.toContain(stored.accessToken);
    // The listener is gone once the sign-in ended.
    await expect(fetch(back.redirect)).rejects.toThrow();
    // And the stored channel publishes with the app from the keychain.
    const tested = await t.call('channels.test', { id: channel!.id });
    expect(tested.handle).toBe('@cadencebakery');
    expect(fake.violations).toEqual([]);
  });

  it('ignores a redirect with another state, then connects on the right one', async () => {
    const { t, fake, redirectUri } = await xWorld();
    await t.call('apps.save', { network: 'x', clientId: 'cadence-x-client' });
    const flow = await t.call('channels.ownAppStart', { network: 'x' });
    const back = await approveXAuthorization(flow.authorizeUrl, {
      clientId: 'cadence-x-client',
      redirectUri,
    });
    const forged = new URL(back.redirect);
    forged.searchParams.set('state', 'someone-elses-state');
    const refused = await openInBrowser(forged.toString());
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('This page was not opened by the sign-in Cadence started.');
    expect((await t.call('channels.ownAppStatus', { flowId: flow.flowId })).state).toBe('waiting');
    expect(fake.requests.filter((r) => r.path === '/2/oauth2/token')).toEqual([]);

    expect((await openInBrowser(back.redirect.toString())).status).toBe(200);
    expect((await t.call('channels.ownAppStatus', { flowId: flow.flowId })).state).toBe('done');
  });

  it('says so when the owner does not allow Cadence, and connects nothing', async () => {
    const { t, redirectUri } = await xWorld({ authorization: 'deny' });
    await t.call('apps.save', { network: 'x', clientId: 'cadence-x-client' });
    const flow = await t.call('channels.ownAppStart', { network: 'x' });
    const back = await approveXAuthorization(flow.authorizeUrl, {
      clientId: 'cadence-x-client',
      redirectUri,
    });
    expect(back.error).toBe('access_denied');
    await openInBrowser(back.redirect.toString());
    expect(await t.call('channels.ownAppStatus', { flowId: flow.flowId })).toEqual({
      state: 'failed',
      message:
        'You did not allow Cadence on X, so it is not connected. Start again from Settings in Cadence.',
      messageKey: [{ key: 'signIn.notAllowed', params: { network: 'X' } }],
    });
    expect(await t.call('channels.list')).toEqual([]);
  });

  it('asks for the app first, and names a port another program holds', async () => {
    const { t, port } = await xWorld();
    expect(failureOf(await t.core.invoke('channels.ownAppStart', { network: 'x' }))?.message).toBe(
      'Enter your X app’s client ID first, then sign in.',
    );
    await t.call('apps.save', { network: 'x', clientId: 'cadence-x-client' });
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    closers.push(() => new Promise<void>((resolve) => squatter.close(() => resolve())));
    const busy = failureOf(await t.core.invoke('channels.ownAppStart', { network: 'x' }));
    expect(busy).toEqual({
      code: 'CONNECTION_FAILED',
      message: `Cadence could not listen on this computer at port ${port}, where X sends you back after signing in: another program is using it. Close that program, then sign in again.`,
      key: 'signIn.portBusy',
      params: { port, network: 'X' },
    });
  });

  it('lets a newer sign-in take the port, and cancelling frees it', async () => {
    const { t } = await xWorld();
    await t.call('apps.save', { network: 'x', clientId: 'cadence-x-client' });
    const first = await t.call('channels.ownAppStart', { network: 'x' });
    const second = await t.call('channels.ownAppStart', { network: 'x' });
    expect(await t.call('channels.ownAppStatus', { flowId: first.flowId })).toMatchObject({
      state: 'failed',
    });
    await t.call('channels.ownAppCancel', { flowId: second.flowId });
    expect(await t.call('channels.ownAppStatus', { flowId: second.flowId })).toEqual({
      state: 'failed',
      message: 'You stopped the sign-in. Start again from Settings in Cadence.',
      messageKey: [{ key: 'signIn.stopped' }],
    });
    const third = await t.call('channels.ownAppStart', { network: 'x' });
    expect((await t.call('channels.ownAppStatus', { flowId: third.flowId })).state).toBe('waiting');
  });

  it('gives up after 10 minutes and frees the port', async () => {
    const { t, redirectUri } = await xWorld();
    await t.call('apps.save', { network: 'x', clientId: 'cadence-x-client' });
    const flow = await t.call('channels.ownAppStart', { network: 'x' });
    t.clock.advance(10 * 60 * 1000);
    expect(await t.call('channels.ownAppStatus', { flowId: flow.flowId })).toEqual({
      state: 'failed',
      message: 'The X sign-in was not finished within 10 minutes. Start again from Settings in Cadence.',
      messageKey: [{ key: 'signIn.timedOut', params: { network: 'X' } }],
    });
    await expect(fetch(redirectUri)).rejects.toThrow();
  });
});

describe('signing in to Threads by pasting the address the browser stopped on', () => {
  async function threadsWorld() {
    let now = () => Date.UTC(2026, 10, 25, 12);
    const fake: ThreadsFake = await startThreadsFake({
      now: () => now(),
      app: { redirectUris: [THREADS_REDIRECT_URI] },
    });
    closers.push(() => fake.close());
    const { t } = await core({ endpoints: { threads: { api: fake.url, authorize: fake.authorizeUrl } } });
    now = () => t.clock.now();
    await t.call('apps.save', {
      network: 'threads',
      clientId: fake.app.appId,
      clientSecret: fake.app.appSecret,
    });
    return { t, fake };
  }

  it('explains a wrong address and waits for the right one, then connects with a 60-day expiry', async () => {
    const { t, fake } = await threadsWorld();
    const flow = await t.call('channels.ownAppStart', { network: 'threads' });
    expect(flow).toMatchObject({ codeReturn: 'pasted-address', redirectUri: THREADS_REDIRECT_URI });
    const back = await approveThreadsAuthorization(flow.authorizeUrl, {
      appId: fake.app.appId,
      redirectUri: THREADS_REDIRECT_URI,
    });
    const paste = (address: string) =>
      t.core.invoke('channels.ownAppPaste', { flowId: flow.flowId, address });

    expect(failureOf(await paste('not an address'))?.message).toBe(
      'That is not a web address. Copy the whole address from the browser’s address bar, then paste it here.',
    );
    expect(failureOf(await paste(flow.authorizeUrl))?.message).toBe(
      'That is not the address Threads sends you back to (it starts with https://127.0.0.1:8734/threads/callback). After allowing Cadence, copy the address the browser stops on.',
    );
    const otherState = new URL(back.redirect);
    otherState.searchParams.set('state', 'another-sign-in');
    expect(failureOf(await paste(otherState.toString()))?.message).toBe(
      'That address belongs to another sign-in. Paste the address the browser shows after the sign-in you just started.',
    );
    expect((await t.call('channels.ownAppStatus', { flowId: flow.flowId })).state).toBe('waiting');

    const done = await t.call('channels.ownAppPaste', {
      flowId: flow.flowId,
      address: back.redirect.toString(),
    });
    expect(done.state).toBe('done');
    const [channel] = await t.call('channels.list');
    expect(channel).toMatchObject({ network: 'threads', connection: 'connected' });
    expect(channel!.accessExpiresAt).toBe(t.clock.now() + 60 * DAY);
    expect(fake.violations).toEqual([]);
  });
});

describe('signing in to Facebook and Instagram with one Meta app', () => {
  it('offers the Page and its Instagram account, and connects the ones the owner picks', async () => {
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/oauth/callback`;
    let now = () => Date.UTC(2026, 10, 25, 12);
    const fake = await startMetaGraphFake({ now: () => now(), app: { redirectUris: [redirectUri] } });
    closers.push(() => fake.close());
    const hosts = { graph: fake.url, dialog: fake.url };
    const { t, secrets } = await core({
      endpoints: { facebook: { ...hosts, redirectPort: String(port) }, instagram: hosts },
    });
    now = () => t.clock.now();
    // Saved from the Instagram screen, it is the one Meta app both use.
    await t.call('apps.save', {
      network: 'instagram',
      clientId: fake.app.appId,
      clientSecret: fake.app.appSecret,
    });
    expect(await t.call('apps.get')).toEqual([
      { network: 'facebook', clientId: fake.app.appId, secretSaved: true },
    ]);
    expect(await t.call('apps.test', { network: 'facebook' })).toEqual({ checked: true });

    const flow = await t.call('channels.ownAppStart', { network: 'instagram' });
    expect(flow.redirectUri).toBe(redirectUri);
    const back = await approveFacebookLogin(flow.authorizeUrl, { appId: fake.app.appId, redirectUri });
    const page = await openInBrowser(back.redirect.toString());
    expect(page.body).toContain(
      'Facebook signed Cadence in. Go back to Cadence to choose which accounts to connect.',
    );
    const status = await t.call('channels.ownAppStatus', { flowId: flow.flowId });
    expect(status.state === 'choose' && status.candidates.map((c) => [c.network, c.kind])).toEqual([
      ['facebook', 'page'],
      ['instagram', 'account'],
    ]);

    const done = await t.call('channels.ownAppChoose', { flowId: flow.flowId, candidateIds: ['0', '1'] });
    const channels = await t.call('channels.list');
    expect(done).toEqual({ state: 'done', channelIds: channels.map((c) => c.id) });
    expect(channels.map((c) => c.network).sort()).toEqual(['facebook', 'instagram']);
    for (const channel of channels) {
      expect(channel.connection).toBe('connected');
      expect(channel.accessExpiresAt).toBeGreaterThan(t.clock.now() + 50 * DAY);
      expect(await secrets.get(`channel:${channel.id}`)).not.toBeNull();
      expect((await t.call('channels.test', { id: channel.id })).connection).toBe('connected');
    }
    expect(fake.violations).toEqual([]);
  });
});

/** A network whose one sign-in gives a Page and its Instagram account, as Meta's does. */
function twoAccountConnector(base: Connector): Connector {
  const account = (network: 'x' | 'instagram', id: string, handle: string): Connection => ({
    secret: `secret-of-${id}-123456`,
    serverUrl: null,
    settings: {},
    network,
    profile: { handle, displayName: handle, avatarUrl: null, followersCount: 3, remoteAccountId: id },
    expiry: { accessExpiresAt: Date.UTC(2027, 0, 24), refreshExpiresAt: null },
  });
  const signIn: OwnAppSignIn = {
    ...base.ownApp!,
    finish: async () => [account('x', 'acct-1', '@bakery'), account('instagram', 'acct-2', '@bakery.ig')],
  };
  return { ...base, ownApp: signIn };
}

describe('a sign-in that gives several accounts', () => {
  it('lets the owner pick, connects each with its own secret and expiry, and updates them on the next sign-in', async () => {
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/oauth/callback`;
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
    const ctx = {
      clock,
      fetch,
      requestTimeoutMs: 5_000,
      endpoints: { x: { authorize: 'http://127.0.0.1:9/authorize' } },
    };
    const { t, secrets } = await core({
      clock,
      connectors: { x: twoAccountConnector(xConnector(ctx)) },
      endpoints: { x: { redirectPort: String(port) } },
    });
    await t.call('apps.save', { network: 'x', clientId: 'cadence-x-client' });

    const signIn = async () => {
      const flow = await t.call('channels.ownAppStart', { network: 'x' });
      const state = new URL(flow.authorizeUrl).searchParams.get('state')!;
      const page = await openInBrowser(`${redirectUri}?code=the-code&state=${state}`);
      expect(page.body).toContain('Go back to Cadence to choose which accounts to connect.');
      return flow.flowId;
    };
    const flowId = await signIn();
    const status = await t.call('channels.ownAppStatus', { flowId });
    expect(status).toEqual({
      state: 'choose',
      candidates: [
        {
          id: '0',
          network: 'x',
          handle: '@bakery',
          displayName: '@bakery',
          kind: 'person',
          existingChannelName: null,
        },
        {
          id: '1',
          network: 'instagram',
          handle: '@bakery.ig',
          displayName: '@bakery.ig',
          kind: 'account',
          existingChannelName: null,
        },
      ],
    });
    expect(
      failureOf(await t.core.invoke('channels.ownAppChoose', { flowId, candidateIds: ['7'] }))?.message,
    ).toBe('One of those accounts is not in this sign-in. Choose again.');
    const chosen = await t.call('channels.ownAppChoose', { flowId, candidateIds: ['1'] });
    const channels = await t.call('channels.list');
    expect(channels.map((c) => [c.network, c.handle, c.accessExpiresAt])).toEqual([
      ['instagram', '@bakery.ig', Date.UTC(2027, 0, 24)],
    ]);
    expect(chosen).toEqual({ state: 'done', channelIds: [channels[0]!.id] });
    expect(await secrets.get(`channel:${channels[0]!.id}`)).toBe('secret-of-acct-2-123456');

    // Signing in again offers the same account as already connected, and updates that channel.
    t.clock.advance(1_000);
    const again = await signIn();
    const offered = await t.call('channels.ownAppStatus', { flowId: again });
    expect(offered.state === 'choose' && offered.candidates[1]!.existingChannelName).toBe('@bakery.ig');
    await t.call('channels.ownAppChoose', { flowId: again, candidateIds: ['0', '1'] });
    expect((await t.call('channels.list')).map((c) => c.network)).toEqual(['instagram', 'x']);

    // Reconnecting one channel takes its own account from the sign-in, with no choice to make.
    const x = (await t.call('channels.list'))[1]!;
    const reconnect = await t.call('channels.ownAppStart', { network: 'x', channelId: x.id });
    const state = new URL(reconnect.authorizeUrl).searchParams.get('state')!;
    await openInBrowser(`${redirectUri}?code=the-code&state=${state}`);
    expect(await t.call('channels.ownAppStatus', { flowId: reconnect.flowId })).toEqual({
      state: 'done',
      channelIds: [x.id],
    });
    expect(await t.call('channels.list')).toHaveLength(2);

    // A sign-in that does not give the channel's account connects nothing in its place.
    t.core.database.sqlite
      .prepare('update channels set remote_account_id = ? where id = ?')
      .run('acct-9', x.id);
    const wrong = await t.call('channels.ownAppStart', { network: 'x', channelId: x.id });
    const wrongState = new URL(wrong.authorizeUrl).searchParams.get('state')!;
    const page = await openInBrowser(`${redirectUri}?code=the-code&state=${wrongState}`);
    expect(page.status).toBe(400);
    expect(await t.call('channels.ownAppStatus', { flowId: wrong.flowId })).toEqual({
      state: 'failed',
      message:
        'That sign-in did not give “@bakery”. Sign in with the account it belongs to, and allow Cadence to use it. Start again from Settings in Cadence.',
      messageKey: [
        { key: 'connectors.ownApp.notThatAccount', params: { name: '@bakery' } },
        { key: 'signIn.startAgain' },
      ],
    });
    expect(await t.call('channels.list')).toHaveLength(2);
  });
});
