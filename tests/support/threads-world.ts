// The Threads connector against the schema-checked fake Threads on loopback, sharing one manual
// clock with it so token lifetimes line up: the owner's sign-in played through the fake's
// Authorization Window, ending, as Threads' https-only redirect does, on an address the owner
// pastes back; and, when a test asks for one, a connected Facebook Page on the fake Graph API
// that hosts the photos through the Meta connector's unpublished-photo solution.
import { ManualClock } from '../../src-main/core/clock';
import type {
  Connection,
  Connector,
  ConnectorContext,
  OutgoingImage,
  OutgoingPost,
  OwnApp,
} from '../../src-main/core/connectors/connector';
import { threadsConnector } from '../../src-main/core/connectors/threads/threads-connector';
import { THREADS_REDIRECT_URI } from '../../src-main/core/connectors/threads/threads-endpoints';
import { facebookPageImageHost } from '../../src-main/core/connectors/threads/facebook-page-host';
import { codeFromPastedAddress } from '../../src-main/core/connectors/threads/threads-sign-in';
import { startMetaGraphFake, type MetaGraphFake } from '../fakes/meta/graph-fake';
import { approveThreadsAuthorization } from '../fakes/threads/owner-browser';
import { startThreadsFake, type ThreadsFake, type ThreadsFakeOptions } from '../fakes/threads/threads-fake';
import { OwnAppKeychain } from './own-app-keychain';

export const THREADS_START = Date.UTC(2026, 10, 25, 12);

export interface ThreadsWorld {
  fake: ThreadsFake;
  clock: ManualClock;
  ctx: ConnectorContext;
  threads: Connector;
  app: OwnApp;
  /** The fake Facebook Page that hosts photos, when the world was started with one. */
  meta: MetaGraphFake | null;
  /** Plays the owner's sign-in through the fake; returns what finish() gave. */
  signIn(): Promise<Connection>;
  /** Signs in and keeps the result as a channel. */
  connect(): Promise<OwnAppKeychain>;
  /** A post as the outbox hands it over. */
  post(text: string, extra?: Partial<OutgoingPost>): OutgoingPost;
  /** Runs `work` while moving the clock past every pause the connector takes (container polls). */
  withTimePassing<T>(work: () => Promise<T>): Promise<T>;
  requests(method: string, path: string | RegExp): ThreadsFake['requests'];
  dispose(): Promise<void>;
}

export async function startThreadsWorld(
  options: { fake?: Omit<ThreadsFakeOptions, 'now'>; facebookPage?: boolean } = {},
): Promise<ThreadsWorld> {
  const clock = new ManualClock(THREADS_START);
  const fake = await startThreadsFake({
    ...options.fake,
    now: () => clock.now(),
    app: { redirectUris: [THREADS_REDIRECT_URI], ...options.fake?.app },
  });
  const meta = options.facebookPage ? await startMetaGraphFake({ now: () => clock.now() }) : null;
  if (meta) fake.publicOrigins.push(meta.url);
  const app: OwnApp = { clientId: fake.app.appId, clientSecret: fake.app.appSecret };
  const ctx: ConnectorContext = {
    clock,
    fetch: globalThis.fetch,
    requestTimeoutMs: 10_000,
    endpoints: {
      threads: { api: fake.url, authorize: fake.authorizeUrl },
      ...(meta ? { facebook: { graph: meta.url, dialog: meta.url } } : {}),
    },
  };
  const page = meta ? await facebookPage(meta) : null;
  const threads = threadsConnector(ctx, {
    imageHost: page ? facebookPageImageHost(ctx, async () => page) : undefined,
    containerWait: { firstPollMs: 1_000, maxPollMs: 4_000, maxWaitMs: 30_000 },
  });
  const signIn = async () => {
    const state = 'state-from-cadence';
    const url = threads.ownApp!.authorizeUrl({
      app,
      redirectUri: THREADS_REDIRECT_URI,
      state,
      codeChallenge: null,
    });
    const back = await approveThreadsAuthorization(url, {
      appId: app.clientId,
      redirectUri: THREADS_REDIRECT_URI,
    });
    // The browser stops on the https address; the owner pastes it into Cadence.
    const code = codeFromPastedAddress(back.redirect.toString(), state);
    const [connection] = await threads.ownApp!.finish({
      app,
      code,
      codeVerifier: null,
      redirectUri: THREADS_REDIRECT_URI,
    });
    return connection!;
  };
  let post = 0;
  return {
    fake,
    clock,
    ctx,
    threads,
    app,
    meta,
    signIn,
    async connect() {
      return new OwnAppKeychain('threads', await signIn(), app);
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
    dispose: async () => {
      await fake.close();
      await meta?.close();
    },
  };
}

/** The connected Facebook Page's channel as the Meta connector keeps it (StoredMetaSecret). */
async function facebookPage(meta: MetaGraphFake): Promise<{ secret: string; handle: string }> {
  const userToken = meta.userToken();
  const accounts = (await (await fetch(`${meta.graphUrl}/me/accounts?access_token=${userToken}`)).json()) as {
    data: Array<{ id: string; access_token: string }>;
  };
  const secret = {
    userToken,
    userTokenExpiresAt: null,
    pageId: meta.page.id,
    pageToken: accounts.data[0]!.access_token,
  };
  return { secret: JSON.stringify(secret), handle: meta.page.name };
}

/** A small real JPEG, as the media store would hand it over. */
export async function jpeg(name: string, altText = ''): Promise<OutgoingImage> {
  const sharp = (await import('sharp')).default;
  const bytes = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#c84' } })
    .jpeg()
    .toBuffer();
  return { bytes: new Uint8Array(bytes), mimeType: 'image/jpeg', altText, fileName: name };
}
