// What the owner may not take away while Cadence is still acting on a target by itself: a
// request in flight ('sending'), or a planned check with the network of whether it went out
// ('unknown' with a next check time). Moving, deleting or unhooking it then could let a check
// that finds the post unsent send a post the owner took back, or lose the record of one that
// went out. An outcome only the owner can settle ('unknown' with no check planned) is theirs
// to drop: nothing in Cadence acts on it by itself.
import { AppError } from '../../shared/errors';
import type { TargetState } from '../../shared/entities';
import { NEEDS_OWNER } from '../../shared/target-states';
import { say } from '../../shared/messages/owner-message';

export interface TargetProgress {
  state: TargetState;
  nextAttemptAt: number | null;
}

export type SendInProgress = 'sending' | 'checking';

export function progressOf(target: TargetProgress): SendInProgress | null {
  if (target.state === 'sending') return 'sending';
  if (target.state === 'unknown' && target.nextAttemptAt !== null) return 'checking';
  return null;
}

/**
 * Stopped until the owner acts: failed, missed, or an outcome Cadence cannot find out by itself
 * (an unknown one with no check planned). Its post shows as failed.
 */
export function needsOwner(target: TargetProgress): boolean {
  return NEEDS_OWNER.includes(target.state) && progressOf(target) === null;
}

/** Refuses a change to a post while any of its targets is in progress; `then` says what to do after. */
export function refuseWhilePostInProgress(targets: readonly TargetProgress[], then: string): void {
  const progress = firstProgress(targets);
  if (progress === 'sending') {
    throw new AppError('CONFLICT', say('errors.post.beingSent'));
  }
  if (progress === 'checking') {
    throw new AppError(
      'CONFLICT',
      `Cadence is still checking whether this post went out (its Delivery says when). ${then} once it knows.`,
    );
  }
}

/** Refuses taking a channel off a post while its target there is in progress. */
export function refuseWhileChannelInProgress(
  targets: readonly TargetProgress[],
  channelName: string,
  subject: 'this post' | 'a post',
  then: string,
): void {
  const progress = firstProgress(targets);
  if (progress === 'sending') {
    throw new AppError(
      'CONFLICT',
      `${capitalised(subject)} is being sent to ${channelName} right now. ${then} once it is done.`,
    );
  }
  if (progress === 'checking') {
    throw new AppError(
      'CONFLICT',
      `Cadence is still checking whether ${subject} went out on ${channelName}. ${then} once it knows.`,
    );
  }
}

function firstProgress(targets: readonly TargetProgress[]): SendInProgress | null {
  const found = targets.map(progressOf);
  return found.includes('sending') ? 'sending' : found.includes('checking') ? 'checking' : null;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
