import { AtpAgent, XRPCError } from '@atproto/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBlueskyNetwork, type BlueskyNetwork } from '../support/bluesky-network';

const NETWORK_START_TIMEOUT_MS = 180_000;
const CREATE_SESSION_BURST = 40;

describe('local Bluesky network', () => {
  let network: BlueskyNetwork;
  beforeAll(async () => {
    network = await startBlueskyNetwork();
  }, NETWORK_START_TIMEOUT_MS);
  afterAll(() => network?.stop());

  it('serves the PDS and the PLC directory on loopback', async () => {
    expect(new URL(network.pdsUrl).hostname).toBe('127.0.0.1');
    expect(new URL(network.plcUrl).hostname).toBe('127.0.0.1');
    const described = await new AtpAgent({ service: network.pdsUrl }).com.atproto.server.describeServer();
    expect(described.data.availableUserDomains).toContain('.test');
  });

  it('creates accounts that sign in with an app password, post, and read each other back', async () => {
    const alice = await network.createAccount('alice');
    const bob = await network.createAccount('bob.test');
    expect(alice.handle).toBe('alice.test');
    expect(bob.handle).toBe('bob.test');
    expect(alice.did).toMatch(/^did:plc:/);
    expect(bob.did).not.toBe(alice.did);

    const aliceAgent = new AtpAgent({ service: network.pdsUrl });
    const session = await aliceAgent.login({ identifier: alice.handle, password: alice.password });
    expect(session.data.did).toBe(alice.did);

    const record = {
      $type: 'app.bsky.feed.post',
      text: 'Fresh bread at 7 tomorrow',
      createdAt: new Date().toISOString(),
    };
    const created = await aliceAgent.com.atproto.repo.createRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      record,
    });
    const rkey = created.data.uri.split('/').pop() ?? '';

    const bobAgent = new AtpAgent({ service: network.pdsUrl });
    await bobAgent.login({ identifier: bob.handle, password: bob.password });
    const read = await bobAgent.com.atproto.repo.getRecord({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      rkey,
    });
    expect(read.data.uri).toBe(created.data.uri);
    expect(read.data.cid).toBe(created.data.cid);
    expect(read.data.value).toEqual(record);
  });
});

describe('local Bluesky network with rate limits', () => {
  let network: BlueskyNetwork;
  beforeAll(async () => {
    network = await startBlueskyNetwork({ rateLimits: true });
  }, NETWORK_START_TIMEOUT_MS);
  afterAll(() => network?.stop());

  it('answers a burst of createSession with 429 and ratelimit-* headers', async () => {
    const account = await network.createAccount('carol');
    const agent = new AtpAgent({ service: network.pdsUrl });
    const credentials = { identifier: account.handle, password: account.password };

    let refusal: XRPCError | undefined;
    let accepted = 0;
    for (let attempt = 0; attempt < CREATE_SESSION_BURST && !refusal; attempt++) {
      try {
        const session = await agent.com.atproto.server.createSession(credentials);
        accepted++;
        expect(Number(session.headers['ratelimit-remaining'])).toBe(
          Number(session.headers['ratelimit-limit']) - accepted,
        );
      } catch (err) {
        if (!(err instanceof XRPCError)) throw err;
        refusal = err;
      }
    }

    expect(refusal?.status).toBe(429);
    expect(refusal?.error).toBe('RateLimitExceeded');
    const headers = refusal?.headers ?? {};
    const limit = Number(headers['ratelimit-limit']);
    expect(accepted).toBe(limit);
    expect(headers['ratelimit-remaining']).toBe('0');
    expect(headers['ratelimit-policy']).toMatch(new RegExp(`^${limit};w=\\d+$`));
    // ratelimit-reset is a Unix time in seconds, within the policy's window from now.
    const windowSeconds = Number(headers['ratelimit-policy']?.split('w=')[1]);
    const resetSeconds = Number(headers['ratelimit-reset']);
    const nowSeconds = Date.now() / 1000;
    expect(resetSeconds).toBeGreaterThan(nowSeconds);
    expect(resetSeconds).toBeLessThanOrEqual(nowSeconds + windowSeconds);
  });

  it('stops cleanly, closing its ports', async () => {
    await network.stop();
    await expect(fetch(`${network.pdsUrl}/xrpc/_health`)).rejects.toThrow();
    await expect(fetch(`${network.plcUrl}/_health`)).rejects.toThrow();
  });
});
