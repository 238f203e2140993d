// Bluesky sessions are single-flight per account, against a real PDS: callers that need the
// account at the same moment (a send, the inbox sync, a metrics read) share one createSession
// or one refreshSession. createSession is rate-limited per day, and two refreshes of the same
// token would revoke each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src-main/core/clock';
import { blueskyConnector } from '../../src-main/core/connectors/bluesky/bluesky-connector';
import { signIn } from '../../src-main/core/connectors/bluesky/bluesky-session';
import type { Account, ConnectorContext } from '../../src-main/core/connectors/connector';
import { startBlueskyNetwork, type BlueskyAccount, type BlueskyNetwork } from '../support/bluesky-network';

let network: BlueskyNetwork;
let owner: BlueskyAccount;

beforeAll(async () => {
  network = await startBlueskyNetwork();
  owner = await network.createAccount('flight');
}, 180_000);
afterAll(() => network?.stop());

/** A connector context whose fetch names every XRPC method it sends, in order. */
function countingContext(): { ctx: ConnectorContext; methods: string[] } {
  const methods: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    methods.push(url.pathname.replace('/xrpc/', ''));
    return globalThis.fetch(input, init);
  };
  return { ctx: { clock: systemClock(), fetch, requestTimeoutMs: 30_000 }, methods };
}

function account(secret: object, saved: string[]): Account {
  return {
    channelId: 'bluesky-channel',
    network: 'bluesky',
    handle: owner.handle,
    serverUrl: network.pdsUrl,
    remoteAccountId: owner.did,
    settings: {},
    secret: JSON.stringify(secret),
    app: null,
    expiry: { accessExpiresAt: null, refreshExpiresAt: null },
    saveSecret: async (secret) => {
      saved.push(secret);
    },
  };
}

const count = (methods: string[], method: string) => methods.filter((m) => m === method).length;

describe('Bluesky sessions', () => {
  it('signs in once for five callers that need the account at the same time', async () => {
    const { ctx, methods } = countingContext();
    const connector = blueskyConnector(ctx);
    const saved: string[] = [];
    const bare = account({ identifier: owner.handle, appPassword: owner.password }, saved);

    const profiles = await Promise.all([
      connector.test(bare),
      connector.profile(bare),
      connector.profile(bare),
      connector.test(bare),
      connector.profile(bare),
    ]);

    expect(new Set(profiles.map((p) => p.remoteAccountId))).toEqual(new Set([owner.did]));
    expect(count(methods, 'com.atproto.server.createSession')).toBe(1);
    expect(count(methods, 'com.atproto.server.refreshSession')).toBe(0);
    expect(saved).toHaveLength(1);
  });

  it('refreshes a stored session once for five callers, and signs in not at all', async () => {
    const { secret } = await signIn(countingContext().ctx, network.pdsUrl, owner.handle, owner.password);
    const { ctx, methods } = countingContext();
    const connector = blueskyConnector(ctx);
    const saved: string[] = [];
    const stored = account(secret, saved);

    await Promise.all(Array.from({ length: 5 }, () => connector.test(stored)));

    expect(count(methods, 'com.atproto.server.refreshSession')).toBe(1);
    expect(count(methods, 'com.atproto.server.createSession')).toBe(0);
    // The one new session is the one kept, and every later call uses it without a refresh.
    await connector.profile(account(JSON.parse(saved.at(-1)!) as object, saved));
    expect(count(methods, 'com.atproto.server.refreshSession')).toBe(1);
  });
});
