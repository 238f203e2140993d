// When targets are due: the ones to send now, and the moment the outbox next has to wake.
import { and, eq, inArray, isNotNull, lte, min, notInArray, sql } from 'drizzle-orm';
import type { PostStatus, TargetState } from '../../shared/entities';
import { AWAITING_RETRY } from '../../shared/target-states';
import type { AppDatabase } from '../db/open-database';
import { posts, postTargets } from '../db/schema';

export interface DueTarget {
  targetId: string;
  postId: string;
  channelId: string;
  state: TargetState;
  dueAt: number;
  scheduledAt: number;
  /** A reply from the inbox: it goes out whenever it can, never held as missed. */
  isReply: boolean;
  /** To be handed to the network's own scheduler now, rather than sent (see hand-off-targets.ts). */
  handOff?: boolean;
  /** A retry slept through: checked with the network, then held as missed (see missed-posts.ts). */
  late?: boolean;
}

/**
 * A queued post waits on a channel whose queue the owner paused (issue 12): it keeps its slot and
 * is not sent there until the queue runs again. Retries already under way are not held.
 */
const NOT_PAUSED = sql.raw(
  `not (p.queued = 1 and exists (select 1 from channels c where c.id = t.channel_id and c.queue_paused = 1))`,
);

/** Posts that can still have targets waiting for their first send. */
const OPEN_POST_STATUSES: PostStatus[] = ['scheduled', 'failed'];

/**
 * Targets whose time has come, in the order they were planned: a retried or recovered
 * target keeps its place ahead of posts planned after it.
 */
export function dueTargets(db: AppDatabase, now: number): DueTarget[] {
  const columns = {
    targetId: postTargets.id,
    postId: postTargets.postId,
    channelId: postTargets.channelId,
    state: postTargets.state,
    nextAttemptAt: postTargets.nextAttemptAt,
    scheduledAt: posts.scheduledAt,
    replyToItemId: posts.replyToItemId,
  };
  // A target waiting for its first send belongs to a scheduled post (or one that failed on
  // another channel). CROSS JOIN keeps posts as the outer loop, so the (status, scheduled_at)
  // index finds the few due posts instead of every scheduled target being read and joined.
  const firstSends = db.all<{
    targetId: string;
    postId: string;
    channelId: string;
    state: TargetState;
    nextAttemptAt: number | null;
    scheduledAt: number | null;
    replyToItemId: string | null;
  }>(sql`
    select t.id as targetId, t.post_id as postId, t.channel_id as channelId, t.state as state,
           t.next_attempt_at as nextAttemptAt, p.scheduled_at as scheduledAt,
           p.reply_to_item_id as replyToItemId
    from posts p cross join post_targets t on t.post_id = p.id
    where p.status in ('scheduled', 'failed') and p.scheduled_at <= ${now} and t.state = 'scheduled'
      and ${NOT_PAUSED}`);
  const retries = db
    .select(columns)
    .from(postTargets)
    .innerJoin(posts, eq(posts.id, postTargets.postId))
    .where(and(inArray(postTargets.state, AWAITING_RETRY), lte(postTargets.nextAttemptAt, now)))
    .all();
  return [...firstSends, ...retries]
    .map((row) => ({
      targetId: row.targetId,
      postId: row.postId,
      channelId: row.channelId,
      state: row.state,
      scheduledAt: row.scheduledAt ?? now,
      dueAt: row.state === 'scheduled' ? (row.scheduledAt ?? now) : (row.nextAttemptAt ?? now),
      isReply: row.replyToItemId !== null,
    }))
    .sort((a, b) => a.scheduledAt - b.scheduledAt || a.dueAt - b.dueAt);
}

/** The earliest moment anything becomes due (outside `busyChannels`), or null when the outbox can sleep. */
export function nextDueAt(db: AppDatabase, busyChannels: string[]): number | null {
  const idle = busyChannels.length > 0 ? notInArray(postTargets.channelId, busyChannels) : undefined;
  // One ordered walk of the (status, scheduled_at) index per status, stopping at the first
  // post that still has a target to send on an idle channel.
  const busy =
    busyChannels.length > 0
      ? sql`and t.channel_id not in (${sql.join(
          busyChannels.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : sql``;
  const firstSends = OPEN_POST_STATUSES.map(
    (status) =>
      db.get<{ at: number } | undefined>(sql`
        select p.scheduled_at as at from posts p
        where p.status = ${status} and p.scheduled_at is not null
          and exists (select 1 from post_targets t where t.post_id = p.id and t.state = 'scheduled' ${busy}
            and ${NOT_PAUSED})
        order by p.scheduled_at limit 1`)?.at,
  );
  const waiting = db
    .select({ at: min(postTargets.nextAttemptAt) })
    .from(postTargets)
    .where(and(inArray(postTargets.state, AWAITING_RETRY), isNotNull(postTargets.nextAttemptAt), idle))
    .get()?.at;
  const candidates = [...firstSends, waiting].filter((v): v is number => typeof v === 'number');
  return candidates.length > 0 ? Math.min(...candidates) : null;
}
