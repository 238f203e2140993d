// Sends one due target: reconciles an unknown outcome first, validates, records the attempt
// before the request leaves and the result after, and sorts failures into retry, wait for
// the server, or stop and tell the owner.
import { NETWORK_LABELS, type Network, type TargetState } from '../../shared/entities';
import type { Clock } from '../clock';
import type { AccountDirectory } from '../connectors/account-directory';
import type { Account, Connector, OutgoingPost, Verification } from '../connectors/connector';
import { ConnectorError } from '../connectors/connector-error';
import type { CoreEvents } from '../events';
import { noticeOf, type Notifier } from '../ports';
import { keyOf, say, type OwnerMessage } from '../../shared/messages/owner-message';
import { storageProblemOf } from '../storage/storage-failure';
import type { ActivityStore } from '../store/activity-store';
import type { SettingsStore } from '../store/settings-store';
import type { DueTarget } from './due-targets';
import type { OpenAttempt, OutboxStore } from './outbox-store';
import { outgoingPost, type OutgoingPostDeps } from './outgoing-post';
import { MAX_TRANSIENT_ATTEMPTS, failureResult, uncheckedResult } from './retry-policy';
import { refusedByChecks, unexpected } from './send-failures';

/** What sending one target takes: the Outbox passes its own deps, which hold all of this. */
export interface TargetSenderDeps extends OutgoingPostDeps {
  store: Pick<OutboxStore, 'target' | 'beginAttempt' | 'finishAttempt' | 'firstAttemptAt'>;
  settings: Pick<SettingsStore, 'get'>;
  accounts: Pick<AccountDirectory, 'resolve' | 'markNeedsReconnect'>;
  connectors: Partial<Record<Network, Connector>>;
  clock: Clock;
  notifier: Notifier;
  events: CoreEvents;
  activity: Pick<ActivityStore, 'append'>;
  random?: () => number;
}

/** A retry slept through, checked with its network (checkLateRetry). */
export type LateRetryCheck =
  { on: 'published' | 'absent' | 'moved' } | { on: 'unsure'; reason: OwnerMessage; network: Network | null };

export class TargetSender {
  constructor(private readonly deps: TargetSenderDeps) {}

  async send(due: DueTarget): Promise<void> {
    const row = this.deps.store.target(due.targetId);
    // The owner may have unscheduled, edited or published it since the pass began.
    if (!row || row.state !== due.state) return;
    // An unknown outcome stays unknown until the network has answered verify: failing it
    // here would let a retry (or "Publish now") send it a second time.
    let unverified = row.state === 'unknown';
    try {
      const account = await this.deps.accounts.resolve(due.channelId);
      const connector = this.deps.connectors[account.network];
      if (!connector) {
        throw new ConnectorError(
          'config',
          say('outbox.cannotPublishTo', { network: NETWORK_LABELS[account.network] }),
        );
      }
      const outgoing = await outgoingPost(this.deps, due, row, account.network);
      if (unverified) {
        const settled = await this.reconcile(due, connector, account, outgoing, row.remoteId);
        if (settled) return;
        unverified = false;
        if (row.attemptCount >= MAX_TRANSIENT_ATTEMPTS) {
          // Every try went unanswered and the network confirms none arrived: stop, as for offline.
          throw new ConnectorError(
            'offline',
            say('outbox.neverConfirmed', { network: NETWORK_LABELS[account.network] }),
          );
        }
      }
      const problems = connector
        .validate(outgoing, connector.limitsOf(account))
        .filter((p) => p.severity === 'error');
      if (problems.length > 0) throw refusedByChecks(problems);
      const attempt = this.deps.store.beginAttempt(due.targetId, row.state, this.deps.clock.now());
      // The owner moved it (drafts, "It was published"…) while it was being got ready.
      if (!attempt) return this.skipped(due, row.state);
      this.changed(due.postId);
      await this.publish(due, connector, account, { ...outgoing, ...keysOf(attempt) }, attempt);
    } catch (error) {
      // The disk refused a write: recording a failure would fail too, so the outbox pauses.
      if (isStorageFailure(error)) throw error;
      // Failures before any request left (not connected, invalid post, verify failed).
      const failure = error instanceof ConnectorError ? error : unexpected(error);
      if (unverified) this.holdUnknown(due, failure, row.attemptCount);
      else this.fail(due, null, row.state, failure, row.attemptCount);
    }
  }

