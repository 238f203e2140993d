// Each channel's credential expiry is kept in its row (never the secret), renewed with the
// secret, and the failure moment recorded when the network refuses it; the owner's own app is
// resolved from the keychain for every account, Instagram's from the Meta app saved for Facebook.
import { describe, expect } from 'vitest';
import { AccountDirectory } from '../../src-main/core/connectors/account-directory';
import { ChannelConnections } from '../../src-main/core/connectors/channel-connections';
import type { Connection } from '../../src-main/core/connectors/connector';
import { OwnAppStore } from '../../src-main/core/connectors/own-app-store';
import { memorySecretStore } from '../../src-main/core/ports';
import { ChannelStore } from '../../src-main/core/store/channel-store';
import { test } from '../support/core-fixture';
import type { TestCore } from '../support/test-core';
import { DAY } from '../support/time';

/** The channel services, built beside the test's core on its database. */
function world(t: TestCore) {
  const secrets = memorySecretStore();
  const { db } = t.core.database;
  const apps = new OwnAppStore(secrets);
  const channels = new ChannelStore(db, t.clock);
  const accounts = new AccountDirectory(channels, secrets, apps);
  const connections = new ChannelConnections(channels, secrets, accounts, {});
  return { t, secrets, apps, accounts, channels, connections };
}

const it = test.extend<{ w: ReturnType<typeof world> }>({ w: async ({ t }, use) => use(world(t)) });
it.override({ coreOptions: { publishing: false } });

function connection(secret: string, expiry?: Connection['expiry']): Connection {
  return {
    secret,
    serverUrl: null,
    settings: {},
    profile: {
      handle: '@bakery',
      displayName: 'Corner Bakery',
      avatarUrl: null,
      followersCount: 10,
      remoteAccountId: '42',
    },
    expiry,
  };
}

describe('credential expiry in the channel row', () => {
  it('is stored at sign-in and shown on the channel, without the secret', async ({ w }) => {
    const now = w.t.clock.now();
    const channel = await w.connections.save(
      'x',
      connection('token-abcdef-123456', {
        accessExpiresAt: now + 2 * 60 * 60 * 1000,
        refreshExpiresAt: null,
      }),
    );
    expect(channel).toMatchObject({
      accessExpiresAt: now + 2 * 60 * 60 * 1000,
      refreshExpiresAt: null,
      credentialFailedAt: null,
    });
    expect(JSON.stringify(w.channels.list())).not.toContain('token-abcdef-123456');

    const plain = await w.connections.save('bluesky', connection('app-password-123456'));
    expect(plain).toMatchObject({ accessExpiresAt: null, refreshExpiresAt: null });
  });

  it('is renewed with the secret; a save without an expiry keeps the stored one', async ({ w }) => {
    const now = w.t.clock.now();
    const { id } = await w.connections.save(
      'threads',
      connection('first-token-123456', { accessExpiresAt: now + 60 * DAY, refreshExpiresAt: null }),
    );
    const account = await w.accounts.resolve(id);
    expect(account.expiry).toEqual({ accessExpiresAt: now + 60 * DAY, refreshExpiresAt: null });

    await account.saveSecret('second-token-123456', {
      accessExpiresAt: now + 120 * DAY,
      refreshExpiresAt: now + 365 * DAY,
    });
    expect(await w.secrets.get(`channel:${id}`)).toBe('second-token-123456');
    expect(w.channels.get(id)).toMatchObject({
      accessExpiresAt: now + 120 * DAY,
      refreshExpiresAt: now + 365 * DAY,
    });
    expect((await w.accounts.resolve(id)).expiry).toEqual({
      accessExpiresAt: now + 120 * DAY,
      refreshExpiresAt: now + 365 * DAY,
    });

    await account.saveSecret('session-refresh-123456');
    expect(await w.secrets.get(`channel:${id}`)).toBe('session-refresh-123456');
    expect(w.channels.get(id).accessExpiresAt).toBe(now + 120 * DAY);
  });

  it('records when the network refused the sign-in, until the owner reconnects', async ({ w }) => {
    const { id } = await w.connections.save('linkedin', connection('token-aaaaaa-123456'));
    w.t.clock.advance(DAY);
    w.accounts.markNeedsReconnect(id);
    expect(w.channels.get(id)).toMatchObject({
      connection: 'needs_reconnect',
      credentialFailedAt: w.t.clock.now(),
    });

    await w.connections.save('linkedin', connection('token-bbbbbb-123456'), id);
    expect(w.channels.get(id)).toMatchObject({ connection: 'connected', credentialFailedAt: null });
  });
});

describe('the owner’s own app on each account', () => {
  it('comes from the keychain; Instagram uses the Meta app saved for Facebook', async ({ w }) => {
    const x = await w.connections.save('x', connection('x-token-123456'));
    const instagram = await w.connections.save('instagram', connection('ig-token-123456'));
    expect((await w.accounts.resolve(x.id)).app).toBeNull();

    await w.apps.save('x', { clientId: ' x-client-id ', clientSecret: '' });
    await w.apps.save('facebook', { clientId: '1234567890', clientSecret: 'meta-app-secret-123' });
    expect((await w.accounts.resolve(x.id)).app).toEqual({ clientId: 'x-client-id', clientSecret: null });
    expect((await w.accounts.resolve(instagram.id)).app).toEqual({
      clientId: '1234567890',
      clientSecret: 'meta-app-secret-123',
    });
    expect(await w.secrets.get('app:facebook')).toContain('meta-app-secret-123');

    await w.apps.remove('instagram');
    expect((await w.accounts.resolve(instagram.id)).app).toBeNull();
  });

  it('is taken as missing when the keychain entry is damaged', async ({ w }) => {
    await w.secrets.set('app:x', '{not json');
    expect(await w.apps.get('x')).toBeNull();
  });
});
