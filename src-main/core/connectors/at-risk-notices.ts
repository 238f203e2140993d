// A notification three days before a channel's sign-in ends with scheduled posts still after it
// (at once when a sign-in was refused), so the owner reconnects while there is time. Each
// channel and end is announced once, also across restarts; the timer is armed only for the next
// risk to enter the three days, so nothing wakes the laptop while no sign-in is at risk.
import type { CoreEvent } from '../../shared/contract';
import type { ChannelAtRisk } from '../../shared/posts-at-risk';
import type { Clock, TimerHandle } from '../clock';
import { noticeOf, type Notifier } from '../ports';
import { say } from '../../shared/messages/owner-message';
import { reconnectMessage } from './posts-at-risk';

const NOTICE_AHEAD_MS = 3 * 24 * 60 * 60 * 1000;

/** Core events after which the risks may have changed. */
const RECHECK_ON: ReadonlySet<CoreEvent['type']> = new Set([
  'channels.changed',
  'post.changed',
  'post.deleted',
]);

export interface AtRiskNoticeDeps {
  clock: Clock;
  notifier: Notifier;
  /** The channels at risk now. */
  read(): ChannelAtRisk[];
  timeZone(): string;
  subscribe(listener: (event: CoreEvent) => void): () => void;
  /** The risks already announced, kept across restarts. */
  announced: { get(): string[]; set(keys: string[]): void };
}

export class AtRiskNotices {
  private timer: TimerHandle | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly deps: AtRiskNoticeDeps) {}

  start(): void {
    this.unsubscribe = this.deps.subscribe((event) => {
      if (RECHECK_ON.has(event.type)) this.check();
    });
    this.check();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.disarm();
  }

  /** Announces every risk now within three days that was not announced, and arms for the next. */
  check(): void {
    const now = this.deps.clock.now();
    const risks = this.deps.read();
    const announced = new Set(this.deps.announced.get());
    const live = new Set<string>();
    let next = Infinity;
    for (const risk of risks) {
      const key = `${risk.channelId}@${risk.reconnectBy}`;
      live.add(key);
      const noticeAt = risk.reconnectBy - NOTICE_AHEAD_MS;
      if (noticeAt > now) {
        next = Math.min(next, noticeAt);
      } else if (!announced.has(key)) {
        this.deps.notifier.notify(
          noticeOf('failure', reconnectMessage(risk, this.deps.timeZone()), say('atRisk.signInAgain')),
        );
        announced.add(key);
      }
    }
    // Risks that are gone (reconnected, posts moved) are forgotten, so a new end is announced again.
    const kept = [...announced].filter((key) => live.has(key)).sort();
    if (kept.join() !== [...this.deps.announced.get()].sort().join()) this.deps.announced.set(kept);
    this.disarm();
    if (next !== Infinity) this.timer = this.deps.clock.setTimer(() => this.check(), next - now);
  }

  private disarm(): void {
    if (this.timer) this.deps.clock.clearTimer(this.timer);
    this.timer = null;
  }
}
