// Posts the laptop slept through (or that fell due while Cadence was closed) by more than the
// grace window are held for the owner, not sent hours late. A first try is held at once. A
// retry's earlier try may have reached the network, though: a 5xx or a lost answer from a network
// that recognises a resend is retried rather than checked, so the network is asked first, and a
// post it already holds is recorded as published instead of being reported missed (the crash
// and fault run found one so, on Bluesky, after a gateway's 502 and a restart). A network that
// cannot say (a webhook) leaves it to the owner when a try may have reached it: "missed" would
// tell them it did not go out (the fault run found that too, on a webhook).
import { localStringAt } from '../../shared/zoned-time';
import { keyOf, say } from '../../shared/messages/owner-message';
import { noticeOf } from '../ports';
import type { ProfileStore } from '../store/profile-store';
import type { DueTarget } from './due-targets';
import type { OutboxStore } from './outbox-store';
import type { TargetSender, TargetSenderDeps } from './target-sender';

type MissedPostsDeps = Pick<TargetSenderDeps, 'clock' | 'activity' | 'events' | 'notifier'> & {
  store: Pick<OutboxStore, 'setTargetStates' | 'finishAttempt' | 'mayHaveReachedNetwork'>;
  profile: Pick<ProfileStore, 'get'>;
};

/** Due targets that fell due before `awakeSince` by more than `graceMs`. A reply is never late. */
export function lateTargets(due: DueTarget[], awakeSince: number, graceMs: number): DueTarget[] {
  return due.filter(
    (t) =>
      !t.isReply && (t.state === 'scheduled' || t.state === 'retry_wait') && awakeSince - t.dueAt > graceMs,
  );
}

/** Why a post was held: what the owner reads on it, and its catalog key. */
function missedReason() {
  const why = say('outbox.missed');
  return { lastError: why.message, lastErrorKey: [keyOf(why)] };
}

export class MissedPosts {
  constructor(
    private readonly deps: MissedPostsDeps,
    private readonly sender: TargetSender,
  ) {}

  /** Holds first tries at once. */
  hold(targets: DueTarget[]): void {
    if (targets.length === 0) return;
    this.deps.store.setTargetStates(
      targets.map((t) => t.targetId),
      'missed',
      this.deps.clock.now(),
      missedReason(),
    );
    this.announce(targets);
  }

  /**
   * A retry slept through: published when the network has it; held for the owner when it cannot
   * say and an earlier try may have reached it; otherwise held as missed.
   */
  async settleRetry(target: DueTarget): Promise<void> {
    const check = await this.sender.checkLateRetry(target);
    if (check.on === 'published' || check.on === 'moved') return;
    if (check.on === 'unsure' && this.deps.store.mayHaveReachedNetwork(target.targetId)) {
      this.sender.holdForOwner(target, 'retry_wait', check.reason, check.network);
      return;
    }
    const result = { outcome: 'failed', state: 'missed', nextAttemptAt: null, ...missedReason() } as const;
    // Only if it is still waiting to retry: the owner may have moved it during the check.
    if (this.deps.store.finishAttempt(null, target.targetId, 'retry_wait', result, this.deps.clock.now()))
      this.announce([target]);
  }

  private announce(missed: DueTarget[]): void {
    const zone = this.deps.profile.get().timeZone;
    const postIds = [...new Set(missed.map((t) => t.postId))];
    for (const postId of postIds) {
      const planned = missed.find((t) => t.postId === postId)!.scheduledAt;
      this.deps.activity.append({
        kind: 'post.missed',
        postId,
        message: say('activity.missed', { local: localStringAt(planned, zone).replace('T', ' ') }),
      });
      this.deps.events.emit({ type: 'post.changed', postId });
    }
    this.deps.notifier.notify(
      noticeOf(
        'failure',
        say('desktop.notices.missed', { count: postIds.length }),
        say('desktop.notices.missedBody'),
      ),
    );
  }
}
