// Long-lived sign-ins are renewed a week before they end, on one timer (no polling), and the
// new secret and end are kept; a refusal while the sign-in still works is recorded for the
// calendar without stopping the channel, a refusal after its end asks for a reconnect, a
// passing failure is tried again an hour later, and X's short tokens are left to its connector.
import { describe, expect } from 'vitest';
import { AccountDirectory } from '../../src-main/core/connectors/account-directory';
import { ChannelConnections } from '../../src-main/core/connectors/channel-connections';
import type {
  Account,
  Connection,
  Connector,
  CredentialExpiry,
} from '../../src-main/core/connectors/connector';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { OwnAppStore } from '../../src-main/core/connectors/own-app-store';
import { memorySecretStore } from '../../src-main/core/ports';
import { ChannelStore } from '../../src-main/core/store/channel-store';
import type { Network } from '../../src-main/shared/entities';
import { test, type CoreFixtures } from '../support/core-fixture';
import { ScriptedConnector } from '../support/scripted-connector';
import type { TestCore } from '../support/test-core';
import { DAY, HOUR } from '../support/time';

type Renewal = { secret: string; expiry: CredentialExpiry } | ConnectorError;

/** A connector that renews as scripted and records each renewal with the secret it was given. */
class RenewingConnector extends ScriptedConnector {
  readonly renewals: Array<{ at: number; secret: string }> = [];
  readonly script: Renewal[] = [];

  constructor(
    network: Network,
    private readonly now: () => number,
  ) {
    super(network, { now, setTimer: () => ({ id: 0 }), clearTimer: () => {} });
  }

  async refresh(account: Account) {
    this.renewals.push({ at: this.now(), secret: account.secret });
    const next = this.script.shift();
    if (!next) throw new Error('unscripted renewal');
    if (next instanceof ConnectorError) throw next;
    return next;
  }
}

/** A core whose `network` renews as scripted, and the channel services beside it. */
function renewalWorld(startCore: CoreFixtures['startCore'], network: Network) {
  const secrets = memorySecretStore();
  let t: TestCore | null = null;
  const connector = new RenewingConnector(network, () => t!.clock.now());
  t = startCore({ secrets, connectors: { [network]: connector as Connector } });
  const { db } = t.core.database;
  const channels = new ChannelStore(db, t.clock);
  const accounts = new AccountDirectory(channels, secrets, new OwnAppStore(secrets));
  // Written beside the core, on its database, as its own handlers would.
  const connections = new ChannelConnections(channels, secrets, accounts, {});
  return { t, secrets, connector, connections };
}

type World = ReturnType<typeof renewalWorld>;

const it = test.extend<{ world: (network?: Network) => World }>({
  world: async ({ startCore }, use) => use((network = 'threads') => renewalWorld(startCore, network)),
});

async function connect(w: World, network: Network, accessEndsIn: number | null) {
  const connection: Connection = {
    secret: 'first-token-123456',
    serverUrl: null,
    settings: {},
    profile: {
      handle: '@bakery',
      displayName: 'Bakery',
      avatarUrl: null,
      followersCount: 1,
      remoteAccountId: '7',
    },
    expiry: {
      accessExpiresAt: accessEndsIn === null ? null : w.t.clock.now() + accessEndsIn,
      refreshExpiresAt: null,
    },
  };
  const channel = await w.connections.save(network, connection);
  // The core hears of channels connected through its own handlers; this one was written beside it.
  w.t.core.wake('resume');
  return channel;
}

const channelRow = async (w: World, id: string) =>
  (await w.t.call('channels.list')).find((channel) => channel.id === id)!;

