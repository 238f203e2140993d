// Hands a target to its network's own scheduler and follows it there: the hand-off is written
// before the request leaves and after its answer, like a send; a lost answer (or a crash) is
// settled by looking the post up under its key on the network's schedule; once its time has
// passed the network's copy is confirmed as published, or the owner is asked. A target that is
// handed off is never also sent by the outbox: only a confirmed withdrawal gives it back.
import { NETWORK_LABELS } from '../../shared/entities';
import { localStringAt } from '../../shared/zoned-time';
import { keyOf, say, type OwnerMessage } from '../../shared/messages/owner-message';
import { saidBy } from '../../shared/errors';
import type { Account, Connector, HandOff, OutgoingPost, Published } from '../connectors/connector';
import { ConnectorError } from '../connectors/connector-error';
import { noticeOf } from '../ports';
import type { ProfileStore } from '../store/profile-store';
import type { DueTarget } from './due-targets';
import type { OutboxStore } from './outbox-store';
import { outgoingPost } from './outgoing-post';
import { backoffDelay, RECONCILE_DELAY_MS } from './retry-policy';
import type { TargetSenderDeps } from './target-sender';

/** Networks publish a scheduled post a little after its time: confirm once this has passed. */
export const CONFIRM_AFTER_MS = 2 * 60_000;
/** A network still holding a post past its time is asked again this much later. */
const STILL_HELD_RECHECK_MS = 5 * 60_000;
/** After a hand-off the network refused, the next try waits this long (the post stays with Cadence meanwhile). */
const REFUSED_RETRY_MS = 15 * 60_000;

export interface HandOffSenderDeps extends TargetSenderDeps {
  store: Pick<
    OutboxStore,
    'target' | 'beginAttempt' | 'finishAttempt' | 'firstAttemptAt' | 'setTargetStates'
  >;
  profile: Pick<ProfileStore, 'get'>;
}

/**
 * The owner's question about a post its network no longer holds (or cannot be asked about) and
 * Cadence cannot find published, with the target's fields that put it to the owner in 'unknown':
 * nothing more is tried, and the network's id for the post is dropped.
 */
function goneUnconfirmed(network: string) {
  const question = say('handOff.goneUnconfirmed', { network });
  const fields = {
    nextAttemptAt: null,
    handOffId: null,
    lastError: question.message,
    lastErrorKey: [keyOf(question)],
  };
  return { question, fields };
}

interface Ready {
  due: DueTarget;
  account: Account;
  connector: Connector;
  handOff: HandOff;
  post: OutgoingPost;
  network: string;
}

export class HandOffSender {
  constructor(private readonly deps: HandOffSenderDeps) {}

  /** Hands off, looks up, or confirms, by the target's state; a target moved meanwhile is left alone. */
  async run(due: DueTarget): Promise<void> {
    const row = this.deps.store.target(due.targetId);
    if (!row || row.state !== due.state) return;
    let ready: Ready;
    try {
      const account = await this.deps.accounts.resolve(due.channelId);
      const connector = this.deps.connectors[account.network];
      const handOff = connector?.handOff;
      // Nothing here can ask the network about it (it cannot happen for a network with a scheduler).
      if (!connector || !handOff || (row.state === 'handed_off' && !row.handOffId)) {
        return this.lost(due, NETWORK_LABELS[account.network]);
      }
      const post = await outgoingPost(this.deps, due, row, account.network);
      ready = { due, account, connector, handOff, post, network: NETWORK_LABELS[account.network] };
    } catch (error) {
      // Not connected, or its sign-in refused: a hand-off waits and stays with Cadence meanwhile;
      // one made already is asked about again later.
      if (due.state === 'scheduled') return this.notYet(due, error);
      return this.askAgainLater(due, due.state as 'handing_off' | 'handed_off', error);
    }
    if (row.state === 'scheduled') return this.handOff(ready);
    if (row.state === 'handing_off') return this.lookUp(ready);
    return this.confirm(ready, row.handOffId!);
  }

  /** A hand-off that cannot even be tried now: the post stays with Cadence, tried again later. */
  private notYet(due: DueTarget, error: unknown): void {
    if (!(error instanceof ConnectorError)) throw error;
    const now = this.deps.clock.now();
    this.deps.store.setTargetStates([due.targetId], 'scheduled', now, {
      nextAttemptAt: now + REFUSED_RETRY_MS,
    });
  }

