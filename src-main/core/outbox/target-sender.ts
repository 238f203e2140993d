// Sends one due target: reconciles an unknown outcome first, validates, records the attempt
// before the request leaves and the result after, and sorts failures into retry, wait for
// the server, or stop and tell the owner.
import { NETWORK_LABELS, type Network, type TargetState } from '../../shared/entities';
import type { Clock } from '../clock';
import type { AccountDirectory } from '../connectors/account-directory';
import type { Account, Connector, OutgoingPost, Verification } from '../connectors/connector';
import type { Problem } from '../../shared/text-rules';
import type { CoreMessageKey, KeyedText } from '../../shared/messages/owner-message';
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
   * Whether the network holds a retry's post (see missed-posts.ts), recorded as published if so.
   * False when it does not, cannot say, or cannot be asked: the retry is then held as missed.
   */
  async publishedOnNetwork(due: DueTarget): Promise<boolean> {
    const row = this.deps.store.target(due.targetId);
    if (!row || row.state !== due.state) return false;
    try {
      const account = await this.deps.accounts.resolve(due.channelId);
      const connector = this.deps.connectors[account.network];
      if (!connector) return false;
      const outgoing = await outgoingPost(this.deps, due, row, account.network);
      const verdict = await connector.verify(account, outgoing, row.remoteId);
      if (verdict.status !== 'published') return false;
      this.noteVerdict(due, account, verdict);
      this.succeed(due, null, 'retry_wait', verdict.remoteId, verdict.remoteUrl, account);
      return true;
    } catch (error) {
      if (isStorageFailure(error)) throw error;
      return false;
    }
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
      const held = this.deps.store.finishAttempt(
        null,
        due.targetId,
        'unknown',
        {
          outcome: 'unknown',
          state: 'unknown',
          nextAttemptAt: null,
          lastError: verdict.reason.message,
          lastErrorKey: [keyOf(verdict.reason)],
        },
        this.deps.clock.now(),
      );
      if (!held) {
        this.skipped(due, 'unknown');
        return true;
      }
      this.notifyFailure(account, verdict.reason);
      this.changed(due.postId);
      return true;
    }
    return false;
  }

  private noteVerdict(due: DueTarget, account: Account, verdict: Verification): void {
    this.deps.activity.append({
      kind: 'attempt.verified',
      postId: due.postId,
      targetId: due.targetId,
      message: say(
        verdict.status === 'published'
          ? 'activity.checkedPublished'
          : verdict.status === 'cannot-tell'
            ? 'activity.checkedCannotTell'
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

  private notifyFailure(account: Account | null, message: OwnerMessage | string): void {
    const title = account
      ? say('desktop.notices.needsYou', { network: NETWORK_LABELS[account.network] })
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

function unexpected(error: unknown, kind: 'unknown' | 'config' = 'config'): ConnectorError {
  console.error('[cadence] unexpected publishing error', error);
  const detail = error instanceof Error ? error.message : String(error);
  return new ConnectorError(kind, say('outbox.unexpected', { said: detail }));
}

/**
 * The post's own checks refused it: each problem's words in turn, keyed as its sentences when
 * every check was keyed (half a translated failure reads worse than English).
 */
function refusedByChecks(problems: readonly Problem[]): ConnectorError {
  const message = problems.map((p) => p.message).join(' ');
  const [first, ...rest] = problems;
  if (!first?.key || rest.some((p) => !p.key)) return new ConnectorError('rejected', message);
  const keyed = (p: Problem): KeyedText => ({ key: p.key!, ...(p.params ? { params: p.params } : {}) });
  // A problem's key was written with say() by the shared checks (problems.*), so it is a catalog key.
  const said = {
    key: first.key as CoreMessageKey,
    ...(first.params ? { params: first.params } : {}),
    message,
  };
  return new ConnectorError('rejected', said, {}, rest.map(keyed));
}
