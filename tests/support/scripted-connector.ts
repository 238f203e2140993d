// An in-memory connector whose every answer a test scripts in advance. It records each
// publish and verify with the clock's time, and remembers which idempotency keys "reached
// the network", so verify answers like a real network would unless told otherwise.
import type { Clock } from '../../src-main/core/clock';
import type {
  Account,
  AccountProfile,
  Connection,
  Connector,
  OutgoingPost,
  Published,
  Verification,
} from '../../src-main/core/connectors/connector';
import { ConnectorError, type FailureKind } from '../../src-main/core/connectors/connector-error';
import type { Network } from '../../src-main/shared/entities';
import type { OwnerMessage } from '../../src-main/shared/messages/owner-message';
import type { Problem } from '../../src-main/shared/text-rules/problems';

export type PublishOutcome =
  | { kind: 'success'; remoteId?: string; remoteUrl?: string | null }
  | {
      kind: 'error';
      failure: FailureKind;
      message?: string | OwnerMessage;
      retryAt?: number;
      httpStatus?: number;
      serverAnswer?: string;
      /** The network took the post before it failed (a gateway's 5xx after the server acted). */
      tookEffect?: boolean;
    }
  /** The request reached the network (the post exists) but the answer never came back. */
  | { kind: 'timeout-after-sending' }
  /** Nothing ever comes back: the send stays in flight for the rest of the test. */
  | { kind: 'hang' }
  /** The test settles it by hand through the returned Deferred. */
  | { kind: 'held' };

export interface CallRecord {
  op: 'publish' | 'verify';
  at: number;
  channelId: string;
  targetId: string;
  idempotencyKey: string;
  text: string;
  remoteId: string | null;
}

export interface HeldPublish {
  call: CallRecord;
  succeed(remoteId?: string): void;
  fail(error: ConnectorError): void;
}

type Waiter = { count: number; resolve: () => void };
type VerifyAnswer = Verification | ConnectorError | Promise<Verification>;

export class ScriptedConnector implements Connector<{ network: Network; displayName?: string }> {
  readonly calls: CallRecord[] = [];
  readonly held: HeldPublish[] = [];
  /** Idempotency keys whose post exists on the "network". */
  readonly delivered = new Map<string, Published>();
  private readonly publishScript: PublishOutcome[] = [];
  private readonly verifyScript: Array<VerifyAnswer> = [];
  private problems: Problem[] = [];
  private inFlightNow = 0;
  private connections = 0;
  private waiters: Waiter[] = [];
  maxInFlight = 0;
  testFailure: ConnectorError | null = null;

  constructor(
    readonly network: Network,
    private readonly clock: Clock,
  ) {}

  /** Outcomes for the next publish calls, in order; unscripted calls succeed. */
  scriptPublish(...outcomes: PublishOutcome[]): this {
    this.publishScript.push(...outcomes);
    return this;
  }

  /**
   * Answers for the next verify calls; unscripted calls report what was delivered. A promise
   * keeps the check in flight until the test settles it.
   */
  scriptVerify(...answers: Array<VerifyAnswer>): this {
    this.verifyScript.push(...answers);
    return this;
  }

  refuseWith(problems: Problem[]): this {
    this.problems = problems;
    return this;
  }

  get publishes(): CallRecord[] {
    return this.calls.filter((c) => c.op === 'publish');
  }

  get verifies(): CallRecord[] {
    return this.calls.filter((c) => c.op === 'verify');
  }

  /** Resolves once `count` calls (of any kind) have been made. */
  untilCalls(count: number): Promise<void> {
    if (this.calls.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  validate(post: Pick<OutgoingPost, 'text' | 'images'>): Problem[] {
    if (post.text.trim() === '' && post.images.length === 0) {
      return [{ severity: 'error', code: 'empty', message: 'Write something first.' }];
    }
    return this.problems;
  }

  async connect(input: { network: Network; displayName?: string }): Promise<Connection> {
    const handle = input.displayName ?? `${input.network}-account-${++this.connections}`;
    return {
      secret: `secret-for-${handle}`,
      serverUrl: 'http://127.0.0.1:9/',
      settings: {},
      profile: this.profileOf(handle),
    };
  }

  async test(account: Account): Promise<AccountProfile> {
    if (this.testFailure) throw this.testFailure;
    return this.profileOf(account.handle);
  }

  async profile(account: Account): Promise<AccountProfile> {
    return this.profileOf(account.handle);
  }

  limitsOf(): null {
    return null;
  }

  publish(account: Account, post: OutgoingPost): Promise<Published> {
    const call = this.record('publish', account, post, null);
    const outcome = this.publishScript.shift() ?? { kind: 'success' };
    const published = (remoteId?: string, remoteUrl?: string | null): Published => {
      const result = {
        remoteId: remoteId ?? `remote-${this.delivered.size + 1}`,
        remoteUrl: remoteUrl === undefined ? `https://example.test/p/${post.idempotencyKey}` : remoteUrl,
      };
      this.delivered.set(post.idempotencyKey, result);
      return result;
    };
    switch (outcome.kind) {
      case 'success':
        return this.settle(Promise.resolve(published(outcome.remoteId, outcome.remoteUrl)));
      case 'error':
        if (outcome.tookEffect) published();
        return this.settle(
          Promise.reject(
            new ConnectorError(outcome.failure, outcome.message ?? `Scripted ${outcome.failure} failure.`, {
              retryAt: outcome.retryAt,
              httpStatus: outcome.httpStatus,
              serverAnswer: outcome.serverAnswer,
            }),
          ),
        );
      case 'timeout-after-sending':
        published();
        return this.settle(
          Promise.reject(new ConnectorError('unknown', 'The network did not answer in time.')),
        );
      case 'hang':
        this.inFlight(+1);
        return new Promise<Published>(() => {});
      case 'held':
        return this.settle(
          new Promise<Published>((resolve, reject) => {
            this.held.push({ call, succeed: (id) => resolve(published(id)), fail: reject });
          }),
        );
    }
  }

  async verify(account: Account, post: OutgoingPost, remoteId: string | null): Promise<Verification> {
    this.record('verify', account, post, remoteId);
    const answer = await this.verifyScript.shift();
    if (answer instanceof ConnectorError) throw answer;
    if (answer) return answer;
    const known = this.delivered.get(post.idempotencyKey);
    return known ? { status: 'published', ...known } : { status: 'absent' };
  }

  private record(op: CallRecord['op'], account: Account, post: OutgoingPost, remoteId: string | null) {
    const call: CallRecord = {
      op,
      at: this.clock.now(),
      channelId: account.channelId,
      targetId: post.targetId,
      idempotencyKey: post.idempotencyKey,
      text: post.text,
      remoteId,
    };
    this.calls.push(call);
    const ready = this.waiters.filter((w) => this.calls.length >= w.count);
    this.waiters = this.waiters.filter((w) => this.calls.length < w.count);
    for (const waiter of ready) waiter.resolve();
    return call;
  }

  /** Counts the publish as in flight until it settles, so tests can see overlap. */
  private settle<T>(result: Promise<T>): Promise<T> {
    this.inFlight(+1);
    return result.finally(() => this.inFlight(-1));
  }

  private inFlight(delta: number): void {
    this.inFlightNow += delta;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlightNow);
  }

  private profileOf(handle: string): AccountProfile {
    return {
      handle,
      displayName: null,
      avatarUrl: null,
      followersCount: 42,
      remoteAccountId: `id-${handle}`,
    };
  }
}
