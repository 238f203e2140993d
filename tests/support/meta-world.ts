// The Facebook and Instagram connectors against the schema-checked fake Graph API on loopback,
// sharing one manual clock with it so token lifetimes line up: the owner's Facebook sign-in
// played through the fake's dialog (state and PKCE checked), a keychain that hands out
// accounts as the AccountDirectory does, and a real core with a channel saved as the own-app
// sign-in saves it.
import { ManualClock } from '../../src-main/core/clock';
import type {
  Account,
  Connection,
  Connector,
  ConnectorContext,
  CredentialExpiry,
  OutgoingImage,
  OutgoingPost,
  OwnApp,
} from '../../src-main/core/connectors/connector';
import { facebookConnector } from '../../src-main/core/connectors/facebook/facebook-connector';
import {
  instagramConnector,
  type InstagramConnector,
  type InstagramOptions,
} from '../../src-main/core/connectors/instagram/instagram-connector';
import type { CoreOptions } from '../../src-main/core/create-core';
import { memorySecretStore, type SecretStore } from '../../src-main/core/ports';
import { META_REDIRECT_URI, META_SCOPES } from '../../src-main/shared/own-app-guides/meta';
import { startMetaGraphFake, type MetaFakeOptions, type MetaGraphFake } from '../fakes/meta/graph-fake';
import { approveFacebookLogin } from '../fakes/meta/owner-browser';
import { pkcePair } from '../fakes/oauth-kit';
import { keepSignedInChannel } from './signed-in-channel';
import { tempDir } from './temp-dir';
import { startTestCore, type TestCore } from './test-core';

export const META_START = Date.UTC(2026, 10, 25, 12);

/** One channel's keychain entry and settings row, as the app keeps them. */
export class MetaKeychain {
  readonly saves: Array<{ secret: string; expiry: CredentialExpiry | undefined }> = [];

  constructor(
    readonly connection: Connection,
    public app: OwnApp | null,
    public secret = connection.secret,
    public expiry: CredentialExpiry = connection.expiry ?? { accessExpiresAt: null, refreshExpiresAt: null },
    public settings: Record<string, unknown> = { ...connection.settings },
  ) {}

  /** The account as the outbox would get it now. */
  resolve(): Account {
    const { profile, network } = this.connection;
    return {
      channelId: `${network}-channel`,
      network: network!,
      handle: profile.handle,
      serverUrl: null,
      remoteAccountId: profile.remoteAccountId,
      settings: { ...this.settings },
      secret: this.secret,
      app: this.app,
      expiry: { ...this.expiry },
      saveSecret: async (secret, expiry) => {
        this.secret = secret;
        if (expiry) this.expiry = expiry;
        this.saves.push({ secret, expiry });
      },
      saveSettings: async (patch) => {
        this.settings = { ...this.settings, ...patch };
      },
    };
  }
}

export interface MetaWorld {
  fake: MetaGraphFake;
  clock: ManualClock;
  ctx: ConnectorContext;
  facebook: Connector;
  instagram: InstagramConnector;
  app: OwnApp;
  /** Plays the owner's sign-in through the fake's dialog; returns what finish() gave. */
  signIn(): Promise<Connection[]>;
  /** Signs in and keeps the Page (or its Instagram account) as a channel. */
  connect(network: 'facebook' | 'instagram'): Promise<MetaKeychain>;
  /** A post as the outbox hands it over. */
  post(text: string, extra?: Partial<OutgoingPost>): OutgoingPost;
  requests(method: string, path: string | RegExp): MetaGraphFake['requests'];
  dispose(): Promise<void>;
}

export async function startMetaWorld(
  options: { fake?: Omit<MetaFakeOptions, 'now'>; instagram?: InstagramOptions } = {},
): Promise<MetaWorld> {
  const clock = new ManualClock(META_START);
  const fake = await startMetaGraphFake({
    ...options.fake,
    now: () => clock.now(),
    app: { redirectUris: [META_REDIRECT_URI], ...options.fake?.app },
  });
  const app: OwnApp = { clientId: fake.app.appId, clientSecret: fake.app.appSecret };
  const hosts = { graph: fake.url, dialog: fake.url };
  const ctx: ConnectorContext = {
    clock,
    fetch: globalThis.fetch,
    requestTimeoutMs: 10_000,
    endpoints: { facebook: hosts, instagram: hosts },
  };
  const facebook = facebookConnector(ctx);
  const instagram = instagramConnector(ctx, options.instagram);
  const signIn = async () => {
    const pkce = pkcePair();
    const state = 'state-from-cadence';
    const url = facebook.ownApp!.authorizeUrl({
      app,
      redirectUri: META_REDIRECT_URI,
      state,
      codeChallenge: pkce.challenge,
    });
    const back = await approveFacebookLogin(url, {
      appId: app.clientId,
      redirectUri: META_REDIRECT_URI,
      pkce: true,
      permissions: [...META_SCOPES],
    });
    if (back.state !== state || !back.code) throw new Error('Facebook came back without the state or a code');
    return facebook.ownApp!.finish({
      app,
      code: back.code,
      codeVerifier: pkce.verifier,
      redirectUri: META_REDIRECT_URI,
    });
  };
  let post = 0;
  return {
    fake,
    clock,
    ctx,
    facebook,
    instagram,
    app,
    signIn,
    async connect(network) {
      const connection = (await signIn()).find((c) => c.network === network);
      if (!connection) throw new Error(`the sign-in gave no ${network} account`);
      return new MetaKeychain(connection, app);
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
        (r) =>
          r.method === method &&
          (typeof path === 'string' ? r.path.replace(/^\/v\d+\.\d+/, '') === path : path.test(r.path)),
      ),
    dispose: () => fake.close(),
  };
}

/** A real core with one channel of `network` saved as the own-app sign-in saves it. */
export async function startMetaCore(
  world: MetaWorld,
  network: 'facebook' | 'instagram',
  inboxSources?: CoreOptions['inboxSources'],
): Promise<{
  readonly t: TestCore;
  channelId: string;
  /**
   * Drops the core as a killed process would (the database closes, nothing else runs) and starts
   * another on the same folder, clock and keychain; the fake keeps what reached it.
   */
  crashAndRestart(): TestCore;
  dispose(): Promise<void>;
}> {
  const data = tempDir(`cadence-${network}-`);
  const secrets: SecretStore = memorySecretStore();
  const start = () =>
    startTestCore({
      dataDir: data.dir,
      clock: world.clock,
      secrets,
      connectors: { facebook: world.facebook, instagram: world.instagram },
      inboxSources,
    });
  let t = start();
  const connection = (await world.signIn()).find((c) => c.network === network)!;
  const channelId = await keepSignedInChannel(t, secrets, network, connection);
  return {
    get t() {
      return t;
    },
    channelId,
    crashAndRestart() {
      t.core.database.close();
      t = start();
      return t;
    },
    dispose: async () => {
      await t.core.close();
      data.cleanup();
    },
  };
}

/** Runs the clock's timers while `work` waits on them (the container polls), until it settles. */
export async function whileTimersRun<T>(clock: ManualClock, work: Promise<T>): Promise<T> {
  let settled = false;
  const done = work.finally(() => {
    settled = true;
  });
  while (!settled) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const next = clock.nextDueAt();
    if (next !== null) clock.set(next);
  }
  return done;
}

export function image(bytes: Buffer, fileName: string, altText = ''): OutgoingImage {
  return {
    bytes: new Uint8Array(bytes),
    mimeType: fileName.endsWith('.png') ? 'image/png' : 'image/jpeg',
    altText,
    fileName,
  };
}
