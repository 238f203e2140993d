// A post's rows exactly as stored (the post, its targets with their attempts, its images), read
// before a change so that Undo can put them back: a deleted post is inserted again as it was, a
// changed one gets its columns back. Its fingerprint tells whether anything touched it since.
import { eq, inArray } from 'drizzle-orm';
import type { AppDatabase, Tx } from '../db/open-database';
import { media, posts, postTargets, publishAttempts } from '../db/schema';

export interface PostRows {
  post: typeof posts.$inferSelect;
  targets: Array<typeof postTargets.$inferSelect>;
  attempts: Array<typeof publishAttempts.$inferSelect>;
  media: Array<typeof media.$inferSelect>;
}

/** Reads in the caller's transaction, or on its own when given the database. */
export function readPostRows(tx: Tx | AppDatabase, postId: string): PostRows | null {
  const post = tx.select().from(posts).where(eq(posts.id, postId)).get();
  if (!post) return null;
  const targets = tx.select().from(postTargets).where(eq(postTargets.postId, postId)).all();
  const attempts =
    targets.length === 0
      ? []
      : tx
          .select()
          .from(publishAttempts)
          .where(
            inArray(
              publishAttempts.targetId,
              targets.map((target) => target.id),
            ),
          )
          .all();
  return { post, targets, attempts, media: tx.select().from(media).where(eq(media.postId, postId)).all() };
}

/**
 * What anything that changes a post touches: the post's own time stamp (the stores set it on
 * every edit) and each target's state and time stamp (the outbox sets those when it sends).
 */
export function fingerprintOf(rows: PostRows): string {
  const targets = [...rows.targets]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((target) => [target.id, target.state, target.updatedAt, target.bodyOverride]);
  return JSON.stringify([rows.post.updatedAt, rows.post.status, rows.post.body, targets, rows.media.length]);
}

/** Inserts a deleted post's rows again, with their ids, so links to it work as before. */
export function insertPostRows(tx: Tx, rows: PostRows, campaignStillExists: boolean): void {
  tx.insert(posts)
    .values({ ...rows.post, campaignId: campaignStillExists ? rows.post.campaignId : null })
    .run();
  for (const target of rows.targets) tx.insert(postTargets).values(target).run();
  for (const attempt of rows.attempts) tx.insert(publishAttempts).values(attempt).run();
  for (const image of rows.media) tx.insert(media).values(image).run();
}

/** Puts a changed post's columns and its targets' columns back; its ids and channels are the same. */
export function restorePostRows(tx: Tx, rows: PostRows, campaignStillExists: boolean): void {
  const { id, ...columns } = rows.post;
  tx.update(posts)
    .set({ ...columns, campaignId: campaignStillExists ? columns.campaignId : null })
    .where(eq(posts.id, id))
    .run();
  for (const { id: targetId, ...targetColumns } of rows.targets) {
    tx.update(postTargets).set(targetColumns).where(eq(postTargets.id, targetId)).run();
  }
}
