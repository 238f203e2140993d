// Where the outbox meets the inbox: a reply post carries its item's reply reference to the
// connector, and the moment it is published becomes the item's first reply time.
import { eq, sql } from 'drizzle-orm';
import type { ReplyTo } from '../connectors/connector';
import type { AppDatabase, Tx } from '../db/open-database';
import { inboxItems, posts } from '../db/schema';

/** The reference a reply post is published against; null for an ordinary post. */
export function replyToOf(db: AppDatabase, postId: string): ReplyTo | null {
  const row = db
    .select({ replyTo: inboxItems.replyTo })
    .from(posts)
    .innerJoin(inboxItems, eq(inboxItems.id, posts.replyToItemId))
    .where(eq(posts.id, postId))
    .get();
  return row?.replyTo ?? null;
}

/**
 * Inside the outbox's "published" transaction: the first reply to an item that goes out sets
 * its response time; later replies leave it alone.
 */
export function recordFirstReply(tx: Tx, postId: string, now: number): void {
  tx.update(inboxItems)
    .set({ firstRepliedAt: now, updatedAt: now })
    .where(
      sql`${inboxItems.firstRepliedAt} is null and ${inboxItems.id} = (select ${posts.replyToItemId} from ${posts} where ${posts.id} = ${postId})`,
    )
    .run();
}
