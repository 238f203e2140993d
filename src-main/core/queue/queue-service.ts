// The queue's decisions over its records: where "Add to queue" puts a post, how the queue moves,
// which slots stay empty, what the composer warns of, and the evergreen posts recycled into slots.
import type { Post } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import {
  DUPLICATE_WINDOW_MS,
  SUGGESTED_SLOTS,
  type ChannelQueue,
  type EmptySlot,
  type PostWarning,
} from '../../shared/queue';
import { assertSendable } from '../../shared/sendable';
import { UNSETTLED } from '../../shared/target-states';
import { localStringAt } from '../../shared/zoned-time';
import type { CoreContext } from '../handlers/types';
import { planEvergreenFill } from './evergreen';
import { postWarnings } from './post-warnings';
import { moveInQueue, shuffleQueue, type Placed } from './queue-order';
import type { QueueStore } from './queue-store';
import { nextCommonFreeSlot, QUEUE_HORIZON_MS, slotInstants } from './slot-calendar';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Evergreen posts are recycled into the empty slots of the coming week, no further ahead. */
export const EVERGREEN_HORIZON_MS = 7 * DAY;

export class QueueService {
  constructor(
    private readonly ctx: CoreContext,
    private readonly store: QueueStore,
    private readonly random: () => number = Math.random,
  ) {}

  private get timeZone(): string {
    return this.ctx.profile.get().timeZone;
  }

  view(channelId: string): ChannelQueue {
    const channel = this.ctx.channels.get(channelId);
    return {
      channelId,
      paused: this.store.isPaused(channelId),
      slots: this.store.slotsOf(channelId),
      suggested: SUGGESTED_SLOTS[channel.network],
      entries: this.store.entries(channelId),
    };
  }

  /**
   * Puts the post in the earliest slot that is free on every one of its channels. A post has one
   * time for all its channels, so channels whose free slots differ wait for the first they share;
   * none in the horizon is refused in words that say what to do.
   */
  add(postId: string): Post {
    const post = this.ctx.posts.get(postId);
    if (post.status === 'published') throw new AppError('CONFLICT', say('queue.errors.published'));
    if (post.targets.length === 0) throw new AppError('INVALID_INPUT', say('queue.errors.noChannels'));
    if (post.targets.some((t) => UNSETTLED.includes(t.state))) {
      throw new AppError('CONFLICT', say('errors.post.stillFindingOut'));
    }
    assertSendable(post, 'scheduling');
    const timeZone = this.timeZone;
    // A slot a minute away would be missed before the owner looks up; the next one is meant.
    const from = this.ctx.clock.now() + MINUTE;
    const until = from + QUEUE_HORIZON_MS;
    const channels = post.targets.map(({ channelId }) => {
      const slots = this.store.slotsOf(channelId);
      if (slots.length === 0) {
        const channel = this.ctx.channels.get(channelId).displayName;
        throw new AppError('INVALID_INPUT', say('queue.errors.noSlots', { channel }));
      }
      return {
        channelId,
        instants: slotInstants(slots, timeZone, from, until),
        taken: this.store.taken(channelId, from, until, postId),
      };
    });
    const at = nextCommonFreeSlot(channels);
    if (at === null) throw new AppError('INVALID_INPUT', say('queue.errors.noCommonSlot'));
    const local = localStringAt(at, timeZone);
    const queued = this.ctx.posts.setSchedule(postId, {
      scheduledAt: at,
      scheduledTimeZone: timeZone,
      scheduledLocal: local,
      queued: true,
    });
    this.ctx.activity.append({
      kind: 'post.queued',
      postId,
      message: say('queue.activity.queued', { local: local.replace('T', ' '), timeZone }),
      detail: { scheduledAt: at, timeZone, local },
    });
    return queued;
  }

