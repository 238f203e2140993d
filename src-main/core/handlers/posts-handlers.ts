// Posts, their schedule, their images and their activity log.
import { AppError } from '../../shared/errors';
import type { postsContract } from '../../shared/contract/posts';
import { assertSendable } from '../../shared/sendable';
import { UNSETTLED } from '../../shared/target-states';
import { checkLocalTime, localStringAt } from '../../shared/zoned-time';
import type { TimeCheck } from '../../shared/entities';
import { NO_BACKGROUND_WORK, type ContractHandlers, type CoreContext, type DomainModule } from './types';
import { say } from '../../shared/messages/owner-message';
import { fingerprintOf, readPostRows } from '../batch/post-rows';
import type { AppDatabase } from '../db/open-database';

export interface PostsOutbox {
  /** Tells the publishing timer a due time (or a hand-off) may have moved. */
  wakeOutbox(reason: 'scheduled'): void;
  /** Takes a post back from any network's scheduler before it changes; throws when it cannot. */
  takeBack(postId: string): Promise<void>;
}

export function postsDomain(
  ctx: CoreContext,
  outbox: PostsOutbox,
  db: AppDatabase,
): DomainModule<typeof postsContract> {
  return {
    ...NO_BACKGROUND_WORK,
    handlers: postsHandlers(ctx, outbox, db),
    // Before any request: files of images no post uses any more (see MediaStore for the rule).
    start: () => void ctx.media.sweep(),
  };
}

function postsHandlers(
  ctx: CoreContext,
  { wakeOutbox, takeBack }: PostsOutbox,
  db: AppDatabase,
): ContractHandlers<typeof postsContract> {
  const changed = (postId: string) => ctx.events.emit({ type: 'post.changed', postId });
  // What went out is on record as sent; its images stay as they were, like its text.
  const assertImagesEditable = (postId: string) => {
    if (ctx.posts.get(postId).status === 'published') {
      throw new AppError('CONFLICT', say('errors.post.publishedImages'));
    }
  };

  return {
    'posts.create': (input) => {
      ctx.channels.assertExist(input.channelIds ?? []);
      const post = ctx.posts.create(input);
      changed(post.id);
      return post;
    },
    'posts.update': async ({ id, ...changes }) => {
      ctx.channels.assertExist([...(changes.channelIds ?? []), ...Object.keys(changes.variants ?? {})]);
      // What a network holds must match what the owner wrote: taken back before the words change.
      const rewritten =
        changes.body !== undefined || changes.channelIds !== undefined || changes.variants !== undefined;
      if (rewritten || changes.handOff === false) await takeBack(id);
      const post = ctx.posts.update(id, changes);
      changed(id);
      if (changes.handOff) wakeOutbox('scheduled');
      return post;
    },
    'posts.get': ({ id }) => ctx.posts.get(id),
    'posts.delete': async ({ id }) => {
      await takeBack(id);
      const images = ctx.media.hashesOf(id);
      const before = readPostRows(db, id);
      ctx.posts.delete(id);
      // Recorded before the images are collected: Undo holds the files it may need back.
      const undoId = before ? ctx.undo.add([{ before, after: null }]) : null;
      ctx.media.removeUnused(images);
      ctx.events.emit({ type: 'post.deleted', postId: id });
      return { id, undoId };
    },
    'posts.listDrafts': (input) => ctx.posts.listDrafts(input?.limit),
    'posts.schedule': async ({ id, local, timeZone, choice }) => {
      await takeBack(id);
      const current = ctx.posts.get(id);
      if (current.status === 'published') {
        throw new AppError('CONFLICT', say('errors.post.publishedMove'));
      }
      if (current.targets.length === 0) {
        throw new AppError('INVALID_INPUT', say('errors.post.channelToSchedule'));
      }
      if (current.targets.some((t) => UNSETTLED.includes(t.state))) {
        throw new AppError('CONFLICT', say('errors.post.stillFindingOut'));
      }
      assertSendable(current, 'scheduling');
      const before = readPostRows(db, id);
      const scheduledAt = resolveInstant(checkTime(local, timeZone), choice);
      if (scheduledAt < ctx.clock.now() - PAST_TOLERANCE_MS) {
        throw new AppError('INVALID_INPUT', say('errors.post.timePassed'));
      }
      const post = ctx.posts.setSchedule(id, {
        scheduledAt,
        scheduledTimeZone: timeZone,
        scheduledLocal: localStringAt(scheduledAt, timeZone),
      });
      ctx.activity.append({
        kind: current.status === 'scheduled' ? 'post.rescheduled' : 'post.scheduled',
        postId: id,
        message: say('activity.scheduled', { local: post.scheduledLocal?.replace('T', ' ') ?? '', timeZone }),
        detail: { scheduledAt, timeZone, local: post.scheduledLocal },
      });
      const after = readPostRows(db, id);
      const undoId = before && after ? ctx.undo.add([{ before, after: fingerprintOf(after) }]) : null;
      changed(id);
      wakeOutbox('scheduled');
      return { ...post, undoId };
    },
    'posts.unschedule': async ({ id }) => {
      await takeBack(id);
      const current = ctx.posts.get(id);
      if (current.status === 'published') {
        throw new AppError('CONFLICT', say('errors.post.published'));
      }
      // Any unknown outcome left once the store has refused sends and checks in progress waits for
      // the owner's word; moving the post to drafts is that word.
      const unanswered = current.targets.filter((t) => t.state === 'unknown').length;
      const post = ctx.posts.setSchedule(id, null);
      ctx.activity.append({
        kind: 'post.unscheduled',
        postId: id,
        message:
          unanswered === 0
            ? say('activity.unscheduled')
            : say('activity.unscheduledUnknown', { count: unanswered }),
      });
      changed(id);
      wakeOutbox('scheduled');
      return post;
    },
    'calendar.range': ({ from, to }) => ctx.posts.range(from, to),
    'calendar.month': ({ from, to, timeZone, perDay }) => ctx.posts.monthDays(from, to, timeZone, perDay),
    'time.check': ({ local, timeZone }) => checkTime(local, timeZone),
    'media.add': async ({ postId, altText, ...file }) => {
      assertImagesEditable(postId);
      await takeBack(postId);
      const image = await ctx.media.check(file);
      // Again after reading the image: the post may have been published or deleted meanwhile.
      assertImagesEditable(postId);
      const item = ctx.media.attach(postId, image, altText);
      changed(postId);
      return item;
    },
    'media.update': async ({ id, altText }) => {
      assertImagesEditable(ctx.media.get(id).postId);
      await takeBack(ctx.media.get(id).postId);
      const item = ctx.media.setAltText(id, altText);
      changed(item.postId);
      return item;
    },
    'media.remove': async ({ id }) => {
      assertImagesEditable(ctx.media.get(id).postId);
      await takeBack(ctx.media.get(id).postId);
      const item = ctx.media.remove(id);
      changed(item.postId);
      return { id };
    },
    'activity.list': ({ postId, before }) => ctx.activity.listForPost(postId, before),
  };
}