  /**
   * No scheduler to hand it to: it stays with Cadence. Held somewhere Cadence cannot ask about:
   * only the owner can say whether it went out.
   */
  private lost(due: DueTarget, network: string): void {
    const now = this.deps.clock.now();
    if (due.state === 'scheduled') {
      this.deps.store.setTargetStates([due.targetId], 'scheduled', now, {
        nextAttemptAt: now + REFUSED_RETRY_MS,
      });
      return;
    }
    this.deps.store.setTargetStates([due.targetId], 'unknown', now, goneUnconfirmed(network).fields);
    this.changed(due.postId);
  }

  private async handOff(ready: Ready): Promise<void> {
    const { due, connector, account, handOff } = ready;
    // A post the network would refuse stays with Cadence, whose send at its time tells the owner why.
    const problems = connector.validate(ready.post, connector.limitsOf(account));
    if (problems.some((p) => p.severity === 'error')) return;
    const now = this.deps.clock.now();
    const attempt = this.deps.store.beginAttempt(due.targetId, 'scheduled', now, 'handing_off');
    if (!attempt) return;
    this.changed(due.postId);
    const post = { ...ready.post, idempotencyKey: attempt.idempotencyKey };
    try {
      const { handOffId } = await handOff.schedule(account, post, due.scheduledAt);
      this.held(ready, attempt.attemptId, handOffId, 'handedOff');
    } catch (error) {
      if (!(error instanceof ConnectorError)) throw error;
      if (error.kind === 'auth') this.deps.accounts.markNeedsReconnect(due.channelId);
      const later = this.deps.clock.now();
      if (error.kind === 'unknown') {
        // It may be on the network's schedule: look it up before anything else happens to it.
        this.deps.store.finishAttempt(
          attempt.attemptId,
          due.targetId,
          'handing_off',
          {
            outcome: 'unknown',
            state: 'handing_off',
            nextAttemptAt: later + RECONCILE_DELAY_MS,
            httpStatus: error.details.httpStatus ?? null,
            serverAnswer: error.details.serverAnswer ?? null,
          },
          later,
        );
        return this.changed(due.postId);
      }
      const moved = this.deps.store.finishAttempt(
        attempt.attemptId,
        due.targetId,
        'handing_off',
        {
          outcome: 'failed',
          state: 'scheduled',
          nextAttemptAt:
            later + Math.max(REFUSED_RETRY_MS, error.details.retryAt ? error.details.retryAt - later : 0),
          httpStatus: error.details.httpStatus ?? null,
          serverAnswer: error.details.serverAnswer ?? null,
        },
        later,
      );
      if (moved) this.logFailure(due, error, say('handOff.activity.notHandedOff'));
      this.changed(due.postId);
    }
  }

  /** After a lost answer or a crash: is it on the network's schedule under its key? */
  private async lookUp(ready: Ready): Promise<void> {
    const { due, account, handOff, network } = ready;
    let found: string | null;
    try {
      found = await handOff.find(account, ready.post, due.scheduledAt);
    } catch (error) {
      return this.askAgainLater(due, 'handing_off', error);
    }
    if (found) return this.held(ready, null, found, 'foundHeld');
    // Not held: never reached it, or already published if its time has passed.
    if (this.deps.clock.now() >= due.scheduledAt && (await this.publishedThere(ready))) return;
    const moved = this.deps.store.finishAttempt(
      null,
      due.targetId,
      'handing_off',
      {
        outcome: 'failed',
        state: 'scheduled',
        nextAttemptAt: null,
      },
      this.deps.clock.now(),
    );
    if (moved) this.log(due, 'handOff.notHeld', say('handOff.activity.notHeld', { network }));
    this.changed(due.postId);
  }

  /**
   * After its time: the network published it (as it says, or as found among the account's posts),
   * or the owner is asked.
   */
  private async confirm(ready: Ready, handOffId: string): Promise<void> {
    const { due, account, handOff, network } = ready;
    let still: Awaited<ReturnType<HandOff['check']>>;
    try {
      still = await handOff.check(account, handOffId);
    } catch (error) {
      return this.askAgainLater(due, 'handed_off', error);
    }
    const now = this.deps.clock.now();
    if (still === 'held') {
      this.deps.store.setTargetStates([due.targetId], 'handed_off', now, {
        nextAttemptAt: now + STILL_HELD_RECHECK_MS,
      });
      return;
    }
    if (typeof still === 'object') return this.recordPublished(ready, still);
    if (await this.publishedThere(ready)) return;
    const { question, fields } = goneUnconfirmed(network);
    const asked = this.deps.store.finishAttempt(
      null,
      due.targetId,
      'handed_off',
      { outcome: 'unknown', state: 'unknown', ...fields },
      now,
    );
    if (!asked) return;
    this.log(due, 'attempt.unknown', question);
    this.deps.notifier.notify(
      noticeOf('failure', say('desktop.notices.needsYou', { network }), question.message),
    );
    this.changed(due.postId);
  }

