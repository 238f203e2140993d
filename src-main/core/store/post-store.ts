import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, isNull, notInArray, or } from 'drizzle-orm';
import type { Post, PostKind, PostStatus, PostSummary, TargetState } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { RESENDABLE } from '../../shared/target-states';
import type { Clock } from '../clock';
import type { AppDatabase, Tx } from '../db/open-database';
import { channels, media, posts, postTargets } from '../db/schema';
import { refreshPostStatus } from '../outbox/post-status';
import { refuseWhileChannelInProgress, refuseWhilePostInProgress } from '../outbox/send-in-progress';
import { firstPostsPerDay, type MonthDays } from './month-days';
import { PostSummaries } from './post-summaries';
import { mediaItemOf } from './media-store';
import { say } from '../../shared/messages/owner-message';

export interface ScheduleFields {
  scheduledAt: number;
  scheduledTimeZone: string;
  scheduledLocal: string;
  /** Placed in a queue slot; a time the owner picks by hand takes the post out of the queue. */
  queued?: boolean;
}

export interface PostChanges {
  body?: string;
  kind?: PostKind;
  channelIds?: string[];
  variants?: Record<string, string | null>;
  handOff?: boolean;
}

/** Posts and their per-channel targets. Every write runs in one transaction. */
export class PostStore {
  private readonly summaries: PostSummaries;

  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {
    this.summaries = new PostSummaries(db);
  }

  create(input: { body?: string; channelIds?: string[]; kind?: PostKind }): Post {
    const id = this.insert({ body: input.body ?? '', kind: input.kind ?? 'organic' }, input.channelIds ?? []);
    return this.get(id);
  }

  /**
   * A reply written in the inbox: a post scheduled on the item's channel, which the outbox sends
   * like any other; the calendar leaves it out. Joins the caller's transaction, if any.
   */
  createReply(input: {
    body: string;
    channelId: string;
    replyToItemId: string;
    schedule: ScheduleFields;
  }): string {
    const { body, channelId, replyToItemId, schedule } = input;
    return this.insert({ body, status: 'scheduled', ...schedule, replyToItemId }, [channelId]);
  }

  /** A new post with a target per channel, in the state its post's status calls for. */
  private insert(
    values: Omit<typeof posts.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>,
    channelIds: string[],
  ): string {
    const id = randomUUID();
    const now = this.clock.now();
    const state: TargetState = values.status === 'scheduled' ? 'scheduled' : 'pending';
    this.db.transaction((tx) => {
      tx.insert(posts)
        .values({ ...values, id, createdAt: now, updatedAt: now })
        .run();
      for (const channelId of new Set(channelIds)) {
        tx.insert(postTargets)
          .values({ id: randomUUID(), postId: id, channelId, state, updatedAt: now })
          .run();
      }
    });
    return id;
  }