/** A minute of slack, so "now" picked in a form a few seconds ago still counts. */
const PAST_TOLERANCE_MS = 60_000;

/** Instants are counted from 1970 (the contract's Instant), so earlier wall-clock times have none. */
const EARLIEST_YEAR = 1970;

function checkTime(local: string, timeZone: string): TimeCheck {
  const tooEarly = new AppError(
    'INVALID_INPUT',
    say('errors.post.tooEarly', { local: local.replace('T', ' '), year: EARLIEST_YEAR }),
  );
  if (Number(local.slice(0, 4)) < EARLIEST_YEAR) throw tooEarly;
  let check: TimeCheck;
  try {
    check = checkLocalTime(local, timeZone);
  } catch {
    throw new AppError('INVALID_INPUT', say('errors.post.notRealDate', { local: local.replace('T', ' ') }));
  }
  // 1970-01-01 00:30 east of Greenwich is still 1969 in UTC.
  const instants = check.kind === 'exact' ? [check.utc] : check.options.map((option) => option.utc);
  if (instants.some((utc) => utc < 0)) throw tooEarly;
  return check;
}

function resolveInstant(check: TimeCheck, choice: 'earlier' | 'later' | undefined): number {
  if (check.kind === 'exact') return check.utc;
  const picked = check.options.find((option) => option.choice === choice);
  if (picked) return picked.utc;
  const [first, second] = check.options;
  throw new AppError(
    'TIME_NEEDS_CHOICE',
    check.kind === 'gap'
      ? say('errors.post.timeSkipped', {
          first: `${first!.local.slice(11)} ${first!.offset}`,
          second: `${second!.local.slice(11)} ${second!.offset}`,
        })
      : say('errors.post.timeTwice', { first: first!.offset, second: second!.offset }),
  );
}
