// The post as a connector sends it to one channel: that channel's text with its links tagged,
// the images from the media folder, the inbox item it answers, and the keys that let the network
// (or Cadence's check) recognise a resend.
import type { Network } from '../../shared/entities';
import type { ReplyTo } from '../../shared/inbox';
import type { Clock } from '../clock';
import type { OutgoingPost } from '../connectors/connector';
import type { PostStore } from '../store/post-store';
import type { DueTarget } from './due-targets';
import { idempotencyKeyOf, type OutboxStore } from './outbox-store';

export interface OutgoingPostDeps {
  store: Pick<OutboxStore, 'firstAttemptAt'>;
  posts: Pick<PostStore, 'get'>;
  readMedia(sha256: string): Promise<Uint8Array>;
  clock: Clock;
  /** The inbox item a post answers, for replies written in the inbox; null for other posts. */
  replyToOf?(postId: string): ReplyTo | null;
  /** The text a target sends: a campaign post's links carry UTM tags for its network. */
  tagLinks(postId: string, network: Network, text: string): string;
}

/** The target's row as far as the post it sends goes. */
interface TargetRow {
  idempotencyKey: string | null;
  bodyOverride: string | null;
}

export async function outgoingPost(
  deps: OutgoingPostDeps,
  due: DueTarget,
  row: TargetRow,
  network: Network,
): Promise<OutgoingPost> {
  const post = deps.posts.get(due.postId);
  const images = await Promise.all(
    post.media.map(async (m) => ({
      bytes: await deps.readMedia(m.sha256),
      mimeType: m.mimeType,
      altText: m.altText,
      fileName: m.fileName,
      video: m.video ?? null,
    })),
  );
  const replyTo = deps.replyToOf?.(due.postId) ?? null;
  return {
    targetId: due.targetId,
    idempotencyKey: row.idempotencyKey ?? idempotencyKeyOf(due.targetId),
    // Tagged here, per network, so the stored text stays as the owner wrote it; the same
    // post always gets the same tags, so verify compares like with like after a crash.
    text: deps.tagLinks(post.id, network, row.bodyOverride ?? post.body),
    images,
    firstAttemptAt: deps.store.firstAttemptAt(due.targetId) ?? deps.clock.now(),
    ...(replyTo ? { replyTo } : {}),
  };
}