  /** Finds the published post among the account's own; true once recorded as published. */
  private async publishedThere(ready: Ready): Promise<boolean> {
    const { due, account, connector } = ready;
    // The network made it at its time, so the search starts there.
    const verdict = await connector.verify(account, { ...ready.post, firstAttemptAt: due.scheduledAt }, null);
    if (verdict.status !== 'published') return false;
    this.recordPublished(ready, verdict);
    return true;
  }

  /** Records the network's published post as the target's, and says so. */
  private recordPublished(ready: Ready, verdict: Published): void {
    const { due, account, network } = ready;
    const now = this.deps.clock.now();
    const recorded = this.deps.store.finishAttempt(
      null,
      due.targetId,
      ['handed_off', 'handing_off'],
      {
        outcome: 'published',
        state: 'published',
        remoteId: verdict.remoteId,
        remoteUrl: verdict.remoteUrl,
        serverAnswer: verdict.remoteUrl ?? verdict.remoteId,
        handOffId: null,
      },
      now,
    );
    if (!recorded) return;
    this.log(
      due,
      'attempt.published',
      say('handOff.activity.publishedThere', { network, handle: account.handle }),
      {
        remoteId: verdict.remoteId,
        remoteUrl: verdict.remoteUrl,
      },
    );
    if (this.deps.settings.get().notifyOnSuccess) {
      this.deps.notifier.notify(
        noticeOf('success', say('desktop.notices.published', { network }), verdict.remoteUrl ?? ''),
      );
    }
    this.changed(due.postId);
  }

  private held(
    ready: Ready,
    attemptId: number | null,
    handOffId: string,
    said: 'handedOff' | 'foundHeld',
  ): void {
    const { due, network } = ready;
    const now = this.deps.clock.now();
    const moved = this.deps.store.finishAttempt(
      attemptId,
      due.targetId,
      'handing_off',
      {
        outcome: 'handed_off',
        state: 'handed_off',
        handOffId,
        nextAttemptAt: due.scheduledAt + CONFIRM_AFTER_MS,
        serverAnswer: handOffId,
      },
      now,
    );
    if (moved) {
      const local = localStringAt(due.scheduledAt, this.deps.profile.get().timeZone).replace('T', ' ');
      this.log(due, 'handOff.handedOff', say(`handOff.activity.${said}`, { network, local }));
    }
    this.changed(due.postId);
  }

  /** The network could not be asked: the target keeps its state and is asked again after a backoff. */
  private askAgainLater(due: DueTarget, state: 'handing_off' | 'handed_off', error: unknown): void {
    if (!(error instanceof ConnectorError)) throw error;
    if (error.kind === 'auth') this.deps.accounts.markNeedsReconnect(due.channelId);
    const now = this.deps.clock.now();
    const at = Math.max(now + backoffDelay(2, this.deps.random), error.details.retryAt ?? 0);
    this.deps.store.setTargetStates([due.targetId], state, now, { nextAttemptAt: at });
  }

  /** The network's words, then Cadence's, as one history entry: keyed when the network's were. */
  private logFailure(due: DueTarget, error: ConnectorError, next: OwnerMessage): void {
    const said = saidBy(error);
    this.deps.activity.append({
      kind: 'handOff.failed',
      postId: due.postId,
      targetId: due.targetId,
      message: `${error.message} ${next.message}`,
      detail: { kind: error.kind, messageKey: said ? [keyOf(said), keyOf(next)] : null },
    });
  }

  private log(
    due: DueTarget,
    kind: string,
    message: OwnerMessage | string,
    detail?: Record<string, unknown>,
  ): void {
    this.deps.activity.append({
      kind,
      postId: due.postId,
      targetId: due.targetId,
      message,
      ...(detail ? { detail } : {}),
    });
  }

  private changed(postId: string): void {
    this.deps.events.emit({ type: 'post.changed', postId });
  }
}
