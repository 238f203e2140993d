// Reads and writes of the metrics tables: follower snapshots per channel, counts per published
// post, and when the owner looked at them.
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, max, or, sql, type SQL } from 'drizzle-orm';
import type { Network } from '../../shared/entities';
import type { PostCounts } from '../../shared/metrics';
import type { AppDatabase } from '../db/open-database';
import { channels, metricSnapshots, metricViews, postMetrics, posts, postTargets } from '../db/schema';
import type { Period } from '../plan/periods';

export interface PublishedTarget {
  targetId: string;
  postId: string;
  channelId: string;
  /** Null only for a post the owner published by hand (a "Remind me" channel). */
  remoteId: string | null;
  remoteUrl: string | null;
  publishedAt: number;
  body: string;
  bodyOverride: string | null;
}

/** A published post its network can be asked about. */
export type MeasurableTarget = PublishedTarget & { remoteId: string };

export interface MeasuredCounts extends PostCounts {
  views: number | null;
}

export interface SnapshotRow {
  channelId: string;
  takenAt: number;
  followers: number | null;
}

export interface ChannelRow {
  id: string;
  displayName: string;
  network: Network;
}

export class MetricsStore {
  constructor(private readonly db: AppDatabase) {}

  /** One channel's follower count and its posts' counts, written together at one instant. */
  record(
    channelId: string,
    takenAt: number,
    followers: number | null,
    counts: Map<string, MeasuredCounts>,
  ): void {
    this.db.transaction((tx) => {
      tx.insert(metricSnapshots).values({ channelId, takenAt, followers }).run();
      for (const [targetId, c] of counts) {
        tx.insert(postMetrics)
          .values({ targetId, takenAt, ...c })
          .run();
      }
    });
  }

  /** Our own posts (not inbox replies) published on the channel since `since`, with a remote id. */
  publishedSince(channelId: string, since: number): MeasurableTarget[] {
    return this.publishedWhere(
      and(
        eq(postTargets.channelId, channelId),
        gte(postTargets.publishedAt, since),
        isNotNull(postTargets.remoteId),
      ),
    ) as MeasurableTarget[];
  }

  /**
   * Every channel's posts published in [from, to): those the owner posted by hand when reminded
   * too, which have no remote id and count as posts with no counts.
   */
  publishedBetween(from: number, to: number): PublishedTarget[] {
    return this.publishedWhere(
      and(
        gte(postTargets.publishedAt, from),
        lt(postTargets.publishedAt, to),
        or(
          isNotNull(postTargets.remoteId),
          sql`${postTargets.channelId} in (select id from channels where network = 'reminder')`,
        ),
      ),
    );
  }

  private publishedWhere(condition: SQL | undefined): PublishedTarget[] {
    return this.db
      .select({
        targetId: postTargets.id,
        postId: postTargets.postId,
        channelId: postTargets.channelId,
        remoteId: postTargets.remoteId,
        remoteUrl: postTargets.remoteUrl,
        publishedAt: postTargets.publishedAt,
        body: posts.body,
        bodyOverride: postTargets.bodyOverride,
      })
      .from(postTargets)
      .innerJoin(posts, eq(posts.id, postTargets.postId))
      .where(and(condition, eq(postTargets.state, 'published'), isNull(posts.replyToItemId)))
      .orderBy(asc(postTargets.publishedAt))
      .all() as PublishedTarget[];
  }

  /** The newest counts of each target, with when they were measured. */
  latestCounts(targetIds: string[]): Map<string, MeasuredCounts & { takenAt: number }> {
    const result = new Map<string, MeasuredCounts & { takenAt: number }>();
    if (targetIds.length === 0) return result;
    // Chunks stay under SQLite's limit on bound variables.
    for (let i = 0; i < targetIds.length; i += 500) {
      const chunk = targetIds.slice(i, i + 500);
      const newest = this.db
        .select({ targetId: postMetrics.targetId, takenAt: max(postMetrics.takenAt).as('newest') })
        .from(postMetrics)
        .where(inArray(postMetrics.targetId, chunk))
        .groupBy(postMetrics.targetId)
        .as('newest');
      const rows = this.db
        .select()
        .from(postMetrics)
        .innerJoin(
          newest,
          and(eq(newest.targetId, postMetrics.targetId), eq(newest.takenAt, postMetrics.takenAt)),
        )
        .all();
      for (const { post_metrics: row } of rows) result.set(row.targetId, row);
    }
    return result;
  }

  /** Snapshots with a follower count, oldest first; one channel or all. */
  snapshots(range: { from: number; to: number }, channelId?: string): SnapshotRow[] {
    return this.db
      .select({
        channelId: metricSnapshots.channelId,
        takenAt: metricSnapshots.takenAt,
        followers: metricSnapshots.followers,
      })
      .from(metricSnapshots)
      .where(
        and(
          gte(metricSnapshots.takenAt, range.from),
          lt(metricSnapshots.takenAt, range.to),
          isNotNull(metricSnapshots.followers),
          channelId ? eq(metricSnapshots.channelId, channelId) : undefined,
        ),
      )
      .orderBy(asc(metricSnapshots.takenAt))
      .all();
  }

  /** The channel's follower count measured last at or before `at`. */
  followersAt(channelId: string, at: number): number | null {
    const row = this.db
      .select({ followers: metricSnapshots.followers })
      .from(metricSnapshots)
      .where(
        and(
          eq(metricSnapshots.channelId, channelId),
          lt(metricSnapshots.takenAt, at + 1),
          isNotNull(metricSnapshots.followers),
        ),
      )
      .orderBy(desc(metricSnapshots.takenAt))
      .get();
    return row?.followers ?? null;
  }

  /** When each channel was last measured. */
  lastTaken(): Map<string, number> {
    const rows = this.db
      .select({ channelId: metricSnapshots.channelId, takenAt: max(metricSnapshots.takenAt) })
      .from(metricSnapshots)
      .groupBy(metricSnapshots.channelId)
      .all();
    return new Map(rows.map((r) => [r.channelId, r.takenAt ?? 0]));
  }

  channels(): ChannelRow[] {
    return this.db
      .select({ id: channels.id, displayName: channels.displayName, network: channels.network })
      .from(channels)
      .orderBy(asc(channels.createdAt))
      .all();
  }

  markViewed(at: number): void {
    this.db.insert(metricViews).values({ viewedAt: at }).onConflictDoNothing().run();
  }

  lastViewed(period: Period): number | null {
    const row = this.db
      .select({ at: max(metricViews.viewedAt) })
      .from(metricViews)
      .where(and(gte(metricViews.viewedAt, period.from), lt(metricViews.viewedAt, period.to)))
      .get();
    return row?.at ?? null;
  }
}
