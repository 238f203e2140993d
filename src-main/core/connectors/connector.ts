// The one interface every network sits behind. The outbox only ever talks to this.
import type { Network } from '../../shared/entities';
import type { ChannelLimits, Problem } from '../../shared/text-rules';
import type { Clock } from '../clock';

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
  /** Lets a connector keep a refreshed credential (e.g. a new Bluesky session). */
  saveSecret(secret: string): Promise<void>;
}

export interface OutgoingImage {
  bytes: Uint8Array;
  mimeType: string;
  altText: string;
  fileName: string;
}

/** A message on the network, as a reply names it. */
export interface RemoteRef {
  /** Mastodon status id, Bluesky at:// URI, Telegram "<chat id>:<message id>". */
  id: string;
  /** Bluesky's content hash, for a strong reference. */
  cid?: string;
}

/** What a connector needs to publish a post as an answer; the inbox source fills it in. */
export interface ReplyTo {
  /** The message answered. */
  parent: RemoteRef;
  /** The conversation's first message (Bluesky's reply root); the parent when it is the first. */
  root: RemoteRef;
  /** Mastodon: answer a private mention as privately as it came. */
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
}

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
 * recognise a resend by its idempotency key; `cannot-tell` means only the owner can say.
 */
export type Verification =
  | ({ status: 'published' } & Published)
  | { status: 'absent' }
  | { status: 'retry-safe' }
  | { status: 'cannot-tell'; reason: string };

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
}

export interface ConnectorContext {
  clock: Clock;
  fetch: typeof fetch;
  /** Milliseconds before a request is abandoned (its outcome then is unknown). */
  requestTimeoutMs: number;
}

export interface Connector<ConnectInput = unknown> {
  readonly network: Network;
  /** Problems in plain words for this network's text and media rules; empty when fine. */
  validate(post: Pick<OutgoingPost, 'text' | 'images'>, limits: ChannelLimits | null): Problem[];
  /** Signs in with what the owner typed; throws ConnectorError with a plain message. */
  connect(input: ConnectInput): Promise<Connection>;
  /** Checks (and refreshes, where the network needs it) the stored credentials. */
  test(account: Account): Promise<AccountProfile>;
  profile(account: Account): Promise<AccountProfile>;
  publish(account: Account, post: OutgoingPost): Promise<Published>;
  verify(account: Account, post: OutgoingPost, remoteId: string | null): Promise<Verification>;
  /** Limits read from the server at connect time, kept in the channel's settings. */
  limitsOf(account: Pick<Account, 'settings'>): ChannelLimits | null;
}