  get(id: string): Post {
    const row = this.db.select().from(posts).where(eq(posts.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', say('errors.post.gone'));
    const targets = this.db
      .select()
      .from(postTargets)
      .where(eq(postTargets.postId, id))
      .orderBy(asc(postTargets.channelId))
      .all();
    const attachments = this.db
      .select()
      .from(media)
      .where(eq(media.postId, id))
      .orderBy(asc(media.position))
      .all();
    return {
      ...row,
      targets: targets.map((t) => ({
        id: t.id,
        channelId: t.channelId,
        bodyOverride: t.bodyOverride,
        state: t.state,
        remoteUrl: t.remoteUrl,
        lastError: t.lastError,
        lastErrorKey: t.lastErrorKey ?? null,
        handOff: t.handOff,
      })),
      media: attachments.map(mediaItemOf),
    };
  }

  update(id: string, changes: PostChanges): Post {
    const current = this.get(id);
    if (current.status === 'published') {
      throw new AppError('CONFLICT', say('errors.post.publishedDuplicate'));
    }
    const now = this.clock.now();
    const targetState: TargetState = current.status === 'scheduled' ? 'scheduled' : 'pending';
    this.db.transaction((tx) => {
      tx.update(posts)
        .set({
          ...(changes.body === undefined ? {} : { body: changes.body }),
          ...(changes.kind === undefined ? {} : { kind: changes.kind }),
          updatedAt: now,
        })
        .where(eq(posts.id, id))
        .run();
      if (changes.channelIds) {
        const wanted = [...new Set(changes.channelIds)];
        const dropped = tx
          .select({
            state: postTargets.state,
            nextAttemptAt: postTargets.nextAttemptAt,
            channelName: channels.displayName,
          })
          .from(postTargets)
          .innerJoin(channels, eq(channels.id, postTargets.channelId))
          .where(and(eq(postTargets.postId, id), notInArray(postTargets.channelId, wanted)))
          .all();
        for (const target of dropped) {
          refuseWhileChannelInProgress([target], target.channelName, 'takeOff');
        }
        tx.delete(postTargets)
          .where(and(eq(postTargets.postId, id), notInArray(postTargets.channelId, wanted)))
          .run();
        // A channel added later follows the post's hand-off choice.
        const handOff = changes.handOff ?? current.targets.some((t) => t.handOff);
        for (const channelId of wanted) {
          tx.insert(postTargets)
            .values({ id: randomUUID(), postId: id, channelId, state: targetState, handOff, updatedAt: now })
            .onConflictDoNothing()
            .run();
        }
      }
      if (changes.handOff !== undefined) {
        tx.update(postTargets).set({ handOff: changes.handOff }).where(eq(postTargets.postId, id)).run();
      }
      for (const [channelId, text] of Object.entries(changes.variants ?? {})) {
        tx.update(postTargets)
          .set({ bodyOverride: text, updatedAt: now })
          .where(and(eq(postTargets.postId, id), eq(postTargets.channelId, channelId)))
          .run();
      }
      // Taking off the channel a post failed on can leave it published everywhere else.
      if (changes.channelIds) refreshPostStatus(tx, id, now);
    });
    return this.get(id);
  }

  /**
   * Schedules a post, or (null) moves it back to drafts. A draft is never moved while a send or
   * a check of one is in progress; an outcome waiting for the owner's word is dropped with it,
   * as moving the post to drafts says "do not send it".
   */
  setSchedule(id: string, schedule: ScheduleFields | null): Post {
    const status: PostStatus = schedule ? 'scheduled' : 'draft';
    const now = this.clock.now();
    this.db.transaction((tx) => {
      if (!schedule) refuseWhilePostInProgress(this.progressOf(tx, id), 'moveToDrafts');
      tx.update(posts)
        .set({
          status,
          scheduledAt: schedule?.scheduledAt ?? null,
          scheduledTimeZone: schedule?.scheduledTimeZone ?? null,
          scheduledLocal: schedule?.scheduledLocal ?? null,
          queued: schedule?.queued ?? false,
          updatedAt: now,
        })
        .where(eq(posts.id, id))
        .run();
      // Targets already sent, being sent, or awaiting the owner's word keep their state.
      tx.update(postTargets)
        .set({
          state: schedule ? 'scheduled' : 'pending',
          lastError: null,
          lastErrorKey: null,
          attemptCount: 0,
          nextAttemptAt: null,
          updatedAt: now,
        })
        .where(
          and(
            eq(postTargets.postId, id),
            or(
              inArray(postTargets.state, RESENDABLE),
              schedule ? undefined : and(eq(postTargets.state, 'unknown'), isNull(postTargets.nextAttemptAt)),
            ),
          ),
        )
        .run();
    });
    return this.get(id);
  }

  /** Deletes a post, but never while a send or a check of one is in progress. */
  delete(id: string): void {
    this.db.transaction((tx) => {
      refuseWhilePostInProgress(this.progressOf(tx, id), 'delete');
      const result = tx.delete(posts).where(eq(posts.id, id)).run();
      if (result.changes === 0) throw new AppError('NOT_FOUND', say('errors.post.goneShort'));
    });
  }

  private progressOf(tx: Tx, postId: string) {
    return tx
      .select({ state: postTargets.state, nextAttemptAt: postTargets.nextAttemptAt })
      .from(postTargets)
      .where(eq(postTargets.postId, postId))
      .all();
  }

  listDrafts(limit = 200): PostSummary[] {
    return this.summaries.drafts(limit);
  }

  /** Posts whose scheduled instant falls in [from, to): only the visible window is read. */
  range(from: number, to: number): PostSummary[] {
    return this.summaries.range(from, to);
  }

  /** What the month view is sent (month-days.ts): the first posts of each day, and each day's count. */
  monthDays(from: number, to: number, timeZone: string, perDay: number): MonthDays {
    const { posts: first, dayTotals } = firstPostsPerDay(this.summaries.timesIn(from, to), timeZone, perDay);
    return { posts: this.summaries.byIds(first.map((post) => post.id)), dayTotals };
  }
}
