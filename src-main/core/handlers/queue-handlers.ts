// Posting slots and the queue (issue 12 §1), and evergreen posts recycled into it (§2).
import type { queueContract } from '../../shared/contract/queue';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import type { Clock, TimerHandle } from '../clock';
import type { Placed } from '../queue/queue-order';
import { DEFAULT_EVERGREEN_GAP_DAYS, type QueueStore } from '../queue/queue-store';
import { QueueService } from '../queue/queue-service';
import type { PostsOutbox } from './posts-handlers';
import type { ContractHandlers, CoreContext, DomainModule } from './types';

/** How often evergreen posts are recycled into the coming week's empty slots, while any exist. */
const EVERGREEN_PASS_MS = 6 * 60 * 60 * 1000;

export interface QueueDeps extends PostsOutbox {
  store: QueueStore;
  /** Background passes run (false in tests that drive the core by hand). */
  background: boolean;
  random?: () => number;
}

export function queueDomain(ctx: CoreContext, deps: QueueDeps): DomainModule<typeof queueContract> {
  const service = new QueueService(ctx, deps.store, deps.random);
  const evergreen = new EvergreenPasses(ctx.clock, () => recycle());
  const changed = (postId: string) => ctx.events.emit({ type: 'post.changed', postId });

  const recycle = () => {
    const recycled = service.fillEvergreen();
    recycled.forEach(changed);
    if (recycled.length > 0) deps.wakeOutbox('scheduled');
    if (deps.background && deps.store.anyEvergreen()) evergreen.arm();
  };

  // Posts a network's scheduler holds are taken back before their time changes, as any reschedule.
  const move = async (channelId: string, plan: () => Placed[]) => {
    for (const { postId } of plan()) await deps.takeBack(postId);
    const moves = plan();
    service.apply(moves);
    moves.forEach(({ postId }) => changed(postId));
    if (moves.length > 0) deps.wakeOutbox('scheduled');
    return service.view(channelId);
  };

  const handlers: ContractHandlers<typeof queueContract> = {
    'queue.get': ({ channelId }) => service.view(channelId),
    'queue.setSlots': ({ channelId, slots }) => {
      ctx.channels.assertExist([channelId]);
      deps.store.setSlots(channelId, slots);
      recycle();
      return service.view(channelId);
    },
    'queue.setPaused': ({ channelId, paused }) => {
      ctx.channels.assertExist([channelId]);
      ctx.channels.setQueuePaused(channelId, paused);
      if (!paused) recycle();
      deps.wakeOutbox('scheduled');
      ctx.events.emit({ type: 'channels.changed' });
      return service.view(channelId);
    },
    'queue.add': async ({ postId }) => {
      await deps.takeBack(postId);
      const post = service.add(postId);
      changed(postId);
      deps.wakeOutbox('scheduled');
      return post;
    },
    'queue.move': ({ channelId, postId, toIndex }) =>
      move(channelId, () => service.planMove(channelId, postId, toIndex)),
    'queue.shuffle': ({ channelId }) => {
      // One random order, planned once, so taking posts back cannot reshuffle it.
      const moves = service.planShuffle(channelId);
      return move(channelId, () => moves);
    },
    'queue.emptySlots': ({ from, to }) => service.emptySlots(from, to),
    'queue.warnings': ({ postId }) => service.warnings(postId),
    'queue.setEvergreen': ({ postId, evergreen: on, gapDays, until }) => {
      const post = ctx.posts.get(postId);
      if (post.recycledFromId) throw new AppError('INVALID_INPUT', say('queue.errors.recycledCopy'));
      deps.store.setEvergreen(postId, {
        evergreen: on,
        gapDays: gapDays ?? post.evergreenGapDays ?? DEFAULT_EVERGREEN_GAP_DAYS,
        until: until === undefined ? (post.evergreenUntil ?? null) : until,
      });
      changed(postId);
      recycle();
      return ctx.posts.get(postId);
    },
  };

  return {
    handlers,
    start: () => {
      if (deps.background) recycle();
    },
    stop: async () => evergreen.cancel(),
    whenIdle: async () => {},
  };
}

/** One timer at a time for the next evergreen pass; none while no post is evergreen. */
class EvergreenPasses {
  private timer: TimerHandle | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly pass: () => void,
  ) {}

  arm(): void {
    if (this.timer) return;
    this.timer = this.clock.setTimer(() => {
      this.timer = null;
      this.pass();
    }, EVERGREEN_PASS_MS);
  }

  cancel(): void {
    if (this.timer) this.clock.clearTimer(this.timer);
    this.timer = null;
  }
}