  /** The posts whose time a move would change, checked before anything is written. */
  planMove(channelId: string, postId: string, toIndex: number): Placed[] {
    const queue = this.placed(channelId);
    const from = queue.findIndex((entry) => entry.postId === postId);
    if (from < 0) throw new AppError('CONFLICT', say('queue.errors.notQueued'));
    return moveInQueue(queue, from, Math.min(toIndex, queue.length - 1));
  }

  planShuffle(channelId: string): Placed[] {
    return shuffleQueue(this.placed(channelId), this.random);
  }

  /** Writes the new times of a move or shuffle; each post keeps its place in the queue. */
  apply(moves: Placed[]): void {
    const timeZone = this.timeZone;
    for (const { postId, at } of moves) {
      const local = localStringAt(at, timeZone);
      this.ctx.posts.setSchedule(postId, {
        scheduledAt: at,
        scheduledTimeZone: timeZone,
        scheduledLocal: local,
        queued: true,
      });
      this.ctx.activity.append({
        kind: 'post.rescheduled',
        postId,
        message: say('queue.activity.moved', { local: local.replace('T', ' '), timeZone }),
        detail: { scheduledAt: at, timeZone, local },
      });
    }
  }

  private placed(channelId: string): Placed[] {
    return this.store.entries(channelId).map((entry) => ({ postId: entry.postId, at: entry.scheduledAt }));
  }

  /** Free slots of the running queues in [from, to), from now on: the calendar's gaps. */
  emptySlots(from: number, to: number): EmptySlot[] {
    const start = Math.max(from, this.ctx.clock.now());
    if (to <= start) return [];
    const timeZone = this.timeZone;
    return this.store.runningChannels().flatMap(({ id }) => {
      const taken = this.store.taken(id, start, to);
      return slotInstants(this.store.slotsOf(id), timeZone, start, to)
        .filter((at) => !taken.has(at))
        .map((at) => ({ channelId: id, at }));
    });
  }

  warnings(postId: string): PostWarning[] {
    const post = this.ctx.posts.get(postId);
    if (post.scheduledAt === null || post.status === 'published') return [];
    const at = post.scheduledAt;
    const targets = post.targets.map((t) => ({
      channelId: t.channelId,
      network: this.ctx.channels.get(t.channelId).network,
      text: t.bodyOverride ?? post.body,
    }));
    const nearby = this.store.nearby(
      targets.map((t) => t.channelId),
      at - DUPLICATE_WINDOW_MS,
      at + DUPLICATE_WINDOW_MS + 1,
    );
    return postWarnings({ postId, at, targets }, nearby);
  }

  /**
   * Recycles evergreen posts into the empty slots of the coming week on every running queue.
   * Each recycle is a new scheduled post on one channel, so the outbox sends it exactly once;
   * a slot it fills is taken, so running this again recycles nothing twice. Returns their ids.
   */
  fillEvergreen(): string[] {
    const now = this.ctx.clock.now();
    const from = now + MINUTE;
    const until = now + EVERGREEN_HORIZON_MS;
    const timeZone = this.timeZone;
    const recycled: string[] = [];
    for (const { id: channelId } of this.store.runningChannels()) {
      const candidates = this.store.evergreenCandidates(channelId);
      if (candidates.length === 0) continue;
      const taken = this.store.taken(channelId, from, until);
      const empty = slotInstants(this.store.slotsOf(channelId), timeZone, from, until).filter(
        (at) => !taken.has(at),
      );
      const timeline = this.store.timeline(channelId, now - 30 * DAY, until + 30 * DAY);
      for (const fill of planEvergreenFill(empty, candidates, timeline)) {
        const local = localStringAt(fill.at, timeZone);
        const id = this.store.recycle(fill.postId, channelId, fill.at, timeZone, local);
        this.ctx.activity.append({
          kind: 'post.recycled',
          postId: id,
          message: say('queue.activity.recycled', { local: local.replace('T', ' '), timeZone }),
          detail: { recycledFrom: fill.postId, scheduledAt: fill.at, timeZone, local },
        });
        recycled.push(id);
      }
    }
    return recycled;
  }
}
