// What a sync writes: the batch's items (unique per account and remote id), its interaction
// counts and the next cursor, all in one transaction, so a crash never moves the cursor past
// items that were not stored. Cursors also keep each channel's last error and backoff.
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { localStringAt } from '../../shared/zoned-time';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { inboxCursors, inboxInteractions, inboxItems, postTargets } from '../db/schema';
import type { InboxBatch, IncomingItem } from './inbox-source';

type Tx = Parameters<Parameters<AppDatabase['transaction']>[0]>[0];

/** The channel a batch belongs to, as it is at sync time. */
export interface SyncedChannel {
  channelId: string;
  sourceKey: string;
  network: (typeof inboxItems.$inferInsert)['network'];
  label: string;
}

export type CursorRow = typeof inboxCursors.$inferSelect;

export class InboxWriter {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {}

  cursor(channelId: string): CursorRow | undefined {
    return this.db.select().from(inboxCursors).where(eq(inboxCursors.channelId, channelId)).get();
  }

  cursors(): CursorRow[] {
    return this.db.select().from(inboxCursors).all();
  }

  /** Stores a batch and moves the cursor; returns how many items were new. */
  store(channel: SyncedChannel, batch: InboxBatch, timeZone: string): number {
    const now = this.clock.now();
    return this.db.transaction((tx) => {
      let added = 0;
      // Oldest first, so an answer finds the item it answers already stored.
      const items = [...batch.items].sort((a, b) => a.receivedAt - b.receivedAt);
      for (const item of items) if (this.upsert(tx, channel, item, now)) added += 1;
      this.count(tx, channel.channelId, batch.interactions ?? [], timeZone);
      const cursor = batch.nextCursor ?? this.cursor(channel.channelId)?.cursor ?? null;
      const fields = {
        cursor,
        lastSyncedAt: now,
        lastError: null,
        notice: batch.notice ?? null,
        failures: 0,
        backoffUntil: null,
        updatedAt: now,
      };
      tx.insert(inboxCursors)
        .values({ channelId: channel.channelId, ...fields })
        .onConflictDoUpdate({ target: inboxCursors.channelId, set: fields })
        .run();
      return added;
    });
  }

  /** Records a failed sync in plain words and when to try again. */
  fail(channelId: string, message: string, backoffUntil: number | null): CursorRow {
    const now = this.clock.now();
    const failures = (this.cursor(channelId)?.failures ?? 0) + 1;
    const fields = { lastError: message, failures, backoffUntil, updatedAt: now };
    this.db
      .insert(inboxCursors)
      .values({ channelId, ...fields })
      .onConflictDoUpdate({ target: inboxCursors.channelId, set: fields })
      .run();
    return this.cursor(channelId)!;
  }

  private upsert(tx: Tx, channel: SyncedChannel, item: IncomingItem, now: number): boolean {
    const existing = tx
      .select({ id: inboxItems.id })
      .from(inboxItems)
      .where(and(eq(inboxItems.sourceKey, channel.sourceKey), eq(inboxItems.remoteId, item.remoteId)))
      .get();
    const parentItem = item.parentRemoteId
      ? tx
          .select({ root: inboxItems.rootRemoteId, postId: inboxItems.inReplyToPostId })
          .from(inboxItems)
          .where(
            and(eq(inboxItems.sourceKey, channel.sourceKey), eq(inboxItems.remoteId, item.parentRemoteId)),
          )
          .get()
      : undefined;
    const rootRemoteId = item.rootRemoteId ?? parentItem?.root ?? item.parentRemoteId;
    const ourPostId =
      this.ourPost(tx, channel.channelId, [item.answersOurRemoteId, item.parentRemoteId, rootRemoteId]) ??
      parentItem?.postId ??
      null;
    const content = {
      channelId: channel.channelId,
      channelLabel: channel.label,
      authorName: item.author.name,
      authorHandle: item.author.handle,
      authorAvatarUrl: item.author.avatarUrl,
      text: item.text,
      url: item.url,
      inReplyToPostId: ourPostId,
      parentRemoteId: item.parentRemoteId,
      rootRemoteId,
      parent: item.parent ?? null,
      replyTo: item.replyTo,
    };
    if (existing) {
      // Seen before (an edit, or a channel connected again): refresh it, keep the owner's triage.
      tx.update(inboxItems)
        .set({ ...content, updatedAt: now })
        .where(eq(inboxItems.id, existing.id))
        .run();
      return false;
    }
    tx.insert(inboxItems)
      .values({
        id: randomUUID(),
        sourceKey: channel.sourceKey,
        network: channel.network,
        remoteId: item.remoteId,
        kind: item.kind,
        receivedAt: item.receivedAt,
        syncedAt: now,
        updatedAt: now,
        ...content,
      })
      .run();
    return true;
  }

  /** Our post behind the first of these remote ids that one of our published targets has. */
  private ourPost(tx: Tx, channelId: string, remoteIds: (string | null | undefined)[]): string | null {
    for (const remoteId of remoteIds) {
      if (!remoteId) continue;
      const row = tx
        .select({ postId: postTargets.postId })
        .from(postTargets)
        .where(and(eq(postTargets.channelId, channelId), eq(postTargets.remoteId, remoteId)))
        .get();
      if (row) return row.postId;
    }
    return null;
  }

  private count(
    tx: Tx,
    channelId: string,
    interactions: NonNullable<InboxBatch['interactions']>,
    timeZone: string,
  ): void {
    const byDay = new Map<string, { likes: number; reposts: number; follows: number }>();
    for (const { kind, at } of interactions) {
      const day = localStringAt(at, timeZone).slice(0, 10);
      const counts = byDay.get(day) ?? { likes: 0, reposts: 0, follows: 0 };
      if (kind === 'like') counts.likes += 1;
      else if (kind === 'repost') counts.reposts += 1;
      else counts.follows += 1;
      byDay.set(day, counts);
    }
    for (const [day, counts] of byDay) {
      tx.insert(inboxInteractions)
        .values({ channelId, day, ...counts })
        .onConflictDoUpdate({
          target: [inboxInteractions.channelId, inboxInteractions.day],
          set: {
            likes: sql`${inboxInteractions.likes} + ${counts.likes}`,
            reposts: sql`${inboxInteractions.reposts} + ${counts.reposts}`,
            follows: sql`${inboxInteractions.follows} + ${counts.follows}`,
          },
        })
        .run();
    }
  }
}
