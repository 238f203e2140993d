// The outbox's target states, grouped by what Cadence and the owner may do with a target in
// each. Main (stores, outbox, handlers) and the renderer (delivery words) ask "is this target
// one of these?" here, so a group is spelled once and a new state is placed once.
import type { TargetState } from './entities';

/** Not sent and not stopped: each goes out by itself when its time comes and Cadence is online. */
export const WAITING_TO_SEND: readonly TargetState[] = ['pending', 'scheduled', 'retry_wait'];

/**
 * Sent again by "Publish now" and started over when a post is scheduled or moved to drafts:
 * waiting, failed or missed, or a reminder the owner has not acted on (a new time reminds again).
 * Published targets and unconfirmed outcomes never are.
 */
export const RESENDABLE: readonly TargetState[] = [...WAITING_TO_SEND, 'failed', 'missed', 'reminding'];

/**
 * Due again at their next attempt time: a retry after a wait, a check of whether a send went out,
 * a hand-off whose answer was lost, one to confirm as published once its time has passed, or a
 * reminder to hold as missed once the grace window after it passes unanswered.
 */
export const AWAITING_RETRY: readonly TargetState[] = [
  'retry_wait',
  'unknown',
  'handing_off',
  'handed_off',
  'reminding',
];

/** Held by a network's own scheduler, or on the way there: never sent by the outbox. */
export const HANDED_OFF: readonly TargetState[] = ['handing_off', 'handed_off'];

/** On their way with nothing asked of the owner, as the tray and the status bar count them. */
export const QUEUED: readonly TargetState[] = ['scheduled', 'sending', 'retry_wait', ...HANDED_OFF];

/**
 * May need the owner: stopped, missed, or not known to have gone out. An unknown outcome needs
 * them only once Cadence has no check of its own planned (core/outbox/send-in-progress.ts).
 */
export const NEEDS_OWNER: readonly TargetState[] = ['failed', 'missed', 'unknown'];

/** Not settled yet: being sent or handed off, or not known to have gone out. */
export const UNSETTLED: readonly TargetState[] = ['sending', 'unknown', 'handing_off'];

/**
 * May already be out on the network, links and all (a network's scheduler holds its text, or the
 * owner, reminded, has pasted it). A reminder is in no other group but RESENDABLE and
 * AWAITING_RETRY: it is neither queued nor stopped, and its post stays scheduled.
 */
export const MAY_BE_OUT: readonly TargetState[] = [...UNSETTLED, 'handed_off', 'reminding', 'published'];