  /**
   * What a retry slept through's network says of its post (missed-posts.ts), recorded as
   * published if it holds it. `unsure` when it cannot say, cannot be asked, or the asking failed.
   */
  async checkLateRetry(due: DueTarget): Promise<LateRetryCheck> {
    const row = this.deps.store.target(due.targetId);
    if (!row || row.state !== due.state) return { on: 'moved' };
    let network: Network | null = null;
    try {
      const account = await this.deps.accounts.resolve(due.channelId);
      network = account.network;
      const connector = this.deps.connectors[account.network];
      if (!connector) return { on: 'absent' };
      const outgoing = await outgoingPost(this.deps, due, row, account.network);
      const verdict = await connector.verify(account, outgoing, row.remoteId);
      this.noteVerdict(due, account, verdict, true);
      if (verdict.status === 'published') {
        this.succeed(due, null, 'retry_wait', verdict.remoteId, verdict.remoteUrl, account);
        return { on: 'published' };
      }
      if (verdict.status === 'cannot-tell') return { on: 'unsure', reason: verdict.reason, network };
      if (verdict.status === 'absent' || verdict.searched) return { on: 'absent' };
      // Retry-safe without a search: a resend would tell, but a late retry is not resent.
      const label = NETWORK_LABELS[account.network];
      return { on: 'unsure', reason: say('outbox.lateUnsure', { network: label }), network };
    } catch (error) {
      if (isStorageFailure(error)) throw error;
    }
    // Not signed in, or the network did not answer the question.
    return { on: 'unsure', reason: say('outbox.lateUnchecked'), network };
  }

  /** Held for the owner, who alone can tell whether the post went out; false if it moved meanwhile. */
  holdForOwner(
    due: DueTarget,
    expected: TargetState,
    reason: OwnerMessage,
    network: Network | null,
  ): boolean {
    const held = this.deps.store.finishAttempt(
      null,
      due.targetId,
      expected,
      {
        outcome: 'unknown',
        state: 'unknown',
        nextAttemptAt: null,
        lastError: reason.message,
        lastErrorKey: [keyOf(reason)],
      },
      this.deps.clock.now(),
    );
    if (!held) {
      this.skipped(due, expected);
      return false;
    }
    this.notifyFailure(network, reason);
    this.changed(due.postId);
    return true;
  }

  private async publish(
    due: DueTarget,
    connector: Connector,
    account: Account,
    outgoing: OutgoingPost,
    attempt: OpenAttempt,
  ): Promise<void> {
    try {
      const published = await connector.publish(account, outgoing);
      this.succeed(due, attempt.attemptId, 'sending', published.remoteId, published.remoteUrl, account);
    } catch (error) {
      // The result could not be recorded: the target stays 'sending' until saving works again.
      if (isStorageFailure(error)) throw error;
      // Anything but a clear refusal may have reached the network: treat as unknown.
      const failure = error instanceof ConnectorError ? error : unexpected(error, 'unknown');
      this.fail(due, attempt.attemptId, 'sending', failure, attempt.attemptCount);
    }
  }

  /** Returns true when the target is settled (published, or held for the owner). */
  private async reconcile(
    due: DueTarget,
    connector: Connector,
    account: Account,
    outgoing: OutgoingPost,
    remoteId: string | null,
  ): Promise<boolean> {
    const verdict = await connector.verify(account, outgoing, remoteId);
    this.noteVerdict(due, account, verdict);
    if (verdict.status === 'published') {
      // The network's word beats a "Send it again" given while it was asked: sending would post twice.
      this.succeed(due, null, ['unknown', 'retry_wait'], verdict.remoteId, verdict.remoteUrl, account);
      return true;
    }
    if (verdict.status === 'cannot-tell') {
      this.holdForOwner(due, 'unknown', verdict.reason, account.network);
      return true;
    }
    return false;
  }

  /**
   * In the activity log. A late retry is held, not sent (missed-posts.ts), so a network that
   * recognises a resend without being able to look says nothing of the post there.
   */
  private noteVerdict(due: DueTarget, account: Account, verdict: Verification, late = false): void {
    const cannotTell =
      verdict.status === 'cannot-tell' || (late && verdict.status === 'retry-safe' && !verdict.searched);
    this.deps.activity.append({
      kind: 'attempt.verified',
      postId: due.postId,
      targetId: due.targetId,
      message: say(
        verdict.status === 'published'
          ? 'activity.checkedPublished'
          : cannotTell
            ? 'activity.checkedCannotTell'
            : late
              ? 'activity.checkedLateNotPublished'
              : 'activity.checkedNotPublished',
        { network: NETWORK_LABELS[account.network] },
      ),
      detail: { verdict: verdict.status },
    });
  }

