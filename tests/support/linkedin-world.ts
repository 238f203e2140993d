// The LinkedIn connector against the schema-checked fake LinkedIn on loopback, sharing one
// manual clock with it so the 60-day and 365-day lifetimes line up: the owner's sign-in played
// through the fake's authorization page on the fixed loopback redirect, and one keychain entry
// per account it gave (the member, and each Page they may post for).
import { ManualClock } from '../../src-main/core/clock';
import type {
  Connection,
  Connector,
  ConnectorContext,
  OutgoingPost,
  OwnApp,
} from '../../src-main/core/connectors/connector';
import { linkedInConnector } from '../../src-main/core/connectors/linkedin/linkedin-connector';
import { LINKEDIN_REDIRECT_URI } from '../../src-main/core/connectors/linkedin/linkedin-endpoints';
import { approveLinkedInAuthorization } from '../fakes/linkedin/owner-browser';
import {
  startLinkedInFake,
  type LinkedInFake,
  type LinkedInFakeOptions,
} from '../fakes/linkedin/linkedin-fake';
import { pkcePair } from '../fakes/oauth-kit';
import { OwnAppKeychain } from './own-app-keychain';

export const LINKEDIN_START = Date.UTC(2026, 4, 20, 12);

export interface LinkedInWorld {
  fake: LinkedInFake;
  clock: ManualClock;
  ctx: ConnectorContext;
  linkedin: Connector;
  app: OwnApp;
  /** Plays the owner's sign-in through the fake; returns what finish() gave. */
  signIn(scopes?: string[]): Promise<Connection[]>;
  /** Signs in and keeps the member's account as a channel. */
  connect(): Promise<OwnAppKeychain>;
  /** Signs in and keeps the first Page's account as a channel. */
  connectPage(): Promise<OwnAppKeychain>;
  post(text: string, extra?: Partial<OutgoingPost>): OutgoingPost;
  /** Runs `work` while moving the clock past every pause the connector takes (image polls). */
  withTimePassing<T>(work: () => Promise<T>): Promise<T>;
  requests(method: string, path: string | RegExp): LinkedInFake['requests'];
  dispose(): Promise<void>;
}

export async function startLinkedInWorld(
  options: { fake?: Omit<LinkedInFakeOptions, 'now'>; nativeApp?: boolean } = {},
): Promise<LinkedInWorld> {
  const clock = new ManualClock(LINKEDIN_START);
  const fake = await startLinkedInFake({
    ...options.fake,
    now: () => clock.now(),
    app: { redirectUris: [LINKEDIN_REDIRECT_URI], pkce: options.nativeApp ?? false, ...options.fake?.app },
  });
  const app: OwnApp = {
    clientId: fake.app.clientId,
    clientSecret: options.nativeApp ? null : fake.app.clientSecret,
  };
  const ctx: ConnectorContext = {
    clock,
    fetch: globalThis.fetch,
    requestTimeoutMs: 10_000,
    endpoints: { linkedin: { api: fake.apiUrl, authorize: fake.authorizeUrl, token: fake.tokenUrl } },
  };
  const linkedin = linkedInConnector(ctx, {
    imageWait: { firstPollMs: 1_000, maxPollMs: 2_000, maxWaitMs: 10_000 },
  });
  const signIn = async (scopes?: string[]) => {
    const pkce = pkcePair();
    const state = 'state-from-cadence';
    const url = new URL(
      linkedin.ownApp!.authorizeUrl({
        app,
        redirectUri: LINKEDIN_REDIRECT_URI,
        state,
        codeChallenge: pkce.challenge,
      }),
    );
    if (scopes) url.searchParams.set('scope', scopes.join(' '));
    const back = await approveLinkedInAuthorization(url.toString(), {
      clientId: app.clientId,
      redirectUri: LINKEDIN_REDIRECT_URI,
      pkce: options.nativeApp,
      scopes: scopes ?? undefined,
    });
    if (back.state !== state || !back.code) throw new Error(`LinkedIn came back without the state or a code`);
    return linkedin.ownApp!.finish({
      app,
      code: back.code,
      codeVerifier: pkce.verifier,
      redirectUri: LINKEDIN_REDIRECT_URI,
    });
  };
  let post = 0;
  return {
    fake,
    clock,
    ctx,
    linkedin,
    app,
    signIn,
    async connect() {
      const [member] = await signIn();
      return new OwnAppKeychain('linkedin', member!, app, 'linkedin-member');
    },
    async connectPage() {
      const page = (await signIn()).find((c) => c.profile.remoteAccountId?.includes(':organization:'));
      return new OwnAppKeychain('linkedin', page!, app, 'linkedin-page');
    },
    post(text, extra = {}) {
      post += 1;
      return {
        targetId: `target-${post}`,
        idempotencyKey: `cadence-target-${post}`,
        text,
        images: [],
        firstAttemptAt: clock.now(),
        ...extra,
      };
    },
    async withTimePassing(work) {
      let settled = false;
      const running = work();
      const done = () => {
        settled = true;
      };
      running.then(done, done);
      while (!settled) {
        const next = clock.nextDueAt();
        if (next !== null) clock.set(next);
        await new Promise((resolve) => setImmediate(resolve));
      }
      return running;
    },
    requests: (method, path) =>
      fake.requests.filter(
        (r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
      ),
    dispose: () => fake.close(),
  };
}

/** The grant types the fake's token endpoint received, in order. */
export function grants(world: LinkedInWorld): string[] {
  return world
    .requests('POST', '/oauth/v2/accessToken')
    .map((r) => new URLSearchParams(r.body.toString('utf8')).get('grant_type') ?? '');
}
