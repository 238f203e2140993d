// What a sync writes: the batch's items (unique per account and remote id), its interaction
// counts and the next cursor, all in one transaction, so a crash never moves the cursor past
// items that were not stored. Cursors also keep each channel's last error and backoff.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import type { KeyedSentences } from '../../shared/messages/owner-message';
import { localStringAt } from '../../shared/zoned-time';
import type { Clock } from '../clock';
import type { AppDatabase, Tx } from '../db/open-database';
import type { inboxItems } from '../db/schema';
import { inboxCursors, inboxInteractions } from '../db/schema';
import { redactKeys, redactPatterns, type Redact } from '../redact';
import type { InboxBatch, IncomingItem } from './inbox-source';

/** The channel a batch belongs to, as it is at sync time. */
export interface SyncedChannel {
  channelId: string;
  sourceKey: string;
  network: (typeof inboxItems.$inferInsert)['network'];
  label: string;
}

export type CursorRow = typeof inboxCursors.$inferSelect;

/**
 * Statements a sync runs once per item, prepared once: a batch of a thousand items must not
 * pay for building each query a thousand times.
 */
function itemStatements(sqlite: Database.Database) {
  const columns = `channel_id = @channelId, channel_label = @channelLabel, author_name = @authorName,
    author_handle = @authorHandle, author_avatar_url = @authorAvatarUrl, text = @text, url = @url,
    in_reply_to_post_id = @inReplyToPostId, parent_remote_id = @parentRemoteId,
    root_remote_id = @rootRemoteId, parent = @parent, reply_to = @replyTo, updated_at = @updatedAt`;
  return {
    existing: sqlite.prepare('select id from inbox_items where source_key = ? and remote_id = ?'),
    parentItem: sqlite.prepare(
      'select root_remote_id as root, in_reply_to_post_id as postId from inbox_items where source_key = ? and remote_id = ?',
    ),
    ourPost: sqlite.prepare(
      'select post_id as postId from post_targets where channel_id = ? and remote_id = ? limit 1',
    ),
    update: sqlite.prepare(`update inbox_items set ${columns} where id = @id`),
    insert: sqlite.prepare(`insert into inbox_items (id, source_key, network, remote_id, kind, received_at,
        synced_at, channel_id, channel_label, author_name, author_handle, author_avatar_url, text, url,
        in_reply_to_post_id, parent_remote_id, root_remote_id, parent, reply_to, updated_at)
      values (@id, @sourceKey, @network, @remoteId, @kind, @receivedAt, @syncedAt, @channelId, @channelLabel,
        @authorName, @authorHandle, @authorAvatarUrl, @text, @url, @inReplyToPostId, @parentRemoteId,
        @rootRemoteId, @parent, @replyTo, @updatedAt)`),
  };
}

export class InboxWriter {
  private readonly statements: ReturnType<typeof itemStatements>;
  // Prepared once: every pass of the inbox timer reads the cursors to know which channel is due.
  private readonly cursorsQuery;

  constructor(
    private readonly db: AppDatabase,
    sqlite: Database.Database,
    private readonly clock: Clock,
    /** Cleans a sync error before it is kept: a Bot API error can name the token's URL. */
    private readonly redact: Redact = redactPatterns,
  ) {
    this.statements = itemStatements(sqlite);
    this.cursorsQuery = db.select().from(inboxCursors).prepare();
  }

  cursor(channelId: string): CursorRow | undefined {
    return this.db.select().from(inboxCursors).where(eq(inboxCursors.channelId, channelId)).get();
  }

  cursors(): CursorRow[] {
    return this.cursorsQuery.all();
  }

  /** Stores a batch and moves the cursor; returns how many items were new. */
  store(channel: SyncedChannel, batch: InboxBatch, timeZone: string): number {
    const now = this.clock.now();
    return this.db.transaction((tx) => {
      let added = 0;
      // Oldest first, so an answer finds the item it answers already stored.
      const items = [...batch.items].sort((a, b) => a.receivedAt - b.receivedAt);
      // Answers in one batch mostly share a few posts of ours: each is looked up once.
      const ours = new Map<string, string | null>();
      for (const item of items) if (this.upsert(channel, item, now, ours)) added += 1;
      this.count(tx, channel.channelId, batch.interactions ?? [], timeZone);
      const cursor = batch.nextCursor ?? this.cursor(channel.channelId)?.cursor ?? null;
      const fields = {
        cursor,
        lastSyncedAt: now,
        lastError: null,
        lastErrorKey: null,
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

  /** Records a failed sync in plain words (and catalog keys, when it has them) and when to try again. */
  fail(
    channelId: string,
    message: string,
    backoffUntil: number | null,
    messageKey: KeyedSentences = null,
  ): CursorRow {
    const now = this.clock.now();
    const failures = (this.cursor(channelId)?.failures ?? 0) + 1;
    const fields = {
      lastError: this.redact(message),
      lastErrorKey: redactKeys(messageKey, this.redact),
      failures,
      backoffUntil,
      updatedAt: now,
    };
    this.db
      .insert(inboxCursors)
      .values({ channelId, ...fields })
      .onConflictDoUpdate({ target: inboxCursors.channelId, set: fields })
      .run();
    return this.cursor(channelId)!;
  }

  private upsert(
    channel: SyncedChannel,
    item: IncomingItem,
    now: number,
    ours: Map<string, string | null>,
  ): boolean {
    const { statements } = this;
    const existing = statements.existing.get(channel.sourceKey, item.remoteId) as { id: string } | undefined;
    const parentItem = item.parentRemoteId
      ? (statements.parentItem.get(channel.sourceKey, item.parentRemoteId) as
          { root: string | null; postId: string | null } | undefined)
      : undefined;
    const rootRemoteId = item.rootRemoteId ?? parentItem?.root ?? item.parentRemoteId;
    const ourPostId =
      this.ourPost(channel.channelId, [item.answersOurRemoteId, item.parentRemoteId, rootRemoteId], ours) ??
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
      parent: item.parent ? JSON.stringify(item.parent) : null,
      replyTo: JSON.stringify(item.replyTo),
      updatedAt: now,
    };
    if (existing) {
      // Seen before (an edit, or a channel connected again): refresh it, keep the owner's triage.
      statements.update.run({ ...content, id: existing.id });
      return false;
    }
    statements.insert.run({
      ...content,
      id: randomUUID(),
      sourceKey: channel.sourceKey,
      network: channel.network,
      remoteId: item.remoteId,
      kind: item.kind,
      receivedAt: item.receivedAt,
      syncedAt: now,
    });
    return true;
  }

  /** Our post behind the first of these remote ids that one of our published targets has. */
  private ourPost(
    channelId: string,
    remoteIds: (string | null | undefined)[],
    ours: Map<string, string | null>,
  ): string | null {
    for (const remoteId of remoteIds) {
      if (!remoteId) continue;
      if (!ours.has(remoteId)) {
        const row = this.statements.ourPost.get(channelId, remoteId) as { postId: string } | undefined;
        ours.set(remoteId, row?.postId ?? null);
      }
      const postId = ours.get(remoteId);
      if (postId) return postId;
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
