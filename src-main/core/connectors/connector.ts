// The one interface every network sits behind. The outbox only ever talks to this.
import type { LanguageChoice } from '../../shared/app-settings';
import type { Network, PostingAllowance, VideoFacts } from '../../shared/entities';
import type { ReplyTo } from '../../shared/inbox';
import type { OwnerMessage } from '../../shared/messages/owner-message';
import type { ChannelLimits, Problem } from '../../shared/text-rules';
import type { Clock } from '../clock';
import type { LinkCardReader } from '../link-cards/link-card-reader';

/** What the outbox knows of a connected account; the secret comes from the keychain. */
export interface Account {
  channelId: string;
  network: Network;
  handle: string;
  serverUrl: string | null;
  remoteAccountId: string | null;
  settings: Record<string, unknown>;
  /** The stored credential (password, token, session JSON…), as saved by `connect`. */
  secret: string;
  /** The owner's own developer app for this network (from the keychain), where it signs in with one. */
  app: OwnApp | null;
  /** When the stored credential stops working, as last saved. */
  expiry: CredentialExpiry;
  /** Lets a connector keep a refreshed credential (a new Bluesky session, X's rotated tokens) and its expiry. */
  saveSecret(secret: string, expiry?: CredentialExpiry): Promise<void>;
  /**
   * Merges what a connector learned from the network's answers into the channel's settings
   * (X's API tier and post caps), so the next send and the Settings screen know it.
   */
  saveSettings?(patch: Record<string, unknown>): Promise<void>;
}

/** The owner's own developer app for a network: stored in the keychain (SecretStore key `app:<network>`). */
export interface OwnApp {
  clientId: string;
  clientSecret: string | null;
}

/** When a stored credential stops working; null when the network gives no end. */
export interface CredentialExpiry {
  accessExpiresAt: number | null;
  refreshExpiresAt: number | null;
}

export interface OutgoingImage {
  bytes: Uint8Array;
  mimeType: string;
  altText: string;
  fileName: string;
  /** Set for an mp4 video (read when it was attached); the network's video rules check it. */
  video?: VideoFacts | null;
}

// Stored with each inbox item too, so the database schema takes them from shared code.
export type { RemoteRef, ReplyTo } from '../../shared/inbox';

export interface OutgoingPost {
  targetId: string;
  /** Stable for the target across every retry and restart. */
  idempotencyKey: string;
  text: string;
  images: OutgoingImage[];
  /** When the first attempt for this target started (ms): the basis of deterministic keys. */
  firstAttemptAt: number;
  /** Set when the post answers an inbox item: publish it as a reply to that message. */
  replyTo?: ReplyTo;
}

export interface Published {
  remoteId: string;
  remoteUrl: string | null;
}

/**
 * After a crash or timeout: did the post go out? `retry-safe` means the network will
 * recognise a resend by its idempotency key: `searched` when Cadence looked and did not find
 * the post, not when the network cannot be asked (a webhook), which matters for a retry slept
 * through, as that is not resent (missed-posts.ts). `cannot-tell` means only the owner can say.
 */
export type Verification =
  | ({ status: 'published' } & Published)
  | { status: 'absent' }
  | { status: 'retry-safe'; searched: boolean }
  | { status: 'cannot-tell'; reason: OwnerMessage };

export interface AccountProfile {
  handle: string;
  displayName: string | null;
  avatarUrl: string | null;
  followersCount: number | null;
  remoteAccountId: string | null;
}

/** The result of signing in: what to keep in the keychain and what to store in the channel row. */
export interface Connection {
  secret: string;
  serverUrl: string | null;
  settings: Record<string, unknown>;
  profile: AccountProfile;
  expiry?: CredentialExpiry;
  /**
   * The network the account is on, when one sign-in gives accounts on several (Meta's login
   * gives Facebook Pages and their Instagram accounts); the connector's own network otherwise.
   */
  network?: Network;
}

