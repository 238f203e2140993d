// The outbox's durable state. Each method is one transaction, so the database always says
// exactly how far a send got: before the request (sending, attempt open) or after it.
import { and, asc, eq, inArray, min, sql } from 'drizzle-orm';
import type { Network, TargetState } from '../../shared/entities';
import type { KeyedSentences } from '../../shared/messages/owner-message';
import type { UpcomingPost } from '../../shared/preflight';
import { HANDED_OFF, NEEDS_OWNER, QUEUED } from '../../shared/target-states';
import { commitDurably } from '../db/durable-write';
import type { AppDatabase, Tx } from '../db/open-database';
import { channels, posts, postTargets, publishAttempts } from '../db/schema';
import { recordFirstReply } from '../inbox/reply-links';
import { redactKeys, redactPatterns, type Redact } from '../redact';
import { dueTargets, nextDueAt, type DueTarget } from './due-targets';
import { handOffsDue, nextHandOffAt } from './hand-off-targets';
import { upcomingPosts } from './upcoming-posts';
import { refreshPostStatus } from './post-status';

export interface OpenAttempt {
  attemptId: number;
  idempotencyKey: string;
  attemptCount: number;
  firstAttemptAt: number;
}

export interface HandedOffTarget {
  id: string;
  postId: string;
  channelId: string;
  network: Network;
  state: TargetState;
  handOffId: string | null;
  scheduledAt: number | null;
}

export interface AttemptResult {
  outcome: 'published' | 'retry' | 'failed' | 'unknown' | 'handed_off';
  state: TargetState;
  /** The network's id for the post its scheduler holds; absent leaves it as it was. */
  handOffId?: string | null;
  httpStatus?: number | null;
  serverAnswer?: string | null;
  remoteId?: string | null;
  remoteUrl?: string | null;
  lastError?: string | null;
  /** lastError as catalog keys; null or absent when it is plain text. */
  lastErrorKey?: KeyedSentences;
  nextAttemptAt?: number | null;
}

/**
 * The key every send of a target carries, the same across retries and restarts, so a network
 * that takes one (Mastodon, webhooks) drops a repeat. Kept with the target at its first attempt.
 */
export function idempotencyKeyOf(targetId: string): string {
  return `cadence-${targetId}`;
}

const MAX_IDS_PER_STATEMENT = 500;

export class OutboxStore {
  /** `redact` cleans every server answer and error before it is stored (see core/redact.ts). */
  constructor(
    private readonly db: AppDatabase,
    private readonly redact: Redact = redactPatterns,
  ) {}

  /**
   * After a crash, a target caught mid-send has an unknown outcome and must be verified; one caught
   * mid-hand-off stays so, to be looked up on the network's schedule before anything else.
   */
  recoverInterrupted(now: number): string[] {
    return this.db.transaction((tx) => {
      const interrupted = tx
        .select({ id: postTargets.id, postId: postTargets.postId, state: postTargets.state })
        .from(postTargets)
        .where(inArray(postTargets.state, ['sending', 'handing_off']))
        .all();
      if (interrupted.length === 0) return [];
      const ids = interrupted.map((t) => t.id);
      tx.update(postTargets)
        .set({
          state: sql`case ${postTargets.state} when 'sending' then 'unknown' else ${postTargets.state} end`,
          nextAttemptAt: now,
          updatedAt: now,
        })
        .where(inArray(postTargets.id, ids))
        .run();
      tx.update(publishAttempts)
        .set({ outcome: 'unknown', finishedAt: now })
        .where(and(inArray(publishAttempts.targetId, ids), sql`${publishAttempts.finishedAt} is null`))
        .run();
      return [...new Set(interrupted.map((t) => t.postId))];
    });
  }

  /**
   * Targets whose time has come, in the order they were planned: a retried or recovered
   * target keeps its place ahead of posts planned after it.
   */
  due(now: number): DueTarget[] {
    return dueTargets(this.db, now);
  }

  /** Scheduled posts due in [from, until), with each channel's network and state. */
  upcoming(from: number, until: number): UpcomingPost[] {
    return upcomingPosts(this.db, from, until);
  }

  /** Asks for the hand-off of these targets (the owner's "Hand them off" before sleep or quit). */
  askHandOff(targetIds: string[]): void {
    if (targetIds.length === 0) return;
    this.db.update(postTargets).set({ handOff: true }).where(inArray(postTargets.id, targetIds)).run();
  }

  /** Targets to hand to their network's own scheduler now. */
  handOffsDue(now: number, rightAway = false): DueTarget[] {
    return handOffsDue(this.db, now, rightAway);
  }

  /** The next moment a target waiting to be handed off may go, or null. */
  nextHandOffAt(now: number): number | null {
    return nextHandOffAt(this.db, now);
  }

