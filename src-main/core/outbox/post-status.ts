// A post's status follows its targets: the outbox and the stores ask this rule in the transaction
// that changed them, so the calendar never shows a status the targets contradict.
import { eq } from 'drizzle-orm';
import type { PostStatus } from '../../shared/entities';
import type { Tx } from '../db/open-database';
import { posts, postTargets } from '../db/schema';
import { needsOwner } from './send-in-progress';

/**
 * A post is published when every target is; failed when any target needs the owner
 * (failed, missed, or an unknown outcome that only they can confirm); otherwise scheduled.
 */
export function refreshPostStatus(tx: Tx, postId: string, now: number): void {
  const targets = tx
    .select({ state: postTargets.state, nextAttemptAt: postTargets.nextAttemptAt })
    .from(postTargets)
    .where(eq(postTargets.postId, postId))
    .all();
  const post = tx.select({ status: posts.status }).from(posts).where(eq(posts.id, postId)).get();
  if (!post || post.status === 'draft' || targets.length === 0) return;
  const status: PostStatus = targets.every((t) => t.state === 'published')
    ? 'published'
    : targets.some(needsOwner)
      ? 'failed'
      : 'scheduled';
  if (status !== post.status) {
    tx.update(posts).set({ status, updatedAt: now }).where(eq(posts.id, postId)).run();
  }
}
