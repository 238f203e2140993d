// The unified inbox's shapes across the IPC boundary: items, threads, sources, saved replies
// and response times. Shared by main and renderer; imports nothing but zod and entities.
import { z } from 'zod';
import { Id, Instant, Network, TargetState } from './entities';
import { KeyedSentences } from './messages/owner-message';

/** mention: names us; reply: answers one of our posts; quote: quotes one; comment: under a post (Telegram discussion); message: private. */
export const INBOX_KINDS = ['mention', 'reply', 'quote', 'comment', 'message'] as const;
/** new: not looked at; read: seen, still open; done: handled (answered, or nothing to answer). */
export const INBOX_STATUSES = ['new', 'read', 'done'] as const;
export const InboxKind = z.enum(INBOX_KINDS);
export type InboxKind = z.infer<typeof InboxKind>;
export const InboxStatus = z.enum(INBOX_STATUSES);
export type InboxStatus = z.infer<typeof InboxStatus>;

export const INBOX_LIMITS = {
  labels: 20,
  label: 40,
  search: 200,
  page: 200,
  bulk: 1_000,
  savedReplyTitle: 100,
  savedReplyBody: 5_000,
  weeks: 52,
} as const;

/** A label as typed: trimmed, not empty, no longer than 40 characters. */
export const InboxLabel = z
  .string()
  .trim()
  .min(1, 'input.labelEmpty')
  .max(INBOX_LIMITS.label, 'input.labelTooLong');

/**
 * Whether the item's channel still reads for it: connected, disconnected (the channel is kept
 * but signed out) or removed (the channel is gone; the item keeps its name in channelLabel).
 */
export const InboxChannelState = z.enum(['connected', 'disconnected', 'removed']);
export type InboxChannelState = z.infer<typeof InboxChannelState>;

export const InboxItem = z.object({
  id: Id,
  /** Null once the channel was removed. */
  channelId: Id.nullable(),
  channelLabel: z.string(),
  channelState: InboxChannelState,
  network: Network,
  kind: InboxKind,
  authorName: z.string().nullable(),
  authorHandle: z.string(),
  authorAvatarUrl: z.string().nullable(),
  text: z.string(),
  url: z.string().nullable(),
  /** The post of ours it answers, when Cadence published it. */
  inReplyToPostId: Id.nullable(),
  /** When the network says it was written. */
  receivedAt: Instant,
  status: InboxStatus,
  labels: z.array(z.string()),
  /** When our first reply through Cadence was published; null until then. */
  firstRepliedAt: Instant.nullable(),
});
export type InboxItem = z.infer<typeof InboxItem>;

/** A message in the thread that is not an inbox item: the status it answered, kept for context. */
export const InboxContextMessage = z.object({
  authorName: z.string().nullable(),
  authorHandle: z.string(),
  text: z.string(),
  url: z.string().nullable(),
  at: Instant.nullable(),
});
export type InboxContextMessage = z.infer<typeof InboxContextMessage>;

/** One of our replies, written in Cadence and sent (or waiting) through the outbox. */
export const InboxOwnReply = z.object({
  postId: Id,
  inReplyToItemId: Id,
  text: z.string(),
  state: TargetState,
  url: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorKey: KeyedSentences,
  /** When it was published, or when it was written if it has not gone out yet. */
  at: Instant,
});
export type InboxOwnReply = z.infer<typeof InboxOwnReply>;

export const InboxThreadEntry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('item'), item: InboxItem }),
  z.object({ type: z.literal('reply'), reply: InboxOwnReply }),
]);
export type InboxThreadEntry = z.infer<typeof InboxThreadEntry>;

export const InboxThread = z.object({
  item: InboxItem,
  /** Our post the conversation is under, when Cadence published it. */
  ourPost: z
    .object({ postId: Id, text: z.string(), url: z.string().nullable(), publishedAt: Instant.nullable() })
    .nullable(),
  /** What the item answers when that is neither our post nor an item Cadence holds. */
  parent: InboxContextMessage.nullable(),
  /** The items of the same conversation and our replies to them, oldest first. */
  conversation: z.array(InboxThreadEntry),
});
export type InboxThread = z.infer<typeof InboxThread>;