describe('renewing sign-ins ahead of their end', () => {
  it('renews a 60-day sign-in a week before it ends, keeps the new secret and end, and arms for the next', async ({
    world,
  }) => {
    const w = world();
    const start = w.t.clock.now();
    const channel = await connect(w, 'threads', 60 * DAY);
    w.connector.script.push(
      {
        secret: 'second-token-123456',
        expiry: { accessExpiresAt: start + 113 * DAY, refreshExpiresAt: null },
      },
      {
        secret: 'third-token-123456',
        expiry: { accessExpiresAt: start + 166 * DAY, refreshExpiresAt: null },
      },
    );

    w.t.clock.advance(53 * DAY - 1);
    await w.t.core.whenIdle();
    expect(w.connector.renewals).toEqual([]);

    w.t.clock.advance(1);
    await w.t.core.whenIdle();
    expect(w.connector.renewals).toEqual([{ at: start + 53 * DAY, secret: 'first-token-123456' }]);
    expect(await w.secrets.get(`channel:${channel.id}`)).toBe('second-token-123456');
    expect(await channelRow(w, channel.id)).toMatchObject({
      connection: 'connected',
      accessExpiresAt: start + 113 * DAY,
      credentialFailedAt: null,
    });

    w.t.clock.advance(53 * DAY);
    await w.t.core.whenIdle();
    expect(w.connector.renewals.map((r) => [r.at - start, r.secret])).toEqual([
      [53 * DAY, 'first-token-123456'],
      [106 * DAY, 'second-token-123456'],
    ]);
  });

  it('keeps publishing after a refusal while the sign-in works, records it, and does not ask again', async ({
    world,
  }) => {
    const w = world('linkedin');
    const channel = await connect(w, 'linkedin', 60 * DAY);
    w.connector.script.push(new ConnectorError('auth', 'LinkedIn does not renew this app’s sign-ins.'));
    w.t.clock.advance(53 * DAY);
    await w.t.core.whenIdle();
    expect(await channelRow(w, channel.id)).toMatchObject({
      connection: 'connected',
      credentialFailedAt: w.t.clock.now(),
    });
    w.t.clock.advance(30 * DAY);
    await w.t.core.whenIdle();
    expect(w.connector.renewals).toHaveLength(1);
  });

  it('asks for a reconnect when the refused sign-in has already ended', async ({ world }) => {
    const w = world('facebook');
    const channel = await connect(w, 'facebook', -DAY);
    w.connector.script.push(new ConnectorError('auth', 'Facebook ended this sign-in.'));
    await w.t.core.whenIdle();
    expect(w.connector.renewals).toHaveLength(1);
    expect(await channelRow(w, channel.id)).toMatchObject({
      connection: 'needs_reconnect',
      credentialFailedAt: w.t.clock.now(),
    });
  });

  it('tries again an hour after a passing failure, and waits for the network to come back', async ({
    world,
  }) => {
    const w = world();
    const start = w.t.clock.now();
    const channel = await connect(w, 'threads', 7 * DAY);
    w.connector.script.push(new ConnectorError('offline', 'Threads could not be reached.'));
    await w.t.core.whenIdle();
    expect(w.connector.renewals).toHaveLength(1);

    w.t.online.set(false);
    w.t.clock.advance(2 * HOUR);
    await w.t.core.whenIdle();
    expect(w.connector.renewals).toHaveLength(1);

    w.connector.script.push({
      secret: 'second-token-123456',
      expiry: { accessExpiresAt: start + 67 * DAY, refreshExpiresAt: null },
    });
    w.t.online.set(true);
    await w.t.core.whenIdle();
    expect(w.connector.renewals.map((r) => r.at - start)).toEqual([0, 2 * HOUR]);
    expect((await channelRow(w, channel.id)).accessExpiresAt).toBe(start + 67 * DAY);
  });

  it('asks again a day later when the network gave no longer sign-in, not in a loop', async ({ world }) => {
    const w = world();
    const start = w.t.clock.now();
    await connect(w, 'threads', 3 * DAY);
    w.connector.script.push(
      { secret: 'same-end-123456', expiry: { accessExpiresAt: start + 3 * DAY, refreshExpiresAt: null } },
      { secret: 'longer-123456', expiry: { accessExpiresAt: start + 61 * DAY, refreshExpiresAt: null } },
    );
    await w.t.core.whenIdle();
    w.t.clock.advance(DAY);
    await w.t.core.whenIdle();
    expect(w.connector.renewals.map((r) => r.at - start)).toEqual([0, DAY]);
  });

  it('leaves X’s two-hour tokens to its connector', async ({ world }) => {
    const w = world('x');
    await connect(w, 'x', 2 * HOUR);
    w.t.clock.advance(3 * HOUR);
    await w.t.core.whenIdle();
    expect(w.connector.renewals).toEqual([]);
  });
});
