// The X connector against the schema-checked fake X on loopback, sharing one manual clock with
// it so token lifetimes and rate-limit resets line up: the owner's sign-in played through the
// fake's authorize page, and a keychain that hands out accounts as the AccountDirectory does
// (a fresh copy per resolve, so a caller may hold a secret that was replaced meanwhile).
import { ManualClock } from '../../src-main/core/clock';
import type {
  Account,
  Connection,
  Connector,
  ConnectorContext,
  CredentialExpiry,
  OutgoingPost,
  OwnApp,
} from '../../src-main/core/connectors/connector';
import { xConnector } from '../../src-main/core/connectors/x/x-connector';
import { X_REDIRECT_URI } from '../../src-main/core/connectors/x/x-endpoints';
import { pkcePair } from '../fakes/oauth-kit';
import { approveXAuthorization } from '../fakes/x/owner-browser';
import { startXFake, type XFake, type XFakeOptions } from '../fakes/x/x-fake';

export const X_START = Date.UTC(2026, 10, 25, 12);

export interface SavedSecret {
  secret: string;
  expiry: CredentialExpiry | undefined;
  /** How many requests the fake had received when the secret was saved. */
  requestsSoFar: number;
}

/** One channel's keychain entry and settings row, as the app keeps them. */
export class XKeychain {
  readonly saves: SavedSecret[] = [];
  settings: Record<string, unknown> = {};

  constructor(
    private readonly fake: XFake,
    public secret: string,
    public expiry: CredentialExpiry,
    public app: OwnApp | null,
    private readonly handle: string,
    private readonly userId: string | null,
  ) {}

  /** The account as the outbox would get it now. */
  resolve(): Account {
    return {
      channelId: 'x-channel',
      network: 'x',
      handle: this.handle,
      serverUrl: null,
      remoteAccountId: this.userId,
      settings: { ...this.settings },
      secret: this.secret,
      app: this.app,
      expiry: { ...this.expiry },
      saveSecret: async (secret, expiry) => {
        this.secret = secret;
        if (expiry) this.expiry = expiry;
        this.saves.push({ secret, expiry, requestsSoFar: this.fake.requests.length });
      },
      saveSettings: async (patch) => {
        this.settings = { ...this.settings, ...patch };
      },
    };
  }

  get tokens(): { accessToken: string; refreshToken: string; scope: string } {
    return JSON.parse(this.secret) as never;
  }
}

export interface XWorld {
  fake: XFake;
  clock: ManualClock;
  ctx: ConnectorContext;
  x: Connector;
  app: OwnApp;
  /** Plays the owner's sign-in through the fake; returns what finish() gave. */
  signIn(): Promise<Connection>;
  /** Signs in and keeps the result as a channel. */
  connect(): Promise<XKeychain>;
  /** A post as the outbox hands it over. */
  post(text: string, extra?: Partial<OutgoingPost>): OutgoingPost;
  /** Requests the fake received for one operation. */
  requests(method: string, path: string | RegExp): XFake['requests'];
  dispose(): Promise<void>;
}

export async function startXWorld(
  options: {
    fake?: Omit<XFakeOptions, 'now'>;
    clientSecret?: string;
    requestTimeoutMs?: number;
    /** The time the fake and the connector share; a new manual clock at X_START by default. */
    clock?: ManualClock;
  } = {},
): Promise<XWorld> {
  const clock = options.clock ?? new ManualClock(X_START);
  const app: OwnApp = { clientId: 'cadence-x-client', clientSecret: options.clientSecret ?? null };
  const fake = await startXFake({
    ...options.fake,
    now: () => clock.now(),
    config: {
      app: {
        clientId: app.clientId,
        ...(app.clientSecret ? { clientSecret: app.clientSecret } : {}),
        redirectUris: [X_REDIRECT_URI],
      },
      ...options.fake?.config,
    },
  });
  const ctx: ConnectorContext = {
    clock,
    fetch: globalThis.fetch,
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
    endpoints: { x: { api: fake.url, authorize: fake.authorizeUrl } },
  };
  const x = xConnector(ctx, { mediaWait: { maxPollMs: 5, maxWaitMs: 5_000 } });
  const signIn = async () => {
    const pkce = pkcePair();
    const state = 'state-from-cadence';
    const url = x.ownApp!.authorizeUrl({
      app,
      redirectUri: X_REDIRECT_URI,
      state,
      codeChallenge: pkce.challenge,
    });
    const back = await approveXAuthorization(url, { clientId: app.clientId, redirectUri: X_REDIRECT_URI });
    if (back.state !== state || !back.code) throw new Error(`X came back without the state or a code`);
    const [connection] = await x.ownApp!.finish({
      app,
      code: back.code,
      codeVerifier: pkce.verifier,
      redirectUri: X_REDIRECT_URI,
    });
    return connection!;
  };
  let post = 0;
  return {
    fake,
    clock,
    ctx,
    x,
    app,
    signIn,
    async connect() {
      const connection = await signIn();
      const expiry = connection.expiry ?? { accessExpiresAt: null, refreshExpiresAt: null };
      const { handle, remoteAccountId } = connection.profile;
      return new XKeychain(fake, connection.secret, expiry, app, handle, remoteAccountId);
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
    requests: (method, path) =>
      fake.requests.filter(
        (r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)),
      ),
    dispose: () => fake.close(),
  };
}

/** The grant types the fake's token endpoint received, in order. */
export function grants(world: XWorld): string[] {
  return world
    .requests('POST', '/2/oauth2/token')
    .map((r) => new URLSearchParams(r.body.toString('utf8')).get('grant_type') ?? '');
}
