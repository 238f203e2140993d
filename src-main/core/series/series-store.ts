// Recurring posts. A series makes its occurrences as real posts ahead of time, within a rolling
// horizon, each keyed by (series, occurrence wall-clock time) under a unique index. Making them
// real posts means the outbox needs nothing new: each occurrence is sent exactly once by the same
// machinery as any post, shows on the calendar, and can be moved, edited or deleted on its own.
// The series remembers the last occurrence it made (madeThrough), so growing it again continues
// from there and an occurrence the owner deleted is not made again.
import { randomUUID } from 'node:crypto';
import { and, eq, gte, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Post } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import type { RepeatRule, Series, SeriesEnd } from '../../shared/recurrence';
import { addLocalDays, localStringAt } from '../../shared/zoned-time';
import type { Clock } from '../clock';
import type { AppDatabase, Tx } from '../db/open-database';
import { media, posts, postSeries, postTargets, type SeriesTemplate } from '../db/schema';
import { refuseWhilePostInProgress } from '../outbox/send-in-progress';
import { nextLocals, occurrencesOf } from './occurrences';

/** How far ahead occurrences exist as posts: the calendar's quarter, and little to rewrite on an edit. */
export const SERIES_HORIZON_MS = 92 * 24 * 60 * 60_000;

export class SeriesStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {}

  get(id: string): Series {
    const row = this.db.select().from(postSeries).where(eq(postSeries.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', say('series.errors.notInSeries'));
    return { id: row.id, rule: row.rule, end: row.end, startLocal: row.startLocal, timeZone: row.timeZone };
  }

  /**
   * Makes a scheduled post the first of a new series. A post already in a series splits it: the
   * old series stops before this post, and its posts after it that are not out yet are deleted
   * (returned, so the caller can free their images). The new series is then grown.
   */
  start(post: Post, rule: RepeatRule, end: SeriesEnd): { seriesId: string; replaced: string[] } {
    if (post.status === 'published') throw new AppError('CONFLICT', say('series.errors.published'));
    if (post.status !== 'scheduled' || !post.scheduledLocal || !post.scheduledTimeZone) {
      throw new AppError('INVALID_INPUT', say('series.errors.notScheduled'));
    }
    const startLocal = post.scheduledLocal;
    const shape = { rule, end, startLocal, timeZone: post.scheduledTimeZone };
    if (end.kind === 'onDate' && end.date < startLocal.slice(0, 10)) {
      throw new AppError('INVALID_INPUT', say('series.errors.endBeforeStart'));
    }
    if (nextLocals(shape, startLocal, 1)[0] !== startLocal) {
      throw new AppError('INVALID_INPUT', say('series.errors.notOnRule', { date: startLocal.slice(0, 10) }));
    }
    const seriesId = randomUUID();
    const now = this.clock.now();
    let replaced: string[] = [];
    this.db.transaction((tx) => {
      const previous = this.seriesOf(tx, post.id);
      if (previous) replaced = this.cut(tx, previous.seriesId, previous.occurrenceLocal, post.id);
      tx.insert(postSeries)
        .values({
          ...shape,
          id: seriesId,
          template: templateOf(post),
          madeThrough: startLocal,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      tx.update(posts)
        .set({ seriesId, occurrenceLocal: startLocal, updatedAt: now })
        .where(eq(posts.id, post.id))
        .run();
    });
    this.grow(seriesId);
    return { seriesId, replaced };
  }

  /** The series of a post that has gone out, whose horizon may then move on. */
  publishedSeriesOf(postId: string): string | null {
    const row = this.db
      .select({ seriesId: posts.seriesId })
      .from(posts)
      .where(and(eq(posts.id, postId), eq(posts.status, 'published'), isNotNull(posts.seriesId)))
      .get();
    return row?.seriesId ?? null;
  }

  /** Makes every series' occurrences up to the horizon; returns the new posts' ids. */
  growAll(): string[] {
    const ids = this.db.select({ id: postSeries.id }).from(postSeries).all();
    return ids.flatMap(({ id }) => this.grow(id));
  }

  /**
   * Makes the occurrences after the last one made, up to the horizon. Occurrences already in the
   * past (Cadence was closed) are passed over rather than made: sending them late, all at once,
   * is not what the owner planned.
   */
  grow(seriesId: string): string[] {
    const row = this.db.select().from(postSeries).where(eq(postSeries.id, seriesId)).get();
    if (!row) return [];
    const now = this.clock.now();
    const due = occurrencesOf(row, row.madeThrough, now + SERIES_HORIZON_MS);
    if (due.length === 0) return [];
    const made: string[] = [];
    this.db.transaction((tx) => {
      for (const occurrence of due) {
        if (occurrence.utc <= now) continue;
        const id = randomUUID();
        const inserted = tx
          .insert(posts)
          .values({
            id,
            body: row.template.body,
            kind: row.template.kind,
            campaignId: row.template.campaignId,
            status: 'scheduled',
            scheduledAt: occurrence.utc,
            scheduledTimeZone: row.timeZone,
            scheduledLocal: localStringAt(occurrence.utc, row.timeZone),
            seriesId,
            occurrenceLocal: occurrence.local,
            createdAt: now,
            updatedAt: now,
          })
          .onConflictDoNothing()
          .run();
        if (inserted.changes === 0) continue;
        for (const target of row.template.targets) {
          tx.insert(postTargets)
            .values({ id: randomUUID(), postId: id, ...target, state: 'scheduled', updatedAt: now })
            .run();
        }
        row.template.media.forEach((image, position) => {
          tx.insert(media)
            .values({ id: randomUUID(), postId: id, ...image, position, createdAt: now })
            .run();
        });
        made.push(id);
      }
      tx.update(postSeries)
        .set({ madeThrough: due.at(-1)!.local, updatedAt: now })
        .where(eq(postSeries.id, seriesId))
        .run();
    });
    return made;
  }

  /**
   * The posts an edit or a deletion with this scope reaches, the given one first. Published
   * posts are never among them: what went out stays as it went out.
   */
  postsInScope(postId: string, scope: 'following' | 'all'): string[] {
    const own = this.seriesOf(this.db, postId);
    if (!own) throw new AppError('INVALID_INPUT', say('series.errors.notInSeries'));
    const rows = this.db
      .select({ id: posts.id })
      .from(posts)
      .where(
        and(
          eq(posts.seriesId, own.seriesId),
          ne(posts.status, 'published'),
          ne(posts.id, postId),
          scope === 'following' ? gte(posts.occurrenceLocal, own.occurrenceLocal) : undefined,
        ),
      )
      .orderBy(posts.occurrenceLocal)
      .all();
    return [postId, ...rows.map((row) => row.id)];
  }

  /** Later occurrences are made from this post as it is now. */
  adoptTemplate(post: Post): void {
    const own = this.seriesOf(this.db, post.id);
    if (!own) return;
    this.db
      .update(postSeries)
      .set({ template: templateOf(post), updatedAt: this.clock.now() })
      .where(eq(postSeries.id, own.seriesId))
      .run();
  }

  /**
   * Ends a series with this post's occurrence (scope 'following') or altogether ('all'), and
   * deletes its posts from there on that are not out yet, in one transaction; returns their ids.
   * Nothing is deleted while one of them is being sent or checked.
   */
  end(postId: string, scope: 'following' | 'all'): string[] {
    const own = this.seriesOf(this.db, postId);
    if (!own) throw new AppError('INVALID_INPUT', say('series.errors.notInSeries'));
    return this.db.transaction((tx) => {
      const from =
        scope === 'all' ? (this.firstLocal(tx, own.seriesId) ?? own.occurrenceLocal) : own.occurrenceLocal;
      return this.cut(tx, own.seriesId, from, null);
    });
  }

  /** Stops a series before `fromLocal` and deletes its unpublished posts from there (but `keep`). */
  private cut(tx: Tx, seriesId: string, fromLocal: string, keep: string | null): string[] {
    const row = tx.select().from(postSeries).where(eq(postSeries.id, seriesId)).get()!;
    const lastDay = addLocalDays(`${fromLocal.slice(0, 10)}T00:00`, -1).slice(0, 10);
    const stopsEarlier = row.end.kind === 'onDate' && row.end.date <= lastDay;
    if (!stopsEarlier) {
      tx.update(postSeries)
        .set({ end: { kind: 'onDate', date: lastDay }, updatedAt: this.clock.now() })
        .where(eq(postSeries.id, seriesId))
        .run();
    }
    const doomed = tx
      .select({ id: posts.id })
      .from(posts)
      .where(
        and(
          eq(posts.seriesId, seriesId),
          ne(posts.status, 'published'),
          gte(posts.occurrenceLocal, fromLocal),
          keep ? ne(posts.id, keep) : undefined,
        ),
      )
      .all()
      .map((r) => r.id);
    if (doomed.length === 0) return [];
    const progress = tx
      .select({ state: postTargets.state, nextAttemptAt: postTargets.nextAttemptAt })
      .from(postTargets)
      .where(inArray(postTargets.postId, doomed))
      .all();
    refuseWhilePostInProgress(progress, 'delete');
    tx.delete(posts).where(inArray(posts.id, doomed)).run();
    return doomed;
  }

  private firstLocal(tx: Tx, seriesId: string): string | null {
    const row = tx
      .select({ local: postSeries.startLocal })
      .from(postSeries)
      .where(eq(postSeries.id, seriesId))
      .get();
    return row?.local ?? null;
  }

  private seriesOf(
    db: AppDatabase | Tx,
    postId: string,
  ): { seriesId: string; occurrenceLocal: string } | null {
    const row = db
      .select({ seriesId: posts.seriesId, occurrenceLocal: posts.occurrenceLocal })
      .from(posts)
      .where(and(eq(posts.id, postId), isNotNull(posts.seriesId)))
      .get();
    return row?.seriesId && row.occurrenceLocal
      ? { seriesId: row.seriesId, occurrenceLocal: row.occurrenceLocal }
      : null;
  }
}

function templateOf(post: Post): SeriesTemplate {
  return {
    body: post.body,
    kind: post.kind,
    campaignId: post.campaignId ?? null,
    targets: post.targets.map((t) => ({
      channelId: t.channelId,
      bodyOverride: t.bodyOverride,
      handOff: t.handOff,
    })),
    media: post.media.map(({ sha256, mimeType, byteSize, fileName, altText }) => ({
      sha256,
      mimeType,
      byteSize,
      fileName,
      altText,
    })),
  };
}
