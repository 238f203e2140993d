// The posts as the calendar and the drafts list show them: an excerpt, not the post, read as
// positional rows because a view reads thousands of them.
import { and, asc, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import type { PostKind, PostStatus, PostSummary } from '../../shared/entities';
import type { AppDatabase } from '../db/open-database';
import { posts } from '../db/schema';

export const EXCERPT_LENGTH = 140;

/** A post of a window as the month view first reads it: which one, when, and whether a draft. */
export interface PostTime {
  id: string;
  scheduledAt: number;
  status: PostStatus;
}

export class PostSummaries {
  // The order here is the order toSummary reads the row in.
  private readonly summaryColumns = {
    id: posts.id,
    excerpt: sql<string>`substr(${posts.body}, 1, ${sql.raw(String(EXCERPT_LENGTH))})`,
    status: posts.status,
    kind: posts.kind,
    scheduledAt: posts.scheduledAt,
    scheduledTimeZone: posts.scheduledTimeZone,
    scheduledLocal: posts.scheduledLocal,
    updatedAt: posts.updatedAt,
    // Written out in full: inside a single-table select drizzle drops the table prefix,
    // which would make "id" bind to the subquery's own table.
    channelIds: sql<
      string | null
    >`(select group_concat(pt.channel_id) from post_targets pt where pt.post_id = posts.id)`,
    mediaCount: sql<number>`(select count(*) from media m where m.post_id = posts.id)`,
    // Through the partial hand-off index: the few held targets, not every target of every post.
    handedOff: sql<number>`exists (select 1 from post_targets pt where pt.hand_off = 1 and pt.state = 'handed_off' and pt.post_id = posts.id)`,
    seriesId: posts.seriesId,
    recycledFromId: posts.recycledFromId,
  };

  // Prepared once: building and compiling the query on every call cost the drafts list a third
  // more than the statement itself (bench drafts_list_100k_store_vs_raw).
  private readonly rangeQuery;
  private readonly timesQuery;
  private readonly byIdsQuery;
  private readonly draftsQuery;

  constructor(private readonly db: AppDatabase) {
    // The posts a calendar window shows: one condition for the summaries and the month's first
    // pass, which must read the same posts.
    const inWindow = and(
      gte(posts.scheduledAt, sql.placeholder('from')),
      lt(posts.scheduledAt, sql.placeholder('to')),
      // Replies written in the inbox are conversations, not posts on the calendar.
      isNull(posts.replyToItemId),
    );
    this.rangeQuery = this.db
      .select(this.summaryColumns)
      .from(posts)
      .where(inWindow)
      .orderBy(asc(posts.scheduledAt))
      .prepare();
    // The month view's first pass: which posts a window has, by time, without the per-post
    // subqueries of a summary (targets, media, hand-off), which it then reads for a few only.
    this.timesQuery = this.db
      .select({ id: posts.id, scheduledAt: posts.scheduledAt, status: posts.status })
      .from(posts)
      .where(inWindow)
      .orderBy(asc(posts.scheduledAt))
      .prepare();
    this.byIdsQuery = this.db
      .select(this.summaryColumns)
      .from(posts)
      .where(sql`${posts.id} in (select value from json_each(${sql.placeholder('ids')}))`)
      .orderBy(asc(posts.scheduledAt))
      .prepare();
    this.draftsQuery = this.db
      .select(this.summaryColumns)
      .from(posts)
      .where(eq(posts.status, 'draft'))
      .orderBy(desc(posts.updatedAt))
      .limit(sql.placeholder('limit'))
      .prepare();
  }

  drafts(limit: number): PostSummary[] {
    return this.draftsQuery.values({ limit }).map(toSummary);
  }

  /** Posts whose scheduled instant falls in [from, to): only the visible window is read. */
  range(from: number, to: number): PostSummary[] {
    return this.rangeQuery.values({ from, to }).map(toSummary);
  }

  /** The same posts as `range`, in the same order, as their id, time and status only. */
  timesIn(from: number, to: number): PostTime[] {
    return this.timesQuery.values({ from, to }).map(([id, scheduledAt, status]) => ({
      id: id as string,
      scheduledAt: scheduledAt as number,
      status: status as PostStatus,
    }));
  }

  /** The summaries of these posts, in time order. */
  byIds(ids: readonly string[]): PostSummary[] {
    return this.byIdsQuery.values({ ids: JSON.stringify(ids) }).map(toSummary);
  }
}

type SummaryRow = [
  id: string,
  excerpt: string,
  status: PostStatus,
  kind: PostKind,
  scheduledAt: number | null,
  scheduledTimeZone: string | null,
  scheduledLocal: string | null,
  updatedAt: number,
  channelIds: string | null,
  mediaCount: number,
  handedOff: number,
  seriesId: string | null,
  recycledFromId: string | null,
];

/**
 * Maps a positional row by hand: the calendar reads thousands of summaries per view, and
 * drizzle's generic per-field row mapping would cost it more than the query itself. The search
 * (core/batch/post-search.ts) reads its rows in this same order.
 */
export function toSummary(row: unknown[]): PostSummary {
  const [
    id,
    excerpt,
    status,
    kind,
    scheduledAt,
    scheduledTimeZone,
    scheduledLocal,
    updatedAt,
    channelIds,
    mediaCount,
    handedOff,
    seriesId,
    recycledFromId,
  ] = row as SummaryRow;
  return {
    id,
    excerpt,
    status,
    kind,
    scheduledAt,
    scheduledTimeZone,
    scheduledLocal,
    updatedAt,
    channelIds: channelIds ? channelIds.split(',') : [],
    mediaCount,
    handedOff: handedOff === 1,
    repeats: seriesId !== null,
    recycled: recycledFromId !== null,
  };
}
