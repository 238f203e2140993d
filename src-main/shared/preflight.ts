// "Will it go out?" (issue 11): of the posts due in the next hours, which go out on their own
// (a network's scheduler holds them), which could be handed to one now, and which need Cadence
// running at their time. A pure rule, asked by the tray, the calendar's panel, and the desktop
// glue before sleep and quit; the window shows the answer in the owner's words.
import { z } from 'zod';
import { Id, Instant, type Network, type TargetState } from './entities';
import { handOffFits } from './hand-off';

export const PreflightPost = z.object({ postId: Id, excerpt: z.string(), scheduledAt: Instant });
export type PreflightPost = z.infer<typeof PreflightPost>;

export const Preflight = z.object({
  from: Instant,
  until: Instant,
  /** Posts due in the window. */
  total: z.number().int().nonnegative(),
  /** Held by a network's scheduler on every channel: they go out with the laptop closed. */
  onTheirOwn: z.number().int().nonnegative(),
  /** Could be handed off now on every channel still waiting; they need Cadence until then. */
  canHandOff: z.array(PreflightPost),
  /** Need Cadence running at their time on at least one channel. */
  needCadence: z.array(PreflightPost),
});
export type Preflight = z.infer<typeof Preflight>;

export interface UpcomingTarget {
  id: string;
  channelId: string;
  network: Network;
  state: TargetState;
}

/** A post due in the window, with where each of its channels stands. */
export interface UpcomingPost extends PreflightPost {
  targets: UpcomingTarget[];
}

/** What the rule reads of a post: its time and each channel's network and state. */
export type PreflightInput = PreflightPost & { targets: Pick<UpcomingTarget, 'network' | 'state'>[] };

/** States in which a target asks nothing more of Cadence before its time. */
const ON_ITS_OWN: readonly TargetState[] = ['handed_off', 'published'];

export function preflight(posts: readonly PreflightInput[], from: number, until: number): Preflight {
  const due = posts.filter((post) => post.scheduledAt >= from && post.scheduledAt < until);
  const answer: Preflight = {
    from,
    until,
    total: due.length,
    onTheirOwn: 0,
    canHandOff: [],
    needCadence: [],
  };
  for (const post of due) {
    const waiting = post.targets.filter((target) => !ON_ITS_OWN.includes(target.state));
    const { targets: _targets, ...shown } = post;
    if (waiting.length === 0) answer.onTheirOwn += 1;
    else if (waiting.every((t) => t.state === 'scheduled' && handOffFits(t.network, post.scheduledAt, from)))
      answer.canHandOff.push(shown);
    else answer.needCadence.push(shown);
  }
  return answer;
}

/** The posts that need Cadence running unless handed off first, soonest first. */
export function needingCadence(answer: Preflight): PreflightPost[] {
  return [...answer.canHandOff, ...answer.needCadence].sort((a, b) => a.scheduledAt - b.scheduledAt);
}

/** Time for a send at a post's time to be made and recorded before the laptop may sleep. */
export const SEND_ALLOWANCE_MS = 5 * 60_000;

/**
 * How long to keep the laptop awake so every post still needing Cadence within `windowMs` goes
 * out (after a hand-off, only those that could not be handed off); null when none does.
 */
export function keepAwakeUntil(answer: Preflight, windowMs: number, handingOff: boolean): number | null {
  const needing = handingOff ? answer.needCadence : needingCadence(answer);
  const times = needing.map((post) => post.scheduledAt).filter((at) => at < answer.from + windowMs);
  return times.length > 0 ? Math.max(...times) + SEND_ALLOWANCE_MS : null;
}
