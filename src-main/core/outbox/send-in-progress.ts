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

/** 'held': a network's scheduler holds it, which the handlers take back before any change. */
export type SendInProgress = 'sending' | 'checking' | 'held';

export function progressOf(target: TargetProgress): SendInProgress | null {
  if (target.state === 'sending' || target.state === 'handing_off') return 'sending';
  if (target.state === 'handed_off') return 'held';
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

/** What the owner asked for, which waits until Cadence is done: the words say so after the reason. */
export type PostChange = 'moveToDrafts' | 'delete';
export type ChannelChange = 'takeOff' | 'removeChannel' | 'forgetApp';

/** Refuses a change to a post while any of its targets is in progress. */
export function refuseWhilePostInProgress(targets: readonly TargetProgress[], change: PostChange): void {
  const progress = firstProgress(targets);
  if (progress === 'held') throw new AppError('CONFLICT', say('handOff.errors.heldThere'));
  if (progress === 'sending') {
    throw new AppError('CONFLICT', say('errors.post.beingSent'));
  }
  if (progress === 'checking') {
    throw new AppError('CONFLICT', say(`errors.inProgress.checkingPost.${change}`));
  }
}

/** Refuses taking a channel off a post (or away) while its target there is in progress. */
export function refuseWhileChannelInProgress(
  targets: readonly TargetProgress[],
  channelName: string,
  change: ChannelChange,
): void {
  const progress = firstProgress(targets);
  if (progress === 'held') throw new AppError('CONFLICT', say('handOff.errors.heldThere'));
  if (progress === 'sending') {
    throw new AppError('CONFLICT', say(`errors.inProgress.sendingTo.${change}`, { channel: channelName }));
  }
  if (progress === 'checking') {
    throw new AppError('CONFLICT', say(`errors.inProgress.checkingOn.${change}`, { channel: channelName }));
  }
}

function firstProgress(targets: readonly TargetProgress[]): SendInProgress | null {
  const found = targets.map(progressOf);
  return (['sending', 'held', 'checking'] as const).find((progress) => found.includes(progress)) ?? null;
}