export const InboxListInput = z
  .object({
    channelId: Id.optional(),
    kind: InboxKind.optional(),
    status: InboxStatus.optional(),
    label: InboxLabel.optional(),
    search: z.string().trim().max(INBOX_LIMITS.search).optional(),
    /** The nextBefore of the previous page. */
    before: z.string().max(200).optional(),
    limit: z.number().int().min(1).max(INBOX_LIMITS.page).optional(),
  })
  .strict();
export type InboxListInput = z.infer<typeof InboxListInput>;

export const InboxList = z.object({
  items: z.array(InboxItem),
  /** Items matching the filters, over every page. */
  total: z.number().int().nonnegative(),
  /** New items across the whole inbox, whatever the filters. */
  unread: z.number().int().nonnegative(),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.string().nullable(),
});
export type InboxList = z.infer<typeof InboxList>;

export const InboxCounts = z.object({
  unread: z.number().int().nonnegative(),
  byChannel: z.array(z.object({ channelId: Id, unread: z.number().int().nonnegative() })),
});
export type InboxCounts = z.infer<typeof InboxCounts>;

export const InboxSourceInfo = z.object({
  channelId: Id,
  channelName: z.string(),
  network: Network,
  /** Whether Cadence can read this channel's mentions and comments at all. */
  hasInbox: z.boolean(),
  /** Why not, or what keeps it from syncing, in plain words. */
  reason: z.string().nullable(),
  lastSyncedAt: Instant.nullable(),
  /** The last sync's failure in plain words; null when it worked. */
  lastError: z.string().nullable(),
  /** lastError as catalog keys, to show in the owner's language; null for plain text. */
  lastErrorKey: KeyedSentences,
  /** What the network lets Cadence see here, when that is limited (e.g. no discussion group). */
  notice: z.string().nullable(),
  nextSyncAt: Instant.nullable(),
});
export type InboxSourceInfo = z.infer<typeof InboxSourceInfo>;

export const SavedReply = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  updatedAt: Instant,
});
export type SavedReply = z.infer<typeof SavedReply>;

export const SavedReplyTitle = z
  .string()
  .trim()
  .min(1, 'input.savedReplyName')
  .max(INBOX_LIMITS.savedReplyTitle);
export const SavedReplyBody = z
  .string()
  .min(1, 'input.savedReplyText')
  .max(INBOX_LIMITS.savedReplyBody, 'input.savedReplyTooLong');

/** One week in the business time zone: how fast items received in it were answered. */
export const ResponseWeek = z.object({
  weekKey: z.string(),
  from: Instant,
  to: Instant,
  /** Median time to our first reply, over items received that week and answered; null when none. */
  medianMs: z.number().int().nonnegative().nullable(),
  replied: z.number().int().nonnegative(),
  /** Items received that week that waited longer than the target: answered late, or still waiting. */
  waitingPastTarget: z.number().int().nonnegative(),
});
export type ResponseWeek = z.infer<typeof ResponseWeek>;

export const ResponseTimes = z.object({
  targetHours: z.number().positive(),
  /** Oldest first; the last is the current week. */
  weeks: z.array(ResponseWeek),
});
export type ResponseTimes = z.infer<typeof ResponseTimes>;

/** A message on the network, as a reply names it. */
export interface RemoteRef {
  /** Mastodon status id, Bluesky at:// URI, Telegram "<chat id>:<message id>". */
  id: string;
  /** Bluesky's content hash, for a strong reference. */
  cid?: string;
}

/**
 * What a connector needs to publish a post as an answer: the inbox source fills it in, and it is
 * kept with the inbox item (never sent to the renderer) until a reply goes out.
 */
export interface ReplyTo {
  /** The message answered. */
  parent: RemoteRef;
  /** The conversation's first message (Bluesky's reply root); the parent when it is the first. */
  root: RemoteRef;
  /** Mastodon: answer a private mention as privately as it came. */
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
}
