// Bluesky's rate limits, on a real PDS with its limits switched on: when signing in is refused
// with 429, the outbox waits exactly until the server's ratelimit-reset before trying again.
import { AtpAgent, XRPCError } from '@atproto/api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { memorySecretStore } from '../../src-main/core/ports';
import { startBlueskyNetwork, type BlueskyAccount, type BlueskyNetwork } from '../support/bluesky-network';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';

let network: BlueskyNetwork;
let shop: BlueskyAccount;
let t: TestCore;
const secrets = memorySecretStore();
const data = tempDir();

beforeAll(async () => {
  network = await startBlueskyNetwork({ rateLimits: true });
  shop = await network.createAccount('ratelimited');
  t = startTestCore({ dataDir: data.dir, secrets });
}, 120_000);

afterAll(async () => {
  await t?.core.close();
  await network?.stop();
  data.cleanup();
});

/** Signs in until the PDS refuses; returns the reset time it announced, in ms. */
async function exhaustSignIns(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await new AtpAgent({ service: network.pdsUrl }).login({
        identifier: shop.handle,
        password: shop.password,
      });
    } catch (error) {
      if (error instanceof XRPCError && error.status === 429) {
        return Number(error.headers?.['ratelimit-reset']) * 1000;
      }
      throw error;
    }
  }
  throw new Error('the PDS never refused a sign-in');
}

it('waits until ratelimit-reset when Bluesky refuses with 429', async () => {
  const channel = await t.call('channels.connect', {
    network: 'bluesky',
    serviceUrl: network.pdsUrl,
    identifier: shop.handle,
    appPassword: shop.password,
  });
  const resetAt = await exhaustSignIns();
  expect(resetAt).toBeGreaterThan(Date.now());

  // The kept session is revoked, so publishing has to sign in again, which is refused.
  const key = `channel:${channel.id}`;
  const stored = JSON.parse((await secrets.get(key))!) as { session: Record<string, string> };
  stored.session = { ...stored.session, accessJwt: 'revoked', refreshJwt: 'revoked' };
  await secrets.set(key, JSON.stringify(stored));

  const post = await t.call('posts.create', { body: 'Rate limits are honoured', channelIds: [channel.id] });
  await t.call('posts.publishNow', { id: post.id });
  await t.core.whenIdle();

  const target = t.core.database.sqlite
    .prepare('select state, next_attempt_at as nextAttemptAt from post_targets where post_id = ?')
    .get(post.id) as { state: string; nextAttemptAt: number };
  expect(target).toEqual({ state: 'retry_wait', nextAttemptAt: resetAt });
  const [latest] = await t.call('activity.list', { postId: post.id });
  expect(latest).toMatchObject({
    kind: 'attempt.retry',
    message: expect.stringMatching(/slow down/),
    detail: expect.objectContaining({ httpStatus: 429, nextAttemptAt: resetAt }),
  });
}, 120_000);