  private succeed(
    due: DueTarget,
    attemptId: number | null,
    expected: TargetState | TargetState[],
    remoteId: string,
    remoteUrl: string | null,
    account: Account,
  ): void {
    const now = this.deps.clock.now();
    const recorded = this.deps.store.finishAttempt(
      attemptId,
      due.targetId,
      expected,
      { outcome: 'published', state: 'published', remoteId, remoteUrl, serverAnswer: remoteUrl ?? remoteId },
      now,
    );
    if (!recorded) return this.skipped(due, expected);
    const label = NETWORK_LABELS[account.network];
    this.deps.activity.append({
      kind: 'attempt.published',
      postId: due.postId,
      targetId: due.targetId,
      message: say('activity.published', { network: label, handle: account.handle }),
      detail: { remoteId, remoteUrl },
    });
    if (this.deps.settings.get().notifyOnSuccess) {
      this.deps.notifier.notify(
        noticeOf('success', say('desktop.notices.published', { network: label }), remoteUrl ?? ''),
      );
    }
    this.changed(due.postId);
  }

  private fail(
    due: DueTarget,
    attemptId: number | null,
    expected: TargetState,
    error: ConnectorError,
    attempts: number,
  ): void {
    const now = this.deps.clock.now();
    const result = failureResult(error, attempts, now, this.deps.random);
    if (error.kind === 'auth') this.deps.accounts.markNeedsReconnect(due.channelId);
    // Never a retry for a target the owner moved meanwhile: it would send a post they took back.
    if (!this.deps.store.finishAttempt(attemptId, due.targetId, expected, result, now)) {
      return this.skipped(due, expected);
    }
    this.deps.activity.append({
      kind: `attempt.${result.outcome}`,
      postId: due.postId,
      targetId: due.targetId,
      message: result.lastError ?? error.message,
      detail: {
        kind: error.kind,
        httpStatus: error.details.httpStatus ?? null,
        serverAnswer: error.details.serverAnswer ?? null,
        nextAttemptAt: result.nextAttemptAt ?? null,
        // The message as catalog keys, for showing the log in the owner's language.
        messageKey: result.lastErrorKey ?? null,
      },
    });
    if (result.state === 'failed') this.notifyFailure(null, result.lastError ?? error.message);
    this.changed(due.postId);
  }

  /** The check before a resend failed: keep the outcome unknown and check again later. */
  private holdUnknown(due: DueTarget, error: ConnectorError, attempts: number): void {
    const now = this.deps.clock.now();
    const result = uncheckedResult(error, attempts, now, this.deps.random);
    if (error.kind === 'auth') this.deps.accounts.markNeedsReconnect(due.channelId);
    if (!this.deps.store.finishAttempt(null, due.targetId, 'unknown', result, now)) {
      return this.skipped(due, 'unknown');
    }
    this.deps.activity.append({
      kind: 'attempt.unknown',
      postId: due.postId,
      targetId: due.targetId,
      message: result.lastError!,
      detail: {
        kind: error.kind,
        nextAttemptAt: result.nextAttemptAt ?? null,
        messageKey: result.lastErrorKey ?? null,
      },
    });
    // Only the owner can decide now.
    if (result.nextAttemptAt === null) this.notifyFailure(null, result.lastError!);
    this.changed(due.postId);
  }

  /** The target left `expected` while Cadence worked on it: the owner's word stands, and is logged. */
  private skipped(due: DueTarget, expected: TargetState | TargetState[]): void {
    const found = this.deps.store.target(due.targetId)?.state;
    // Deleted meanwhile: there is no post left to tell.
    if (!found) return;
    this.deps.activity.append({
      kind: 'attempt.skipped',
      postId: due.postId,
      targetId: due.targetId,
      message: say('activity.leftAsSet'),
      detail: { expected, found },
    });
    this.changed(due.postId);
  }

  private notifyFailure(network: Network | null, message: OwnerMessage | string): void {
    const title = network
      ? say('desktop.notices.needsYou', { network: NETWORK_LABELS[network] })
      : say('desktop.notices.notPublished');
    this.deps.notifier.notify(noticeOf('failure', title, message));
  }

  private changed(postId: string): void {
    this.deps.events.emit({ type: 'post.changed', postId });
  }
}

function isStorageFailure(error: unknown): boolean {
  return storageProblemOf(error) !== null;
}

function keysOf(attempt: OpenAttempt): Pick<OutgoingPost, 'idempotencyKey' | 'firstAttemptAt'> {
  return { idempotencyKey: attempt.idempotencyKey, firstAttemptAt: attempt.firstAttemptAt };
}
