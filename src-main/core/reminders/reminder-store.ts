// The durable side of "Remind me" channels. Every move is a compare-and-set on the target's
// state in one transaction, so a double click, a late timer or a second window can never publish
// a reminder twice or bring back one the owner settled.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TargetState } from '../../shared/entities';
import type { KeyedText } from '../../shared/messages/owner-message';
import type { AppDatabase } from '../db/open-database';
import { channels, posts, postTargets } from '../db/schema';
import { refreshPostStatus } from '../outbox/post-status';

/** A reminder shown to the owner: what the "Post it now" panel lists. */
export interface RemindingRow {
  targetId: string;
  postId: string;
  channelId: string;
  channelName: string;
  channelSettings: Record<string, unknown> | null;
  body: string;
  bodyOverride: string | null;
  scheduledAt: number | null;
  /** When the grace window after the reminder ends and it is held as missed. */
  deadline: number | null;
}

/** What a target becomes, with the fields that move with it. */
interface Move {
  state: TargetState;
  nextAttemptAt?: number | null;
  remoteUrl?: string | null;
  lastError?: string | null;
  lastErrorKey?: KeyedText[] | null;
}

export class ReminderStore {
  constructor(private readonly db: AppDatabase) {}

  /** Whether the channel is a "Remind me" one: its targets are reminded, never sent. */
  isReminderChannel(channelId: string): boolean {
    return this.channelOf(channelId)?.network === 'reminder';
  }

  channelOf(channelId: string) {
    return (
      this.db
        .select({ network: channels.network, displayName: channels.displayName, settings: channels.settings })
        .from(channels)
        .where(eq(channels.id, channelId))
        .get() ?? null
    );
  }

  /**
   * Moves a target from one of `from` to `move.state`; false when it had moved meanwhile (the
   * owner settled it, or it was reminded already). `openPostsOnly`: only while its post is still
   * to be published, so a draft is never reminded of.
   */
  move(
    targetId: string,
    from: readonly TargetState[],
    move: Move,
    now: number,
    openPostsOnly = false,
  ): boolean {
    return this.db.transaction((tx) => {
      const moved = tx
        .update(postTargets)
        .set({
          state: move.state,
          nextAttemptAt: move.nextAttemptAt ?? null,
          lastError: move.lastError ?? null,
          lastErrorKey: move.lastErrorKey ?? null,
          ...(move.state === 'published'
            ? { remoteId: null, remoteUrl: move.remoteUrl ?? null, publishedAt: now }
            : {}),
          updatedAt: now,
        })
        .where(
          and(
            eq(postTargets.id, targetId),
            inArray(postTargets.state, [...from]),
            openPostsOnly
              ? sql`exists (select 1 from posts p where p.id = ${postTargets.postId} and p.status in ('scheduled', 'failed'))`
              : undefined,
          ),
        )
        .returning({ postId: postTargets.postId })
        .get();
      if (!moved) return false;
      refreshPostStatus(tx, moved.postId, now);
      return true;
    });
  }

  /** The target's state and channel, or null when it is gone. */
  target(targetId: string): { state: TargetState; channelId: string; postId: string } | null {
    return (
      this.db
        .select({ state: postTargets.state, channelId: postTargets.channelId, postId: postTargets.postId })
        .from(postTargets)
        .where(eq(postTargets.id, targetId))
        .get() ?? null
    );
  }

  /** Targets the owner is reminded of or will be again (snoozed): their image copies stay. */
  waitingTargetIds(): Set<string> {
    const rows = this.db
      .select({ id: postTargets.id })
      .from(postTargets)
      .innerJoin(channels, eq(channels.id, postTargets.channelId))
      .where(and(inArray(postTargets.state, ['reminding', 'retry_wait']), eq(channels.network, 'reminder')))
      .all();
    return new Set(rows.map((row) => row.id));
  }

  /** Reminders waiting for the owner, the earliest planned first. */
  reminding(): RemindingRow[] {
    return this.db
      .select({
        targetId: postTargets.id,
        postId: postTargets.postId,
        channelId: postTargets.channelId,
        channelName: channels.displayName,
        channelSettings: channels.settings,
        body: posts.body,
        bodyOverride: postTargets.bodyOverride,
        scheduledAt: posts.scheduledAt,
        deadline: postTargets.nextAttemptAt,
      })
      .from(postTargets)
      .innerJoin(posts, eq(posts.id, postTargets.postId))
      .innerJoin(channels, eq(channels.id, postTargets.channelId))
      .where(eq(postTargets.state, 'reminding'))
      .orderBy(posts.scheduledAt, postTargets.id)
      .all();
  }
}
