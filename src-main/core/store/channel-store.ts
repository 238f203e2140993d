import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { ChannelLimits, type Channel, type Network } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { channels, posts, postTargets } from '../db/schema';
import { refreshPostStatus } from '../outbox/outbox-store';
import { refuseWhileChannelInProgress } from '../outbox/send-in-progress';

export class ChannelStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {}

  list(): Channel[] {
    return this.db.select().from(channels).orderBy(asc(channels.createdAt)).all().map(toChannel);
  }

  add(input: { network: Network; displayName: string; handle: string }): Channel {
    const now = this.clock.now();
    const id = randomUUID();
    this.db
      .insert(channels)
      .values({ id, ...input, createdAt: now, updatedAt: now })
      .run();
    return this.get(id);
  }

  get(id: string): Channel {
    const row = this.db.select().from(channels).where(eq(channels.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'That channel no longer exists.');
    return toChannel(row);
  }

  /**
   * Removes a channel and its posts' targets there, never while a post is being sent to it or
   * checked on it, and brings each of those posts' status up to date: published once every
   * channel left has it, back to drafts when no channel is left. Returns those posts' ids.
   */
  remove(id: string): string[] {
    const now = this.clock.now();
    return this.db.transaction((tx) => {
      const channel = tx
        .select({ name: channels.displayName })
        .from(channels)
        .where(eq(channels.id, id))
        .get();
      if (!channel) throw new AppError('NOT_FOUND', 'That channel no longer exists.');
      const targets = tx
        .select({
          postId: postTargets.postId,
          state: postTargets.state,
          nextAttemptAt: postTargets.nextAttemptAt,
        })
        .from(postTargets)
        .where(eq(postTargets.channelId, id))
        .all();
      refuseWhileChannelInProgress(targets, channel.name, 'a post', 'Remove the channel');
      // Its targets go with it (ON DELETE CASCADE).
      tx.delete(channels).where(eq(channels.id, id)).run();
      const postIds = [...new Set(targets.map((t) => t.postId))];
      for (const postId of postIds) {
        const left = tx
          .select({ id: postTargets.id })
          .from(postTargets)
          .where(eq(postTargets.postId, postId))
          .get();
        if (left) refreshPostStatus(tx, postId, now);
        else {
          // Nowhere left to send it: a plan with no channel is a draft (posts.schedule asks for one).
          tx.update(posts)
            .set({
              status: 'draft',
              scheduledAt: null,
              scheduledTimeZone: null,
              scheduledLocal: null,
              updatedAt: now,
            })
            .where(and(eq(posts.id, postId), inArray(posts.status, ['scheduled', 'failed'])))
            .run();
        }
      }
      return postIds;
    });
  }

  /** Throws a plain-language error naming how many of the ids are unknown. */
  assertExist(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const found = this.db
      .select({ id: channels.id })
      .from(channels)
      .where(inArray(channels.id, [...ids]))
      .all();
    if (found.length !== new Set(ids).size) {
      throw new AppError(
        'NOT_FOUND',
        'One of the chosen channels no longer exists. Pick the channels again.',
      );
    }
  }
}

function toChannel(row: typeof channels.$inferSelect): Channel {
  return {
    id: row.id,
    network: row.network,
    displayName: row.displayName,
    handle: row.handle,
    connection: row.connection,
    serverUrl: row.serverUrl,
    avatarUrl: row.avatarUrl,
    followersCount: row.followersCount,
    limits: limitsIn(row.settings),
    accessExpiresAt: row.accessExpiresAt,
    refreshExpiresAt: row.refreshExpiresAt,
    credentialFailedAt: row.credentialFailedAt,
    createdAt: row.createdAt,
  };
}

/** Connectors keep server-reported limits under settings.limits; anything malformed is ignored. */
function limitsIn(settings: Record<string, unknown> | null): ChannelLimits | null {
  const parsed = ChannelLimits.safeParse(settings?.limits);
  return parsed.success ? parsed.data : null;
}
