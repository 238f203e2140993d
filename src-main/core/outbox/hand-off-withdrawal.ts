// Takes handed-off posts back from a network's scheduler before the owner changes, moves, deletes
// or unhooks them, so the network never publishes a version the owner took back. A change waits
// until the network has confirmed the withdrawal: if it cannot be asked, nothing changes and the
// owner is told why; if the network no longer holds the post after its time, it went out.
import { NETWORK_LABELS, type Network } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import type { AccountDirectory } from '../connectors/account-directory';
import type { Connector } from '../connectors/connector';
import { ConnectorError } from '../connectors/connector-error';
import type { Clock } from '../clock';
import type { CoreEvents } from '../events';
import type { ActivityStore } from '../store/activity-store';
import type { HandedOffTarget, OutboxStore } from './outbox-store';

export interface HandOffWithdrawalDeps {
  store: Pick<OutboxStore, 'setTargetStates' | 'handedOffTargets'>;
  accounts: Pick<AccountDirectory, 'resolve'>;
  connectors: Partial<Record<Network, Connector>>;
  clock: Clock;
  activity: Pick<ActivityStore, 'append'>;
  events: CoreEvents;
}

export class HandOffWithdrawal {
  constructor(private readonly deps: HandOffWithdrawalDeps) {}

  /** Takes back every handed-off target of a post; true when any was. */
  ofPost(postId: string): Promise<boolean> {
    return this.takeBack(this.deps.store.handedOffTargets({ postId }));
  }

  /** Takes back every handed-off target on a channel, before it is removed. */
  ofChannel(channelId: string): Promise<boolean> {
    return this.takeBack(this.deps.store.handedOffTargets({ channelId }));
  }

  private async takeBack(targets: HandedOffTarget[]): Promise<boolean> {
    const handingOff = targets.find((t) => t.state === 'handing_off');
    if (handingOff) {
      throw new AppError(
        'CONFLICT',
        say('handOff.errors.stillHandingOff', { network: NETWORK_LABELS[handingOff.network] }),
      );
    }
    for (const target of targets) await this.cancel(target);
    return targets.length > 0;
  }

  private async cancel(target: HandedOffTarget): Promise<void> {
    const network = NETWORK_LABELS[target.network];
    const cannotTakeBack = new AppError(
      'CONNECTION_FAILED',
      say('handOff.errors.cannotTakeBack', { network }),
    );
    const handOff = this.deps.connectors[target.network]?.handOff;
    if (!handOff || !target.handOffId) throw cannotTakeBack;
    let answer: 'cancelled' | 'gone';
    try {
      answer = await handOff.cancel(await this.deps.accounts.resolve(target.channelId), target.handOffId);
    } catch (error) {
      if (error instanceof ConnectorError) throw cannotTakeBack;
      throw error;
    }
    const now = this.deps.clock.now();
    if (answer === 'gone' && target.scheduledAt !== null && now >= target.scheduledAt) {
      // Published at its time: the outbox confirms it now rather than in a few minutes.
      this.deps.store.setTargetStates([target.id], 'handed_off', now, { nextAttemptAt: now });
      this.deps.events.emit({ type: 'post.changed', postId: target.postId });
      throw new AppError('CONFLICT', say('handOff.errors.alreadyOut', { network }));
    }
    this.deps.store.setTargetStates([target.id], 'scheduled', now, { handOffId: null, nextAttemptAt: null });
    this.deps.activity.append({
      kind: 'handOff.withdrawn',
      postId: target.postId,
      targetId: target.id,
      message: say('handOff.activity.withdrawn', { network }),
    });
    this.deps.events.emit({ type: 'post.changed', postId: target.postId });
  }
}
