// The one interface every network's inbox sits behind. The sync engine only ever talks to
// this: it hands a source the account and the cursor it stored last time, and stores what comes
// back (items, counts and the next cursor) in one transaction.
import type { Network } from '../../shared/entities';
import type { InboxContextMessage, InboxKind } from '../../shared/inbox';
import type { Account, ReplyTo } from '../connectors/connector';

/** One mention, reply, quote, comment or message, as the network reported it. */
export interface IncomingItem {
  /** Unique within the account: Mastodon notification's status id, Bluesky URI, Telegram "<chat>:<message>". */
  remoteId: string;
  kind: InboxKind;
  author: { name: string | null; handle: string; avatarUrl: string | null };
  text: string;
  url: string | null;
  /** When the network says it was written (ms). */
  receivedAt: number;
  /** The remote id of the message it answers, and of its conversation's first message. */
  parentRemoteId: string | null;
  rootRemoteId: string | null;
  /**
   * The remote id of the post of ours it answers, as the outbox stored it in post_targets.remote_id
   * (Mastodon status id, Bluesky URI, Telegram channel message id); null when it answers none.
   * The sync also tries parentRemoteId and rootRemoteId, so a source sets this only when neither
   * of those is the id the outbox stored (Telegram comments answer the discussion-group copy).
   */
  answersOurRemoteId?: string | null;
  /** The answered message, when the source fetched it and it is not ours: shown in the thread. */
  parent?: InboxContextMessage | null;
  /** How to answer it. */
  replyTo: ReplyTo;
}

/** A like, repost or follow: counted per day for metrics, never listed. */
export interface IncomingInteraction {
  kind: 'like' | 'repost' | 'follow';
  at: number;
}

export interface InboxBatch {
  /** In any order; the sync stores them oldest first so parents exist before their answers. */
  items: IncomingItem[];
  interactions?: IncomingInteraction[];
  /** Stored as it is and handed back next time; null keeps the stored one. */
  nextCursor: string | null;
  /** True when the network holds more past this batch: the sync asks again at once. */
  more?: boolean;
  /**
   * What the network lets Cadence see here, when that is limited, in plain words ("Comments are
   * off: the channel has no discussion group"). Null when nothing is missing.
   */
  notice?: string | null;
}

export interface InboxSource {
  readonly network: Network;
  /**
   * What arrived after `cursor` (null on the first sync: the source decides how far back to
   * look, and never reads an account's whole history). Throws ConnectorError in plain words.
   */
  fetchSince(account: Account, cursor: string | null): Promise<InboxBatch>;
  /** Tells the network the owner has seen everything up to `upTo` (ms), where it keeps that. */
  markSeen?(account: Account, upTo: number): Promise<void>;
}

/** Why a network has no inbox in Cadence, for the sources list; networks with a source are absent. */
export const NO_INBOX_REASONS: Partial<Record<Network, string>> = {
  discord: 'Discord webhooks can only post. Cadence cannot read replies there; answer them in Discord.',
  webhook: 'A webhook only sends posts out. Nothing comes back to answer.',
  x: 'Cadence does not read X yet.',
};
