// Bluesky notifications as the inbox sees them: mentions, replies and quotes become items with
// what a reply needs (strong refs to the parent and the thread root); likes, reposts and follows
// are only counted. Everything else (starter packs, verification, subscriptions) is ignored.
import type { AppBskyFeedDefs, AppBskyNotificationListNotifications } from '@atproto/api';
import { z } from 'zod';
import type { InboxContextMessage, InboxKind } from '../../../shared/inbox';
import type { IncomingInteraction, IncomingItem } from '../inbox-source';

export type Notification = AppBskyNotificationListNotifications.Notification;

const LISTED: Partial<Record<string, InboxKind>> = { mention: 'mention', reply: 'reply', quote: 'quote' };
/** Likes and reposts of a repost of ours count like likes and reposts of our post. */
const COUNTED: Partial<Record<string, IncomingInteraction['kind']>> = {
  like: 'like',
  'like-via-repost': 'like',
  repost: 'repost',
  'repost-via-repost': 'repost',
  follow: 'follow',
};

const StrongRef = z.object({ uri: z.string(), cid: z.string() });
const PostRecord = z.object({
  text: z.string(),
  createdAt: z.string().optional(),
  reply: z.object({ root: StrongRef, parent: StrongRef }).optional(),
});
type PostRecord = z.infer<typeof PostRecord>;

export type Sorted =
  | { type: 'item'; item: IncomingItem; parentToFetch: string | null }
  | { type: 'interaction'; interaction: IncomingInteraction }
  | { type: 'ignored' };

/** The notification's sort time (ms): what listNotifications pages by. */
export function sortTime(notification: Notification): number {
  return Date.parse(notification.indexedAt);
}

export function sortNotification(notification: Notification, ourDid: string): Sorted {
  const at = sortTime(notification);
  const counted = COUNTED[notification.reason];
  if (counted) return { type: 'interaction', interaction: { kind: counted, at } };
  const kind = LISTED[notification.reason];
  if (!kind) return { type: 'ignored' };
  const parsed = PostRecord.safeParse(notification.record);
  const record: PostRecord = parsed.success ? parsed.data : { text: '' };
  const self = { id: notification.uri, cid: notification.cid };
  const parent = record.reply?.parent ?? null;
  const root = record.reply?.root ?? null;
  const author = notification.author;
  const item: IncomingItem = {
    remoteId: notification.uri,
    kind,
    author: {
      name: author.displayName?.trim() || null,
      handle: author.handle,
      avatarUrl: author.avatar ?? null,
    },
    text: record.text,
    url: webUrl(author.handle, notification.uri),
    receivedAt: at,
    parentRemoteId: parent?.uri ?? null,
    rootRemoteId: root?.uri ?? null,
    // A quote is not in a reply chain: the post it quotes (ours) is its subject.
    answersOurRemoteId: kind === 'quote' ? (notification.reasonSubject ?? null) : null,
    replyTo: {
      parent: self,
      // Answering a post in a thread keeps the reply in that thread; a post of its own is the root.
      root: root ? { id: root.uri, cid: root.cid } : self,
    },
  };
  const parentIsOurs = parent !== null && didOf(parent.uri) === ourDid;
  return { type: 'item', item, parentToFetch: parent && !parentIsOurs ? parent.uri : null };
}

/** The thread context shown for an item that answers someone else's post. */
export function contextOf(post: AppBskyFeedDefs.PostView): InboxContextMessage {
  const record = PostRecord.safeParse(post.record);
  const written = record.success && record.data.createdAt ? Date.parse(record.data.createdAt) : NaN;
  return {
    authorName: post.author.displayName?.trim() || null,
    authorHandle: post.author.handle,
    text: record.success ? record.data.text : '',
    url: webUrl(post.author.handle, post.uri),
    at: Number.isFinite(written) && written >= 0 ? written : null,
  };
}

/** at://did/collection/rkey → did */
function didOf(uri: string): string | null {
  return /^at:\/\/([^/]+)\//.exec(uri)?.[1] ?? null;
}

function webUrl(handle: string, uri: string): string | null {
  const rkey = /\/app\.bsky\.feed\.post\/([^/]+)$/.exec(uri)?.[1];
  return rkey ? `https://bsky.app/profile/${handle}/post/${rkey}` : null;
}
