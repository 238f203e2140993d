// A test core with the real connectors, and the schema-checked fake Mastodon on loopback,
// sharing one manual clock so Idempotency-Key windows and rate-limit resets line up.
import { createHash, randomBytes } from 'node:crypto';
import { ManualClock } from '../../src-main/core/clock';
import { startMastodonFake, type MastodonFake, type MastodonFakeOptions } from '../fakes/mastodon-fake';
import { memorySecretStore } from '../../src-main/core/ports';
import { tempDir } from './temp-dir';
import { startTestCore, type TestCore } from './test-core';

export interface MastodonWorld {
  fake: MastodonFake;
  t: TestCore;
  clock: ManualClock;
  /** Connects the fake's owner with the pasted-token sign-in; returns the channel id. */
  connect(): Promise<string>;
  /** Moves the clock to `until`, letting the outbox run every timer on the way. */
  runUntil(until: number): Promise<void>;
  /** Rows of post_targets, as SQLite holds them. */
  target(postId: string): Record<string, unknown>;
  /**
   * Drops the core as a killed process would (the database closes, nothing else runs) and starts
   * another on the same folder, clock and keychain; the fake Mastodon keeps what reached it.
   */
  crashAndRestart(): TestCore;
  /** Requests the fake received for one operation. */
  requests(method: string, path: string | RegExp): MastodonFake['requests'];
  dispose(): Promise<void>;
}

export async function startMastodonWorld(
  options: { fake?: Omit<MastodonFakeOptions, 'now'>; requestTimeoutMs?: number; start?: number } = {},
): Promise<MastodonWorld> {
  const clock = new ManualClock(options.start ?? Date.UTC(2026, 10, 25, 12));
  const fake = await startMastodonFake({ ...options.fake, now: () => clock.now() });
  const data = tempDir('cadence-mastodon-');
  const secrets = memorySecretStore();
  const start = () =>
    startTestCore({ dataDir: data.dir, clock, secrets, requestTimeoutMs: options.requestTimeoutMs });
  let t = start();
  return {
    fake,
    get t() {
      return t;
    },
    clock,
    async connect() {
      const channel = await t.call('channels.connect', {
        network: 'mastodon',
        instanceUrl: fake.url,
        accessToken: fake.accessToken,
      });
      return channel.id;
    },
    runUntil: (until) => t.runUntil(until),
    crashAndRestart() {
      t.core.database.close();
      t = start();
      return t;
    },
    target: (postId) =>
      t.core.database.sqlite.prepare('select * from post_targets where post_id = ?').get(postId) as Record<
        string,
        unknown
      >,
    requests: (method, path) =>
      fake.requests.filter(
        (r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
      ),
    async dispose() {
      await t.core.close();
      // A crashed core's request may still hang on the fake: closing the fake ends it.
      await fake.close();
      data.cleanup();
    },
  };
}

/**
 * A token with only the given scopes, got through the fake's own OAuth flow, as an owner
 * who ticked too few boxes under Preferences → Development would have.
 */
export async function tokenWithScopes(fake: MastodonFake, scopes: string): Promise<string> {
  const post = async (path: string, json: unknown) => {
    const response = await fetch(`${fake.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
    return (await response.json()) as Record<string, string>;
  };
  const redirectUri = 'http://127.0.0.1:9/callback';
  const app = await post('/api/v1/apps', { client_name: 'Owner', redirect_uris: [redirectUri], scopes });
  const verifier = randomBytes(32).toString('base64url');
  const query = new URLSearchParams({
    client_id: app.client_id!,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: scopes,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  const authorized = await fetch(`${fake.url}/oauth/authorize?${query.toString()}`, { redirect: 'manual' });
  const code = new URL(authorized.headers.get('location')!).searchParams.get('code');
  const token = await post('/oauth/token', {
    grant_type: 'authorization_code',
    code,
    code_verifier: verifier,
    client_id: app.client_id,
    client_secret: app.client_secret,
    redirect_uri: redirectUri,
  });
  return token.access_token!;
}