/** Sign-in through the system browser with the owner's own app and a loopback redirect. */
export interface OwnAppSignIn {
  /** Scopes asked for, in the network's own spelling. */
  readonly scopes: readonly string[];
  /** PKCE (S256) is sent when true; `state` is always sent and checked. */
  readonly pkce: boolean;
  /**
   * Whether renewing a sign-in needs the app's id (and secret): X, Meta and LinkedIn refresh
   * through the app; Threads renews a token with the token alone.
   */
  readonly renewsWithApp: boolean;
  /** The address to open in the browser; `narrower` asks for less after narrowerAfter said so. */
  authorizeUrl(input: {
    app: OwnApp;
    redirectUri: string;
    state: string;
    codeChallenge: string | null;
    narrower?: boolean;
  }): string;
  /**
   * For a refusal on the redirect that asking as the member only avoids (a LinkedIn app without the
   * Community Management API may not ask to post for Pages): the words for the owner, else null.
   */
  narrowerAfter?(redirect: URLSearchParams): OwnerMessage | null;
  /**
   * Exchanges the code and reads the account(s) it gives. Meta's one login may give several Pages
   * (and their Instagram accounts): return every account the owner could connect; the UI lets them pick.
   */
  finish(input: {
    app: OwnApp;
    code: string;
    codeVerifier: string | null;
    redirectUri: string;
  }): Promise<Connection[]>;
  /** "Test connection" before sign-in: checks the app id/secret where the network allows it, else validates shape. */
  testApp(app: OwnApp): Promise<void>;
}

/**
 * Scheduling on the network's own servers, so a post goes out with the laptop closed (issue 11):
 * the network holds the post and publishes it at its time. How far ahead each network takes one
 * is in shared/hand-off.ts, for the composer too.
 * A hand-off carries the target's idempotency key, so a repeat after a lost answer finds the
 * post the first request made instead of making a second.
 */
export interface HandOff {
  /** Creates the post on the network, to be published by it at `at`; its id there. */
  schedule(account: Account, post: OutgoingPost, at: number): Promise<{ handOffId: string }>;
  /**
   * After a lost answer or a crash: the id of the post the network holds for this one (by its key,
   * or where the network takes none, by its words and its time `at`), or null.
   */
  find(account: Account, post: OutgoingPost, at: number): Promise<string | null>;
  /**
   * Whether the network still holds it; 'gone' once published (or deleted there). A network whose
   * post keeps its id once published (Facebook) answers with the published post instead.
   */
  check(account: Account, handOffId: string): Promise<'held' | 'gone' | Published>;
  /** Takes it back from the network's schedule; 'gone' when the network no longer held it. */
  cancel(account: Account, handOffId: string): Promise<'cancelled' | 'gone'>;
}

export interface ConnectorContext {
  clock: Clock;
  fetch: typeof fetch;
  /** Milliseconds before a request is abandoned (its outcome then is unknown). */
  requestTimeoutMs: number;
  /** Where each network's API lives when not at its real hosts (fakes in tests, e2e web mode). */
  endpoints?: Partial<Record<Network, Record<string, string>>>;
  /** The language chosen in Settings, for the pages a sign-in shows in the browser. */
  language?: () => LanguageChoice;
  /** Reads a post's first link for its card (Bluesky's external embed); none means no cards. */
  linkCards?: LinkCardReader;
}

export interface Connector<ConnectInput = unknown> {
  readonly network: Network;
  /**
   * Problems in plain words for this network's text and media rules; empty when fine. `replyTo`
   * is set for an answer to an inbox item, which some networks take without a photo (Instagram).
   */
  validate(post: Pick<OutgoingPost, 'text' | 'images' | 'replyTo'>, limits: ChannelLimits | null): Problem[];
  /** Signs in with what the owner typed; throws ConnectorError with a plain message. */
  connect(input: ConnectInput): Promise<Connection>;
  /** Checks (and refreshes, where the network needs it) the stored credentials. */
  test(account: Account): Promise<AccountProfile>;
  profile(account: Account): Promise<AccountProfile>;
  publish(account: Account, post: OutgoingPost): Promise<Published>;
  verify(account: Account, post: OutgoingPost, remoteId: string | null): Promise<Verification>;
  /** Limits read from the server at connect time, kept in the channel's settings. */
  limitsOf(account: Pick<Account, 'settings'>): ChannelLimits | null;
  readonly ownApp?: OwnAppSignIn;
  /**
   * Renews the credential ahead of its end where the network allows (X rotating refresh tokens, Meta/Threads
   * long-lived token refresh, LinkedIn refresh tokens). Returns the new secret and expiry; the caller saves both.
   * Throws ConnectorError('auth', …) when only reconnecting helps.
   */
  refresh?(account: Account): Promise<{ secret: string; expiry: CredentialExpiry }>;
  /**
   * Asks the network now how many more posts it takes (Instagram's 24-hour publishing limit) and
   * keeps the reading in the channel's settings. Absent where Cadence learns it only from sends (X).
   */
  postingAllowance?(account: Account): Promise<PostingAllowance>;
  /** Present where the network can hold a post and publish it itself at its time. */
  readonly handOff?: HandOff;
}