  /** The earliest moment anything becomes due (outside `busyChannels`), or null when the outbox can sleep. */
  nextDueAt(busyChannels: string[] = []): number | null {
    return nextDueAt(this.db, busyChannels);
  }

  /**
   * Written BEFORE the request leaves: the target is 'sending' and the attempt is open. A
   * compare-and-set: only a target still in `expected`, on a post still to be published, is
   * begun. Null when the owner (or a check) moved it meanwhile; then nothing may be sent.
   */
  beginAttempt(
    targetId: string,
    expected: TargetState,
    now: number,
    /** 'handing_off' for a hand-off to the network's scheduler, which is no try at sending. */
    next: 'sending' | 'handing_off' = 'sending',
  ): OpenAttempt | null {
    return this.durableTransaction((tx) => {
      const begun = tx
        .update(postTargets)
        .set({
          state: next,
          idempotencyKey: sql`coalesce(${postTargets.idempotencyKey}, ${idempotencyKeyOf(targetId)})`,
          attemptCount: next === 'sending' ? sql`${postTargets.attemptCount} + 1` : postTargets.attemptCount,
          nextAttemptAt: null,
          updatedAt: now,
        })
        .where(
          and(
            eq(postTargets.id, targetId),
            eq(postTargets.state, expected),
            // A draft is never sent, whatever state its targets were left in.
            sql`exists (select 1 from posts p where p.id = ${postTargets.postId} and p.status in ('scheduled', 'failed'))`,
          ),
        )
        .returning({ idempotencyKey: postTargets.idempotencyKey, attemptCount: postTargets.attemptCount })
        .get();
      if (!begun) return null;
      const idempotencyKey = begun.idempotencyKey ?? idempotencyKeyOf(targetId);
      const inserted = tx
        .insert(publishAttempts)
        .values({ targetId, idempotencyKey, startedAt: now })
        .returning({ id: publishAttempts.id })
        .get();
      const first = tx
        .select({ at: min(publishAttempts.startedAt) })
        .from(publishAttempts)
        .where(eq(publishAttempts.targetId, targetId))
        .get();
      return {
        attemptId: inserted.id,
        idempotencyKey,
        attemptCount: begun.attemptCount,
        firstAttemptAt: first?.at ?? now,
      };
    });
  }

  /**
   * Written AFTER the answer (or its absence): the attempt closes and the target moves on. The
   * target moves only if it is still in one of the `expected` states (a compare-and-set), so a
   * late answer never overwrites what the owner decided meanwhile ("It was published"). The
   * attempt is closed either way: it records what the network said. False when the target had moved.
   */
  finishAttempt(
    attemptId: number | null,
    targetId: string,
    expected: TargetState | readonly TargetState[],
    result: AttemptResult,
    now: number,
  ): boolean {
    return this.durableTransaction((tx) => {
      if (attemptId !== null) {
        tx.update(publishAttempts)
          .set({
            outcome: result.outcome,
            finishedAt: now,
            httpStatus: result.httpStatus ?? null,
            // Redacted whole, then cut: a cut could leave half a token the patterns miss.
            serverAnswer: this.redactOrNull(result.serverAnswer)?.slice(0, 4000) ?? null,
          })
          .where(eq(publishAttempts.id, attemptId))
          .run();
      }
      const moved = tx
        .update(postTargets)
        .set({
          state: result.state,
          lastError: this.redactOrNull(result.lastError),
          lastErrorKey: redactKeys(result.lastErrorKey, this.redact),
          nextAttemptAt: result.nextAttemptAt ?? null,
          ...(result.handOffId === undefined ? {} : { handOffId: result.handOffId }),
          ...(result.state === 'published'
            ? { remoteId: result.remoteId ?? null, remoteUrl: result.remoteUrl ?? null, publishedAt: now }
            : {}),
          updatedAt: now,
        })
        .where(and(eq(postTargets.id, targetId), inArray(postTargets.state, [expected].flat())))
        .run();
      if (moved.changes === 0) return false;
      const postId = targetPostId(tx, targetId);
      if (result.state === 'published') recordFirstReply(tx, postId, now);
      refreshPostStatus(tx, postId, now);
      return true;
    });
  }

  /**
   * An attempt's records must survive a power cut: a lost "about to send" would let a send that
   * reached the network look as if it never began. Protected so the bench can compare with NORMAL.
   */
  protected durableTransaction<T>(write: (tx: Tx) => T): T {
    return commitDurably(this.db.$client, () => this.db.transaction(write));
  }

