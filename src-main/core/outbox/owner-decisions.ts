// What the owner decides for the outbox, apart from its timer: publish a post now, or settle an
// outcome Cadence could not find out. Each changes the targets, logs it and tells the screens;
// the Outbox then wakes to send.
import type { ChannelInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { assertSendable } from '../../shared/sendable';
import { RESENDABLE } from '../../shared/target-states';
import { localStringAt } from '../../shared/zoned-time';
import type { Clock } from '../clock';
import type { CoreEvents } from '../events';
import type { ActivityStore } from '../store/activity-store';
import type { PostStore } from '../store/post-store';
import type { ProfileStore } from '../store/profile-store';
import type { OutboxStore } from './outbox-store';
import { say } from '../../shared/messages/owner-message';

/** What the owner says about a send whose outcome Cadence could not find out. */
export type Resolution = ChannelInput<'outbox.resolve'>['resolution'];

export interface OwnerDecisionDeps {
  store: Pick<OutboxStore, 'target' | 'finishAttempt' | 'setTargetStates'>;
  posts: Pick<PostStore, 'get' | 'setSchedule'>;
  profile: Pick<ProfileStore, 'get'>;
  clock: Clock;
  activity: Pick<ActivityStore, 'append'>;
  events: CoreEvents;
}

/** "Publish now": waiting, failed and missed targets are due at once; published ones and unconfirmed outcomes never are. */
export function schedulePublishNow(deps: OwnerDecisionDeps, postId: string): void {
  const post = deps.posts.get(postId);
  if (post.status === 'published') throw new AppError('CONFLICT', say('errors.post.published'));
  if (post.targets.length === 0) {
    throw new AppError('INVALID_INPUT', say('errors.post.channelToPublish'));
  }
  assertSendable(post, 'publishing');
  if (!post.targets.some((t) => RESENDABLE.includes(t.state))) {
    throw new AppError(
      'CONFLICT',
      say(
        post.targets.some((t) => t.state === 'unknown')
          ? 'errors.post.outcomeUnknown'
          : 'errors.post.sendingNow',
      ),
    );
  }
  const now = deps.clock.now();
  const timeZone = deps.profile.get().timeZone;
  deps.posts.setSchedule(postId, {
    scheduledAt: now,
    scheduledTimeZone: timeZone,
    scheduledLocal: localStringAt(now, timeZone),
  });
  deps.activity.append({ kind: 'post.publish-now', postId, message: say('activity.publishNow') });
  deps.events.emit({ type: 'post.changed', postId });
}

/**
 * The owner's word on an outcome Cadence could not find out: it was published, or send it
 * again. Returns the id of the target's post.
 */
export function settleOutcome(deps: OwnerDecisionDeps, targetId: string, resolution: Resolution): string {
  const target = deps.store.target(targetId);
  if (!target || target.state !== 'unknown') {
    throw new AppError('CONFLICT', say('errors.post.noDecision'));
  }
  const now = deps.clock.now();
  if (resolution === 'published') {
    deps.store.finishAttempt(null, targetId, 'unknown', { outcome: 'published', state: 'published' }, now);
  } else {
    // The owner says it did not go out, so the sender skips verification and sends.
    deps.store.setTargetStates([targetId], 'retry_wait', now, { lastError: null, nextAttemptAt: now });
  }
  deps.activity.append({
    kind: 'outbox.resolved',
    postId: target.postId,
    targetId,
    message: say(resolution === 'published' ? 'activity.confirmedPublished' : 'activity.sendAgain'),
  });
  deps.events.emit({ type: 'post.changed', postId: target.postId });
  return target.postId;
}