  /** Sets targets of a post to a new state (e.g. missed, or back to scheduled for "publish now"). */
  setTargetStates(
    targetIds: string[],
    state: TargetState,
    now: number,
    fields: {
      lastError?: string | null;
      lastErrorKey?: KeyedSentences;
      nextAttemptAt?: number | null;
      attemptCount?: number;
      handOffId?: string | null;
    } = {},
  ): void {
    if (targetIds.length === 0) return;
    this.db.transaction((tx) => {
      const postIds = new Set<string>();
      // SQLite caps the number of bound variables per statement.
      for (let i = 0; i < targetIds.length; i += MAX_IDS_PER_STATEMENT) {
        const chunk = targetIds.slice(i, i + MAX_IDS_PER_STATEMENT);
        tx.update(postTargets)
          .set({
            state,
            updatedAt: now,
            ...fields,
            // New words replace the old keys too, so a plain-text error never shows an older translation.
            ...(fields.lastError !== undefined
              ? {
                  lastError: this.redactOrNull(fields.lastError),
                  lastErrorKey: redactKeys(fields.lastErrorKey, this.redact),
                }
              : {}),
          })
          .where(inArray(postTargets.id, chunk))
          .run();
        const rows = tx
          .selectDistinct({ postId: postTargets.postId })
          .from(postTargets)
          .where(inArray(postTargets.id, chunk))
          .all();
        for (const { postId } of rows) postIds.add(postId);
      }
      for (const postId of postIds) refreshPostStatus(tx, postId, now);
    });
  }

  private redactOrNull(text: string | null | undefined): string | null {
    return text == null ? null : this.redact(text);
  }

  /** When the first attempt for a target began: the stable basis of per-network keys. */
  firstAttemptAt(targetId: string): number | null {
    return (
      this.db
        .select({ at: min(publishAttempts.startedAt) })
        .from(publishAttempts)
        .where(eq(publishAttempts.targetId, targetId))
        .get()?.at ?? null
    );
  }

  /**
   * Whether any attempt for a target may have reached its network: its answer was lost, it was
   * cut short, or the server failed while answering (5xx). A 4xx answer, 429 included, is a clear
   * refusal: nothing was posted.
   */
  mayHaveReachedNetwork(targetId: string): boolean {
    const found = this.db
      .select({ id: publishAttempts.id })
      .from(publishAttempts)
      .where(
        and(
          eq(publishAttempts.targetId, targetId),
          sql`(${publishAttempts.outcome} is null or ${publishAttempts.outcome} = 'unknown' or (${publishAttempts.outcome} = 'retry' and coalesce(${publishAttempts.httpStatus}, 500) >= 500))`,
        ),
      )
      .limit(1)
      .get();
    return found !== undefined;
  }

  /** A post's or a channel's targets held by a network's scheduler, or on their way there. */
  handedOffTargets(of: { postId: string } | { channelId: string }): HandedOffTarget[] {
    return this.db
      .select({
        id: postTargets.id,
        postId: postTargets.postId,
        channelId: postTargets.channelId,
        network: channels.network,
        state: postTargets.state,
        handOffId: postTargets.handOffId,
        scheduledAt: posts.scheduledAt,
      })
      .from(postTargets)
      .innerJoin(posts, eq(posts.id, postTargets.postId))
      .innerJoin(channels, eq(channels.id, postTargets.channelId))
      .where(
        and(
          'postId' in of ? eq(postTargets.postId, of.postId) : eq(postTargets.channelId, of.channelId),
          inArray(postTargets.state, HANDED_OFF),
        ),
      )
      .all();
  }

  target(targetId: string) {
    return this.db.select().from(postTargets).where(eq(postTargets.id, targetId)).get();
  }

  targetsOfPost(postId: string) {
    return this.db
      .select()
      .from(postTargets)
      .where(eq(postTargets.postId, postId))
      .orderBy(asc(postTargets.channelId))
      .all();
  }

  /**
   * Counts for the tray and the status bar. Only the states counted are read: a year of history
   * is mostly published targets, and grouping every target read them all (about 17 ms at 100,000
   * posts, on the way to the first screen).
   */
  counts(): { queued: number; attention: number } {
    const rows = this.db
      .select({ state: postTargets.state, n: sql<number>`count(*)` })
      .from(postTargets)
      .where(inArray(postTargets.state, [...QUEUED, ...NEEDS_OWNER]))
      .groupBy(postTargets.state)
      .all();
    const count = (states: readonly TargetState[]) =>
      rows.filter((r) => states.includes(r.state)).reduce((sum, r) => sum + r.n, 0);
    return { queued: count(QUEUED), attention: count(NEEDS_OWNER) };
  }
}

function targetPostId(tx: Tx, targetId: string): string {
  const row = tx
    .select({ postId: postTargets.postId })
    .from(postTargets)
    .where(eq(postTargets.id, targetId))
    .get();
  if (!row) throw new Error(`target ${targetId} vanished`);
  return row.postId;
}
