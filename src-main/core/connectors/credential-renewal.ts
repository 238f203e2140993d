// Renews long-lived sign-ins before they end (Facebook and Instagram's 60-day tokens, Threads'
// 60-day tokens, LinkedIn's with a refresh token), so a post is never refused for a token that
// could have been renewed. One timer for the channel due first, no polling loop; also at start,
// on coming online and on waking from sleep. X's two-hour tokens are renewed by its connector
// when they are used, so they are left alone here.
import { NETWORK_LABELS, type Channel, type Network } from '../../shared/entities';
import type { Clock, TimerHandle } from '../clock';
import type { CoreEvents } from '../events';
import type { OnlineSignal } from '../ports';
import type { AccountDirectory } from './account-directory';
import type { ChannelList } from './channel-records';
import type { Connector } from './connector';
import { ConnectorError } from './connector-error';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

/** How long before a sign-in ends Cadence renews it, per network that renews ahead of time. */
export const RENEW_AHEAD_MS: Partial<Record<Network, number>> = {
  facebook: 7 * DAY_MS,
  instagram: 7 * DAY_MS,
  threads: 7 * DAY_MS,
  linkedin: 7 * DAY_MS,
};
/** After a renewal that failed for a passing reason (offline, a server error), try again this much later. */
export const RENEW_RETRY_MS = HOUR_MS;

export interface CredentialRenewalDeps {
  channels: ChannelList;
  accounts: AccountDirectory;
  connectors: Partial<Record<Network, Connector>>;
  clock: Clock;
  online: OnlineSignal;
  events: CoreEvents;
}

export class CredentialRenewal {
  private timer: TimerHandle | null = null;
  private stopped = true;
  private running: Promise<void> = Promise.resolve();
  /** Channels whose last renewal failed for a passing reason, or did not move the end: not before this. */
  private readonly notBefore = new Map<string, number>();
  private readonly unsubscribe: Array<() => void> = [];

  constructor(private readonly deps: CredentialRenewalDeps) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe.push(
      this.deps.online.subscribe((online) => {
        if (online) this.wake();
      }),
      this.deps.events.subscribe((event) => {
        if (event.type === 'channels.changed') this.wake();
      }),
    );
    this.wake();
  }

  /** Looks again at what is due (a channel changed, the laptop woke up, the network came back). */
  wake(): void {
    if (this.stopped) return;
    this.disarm();
    this.arm();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.disarm();
    this.unsubscribe.splice(0).forEach((unsubscribe) => unsubscribe());
    await this.running;
  }

  /** Resolves once a renewal in progress has been recorded (for tests and shutdown). */
  whenIdle(): Promise<void> {
    return this.running;
  }

  /** When the channel's sign-in should be renewed; null when Cadence does not renew it ahead. */
  dueAt(channel: Channel): number | null {
    const ahead = RENEW_AHEAD_MS[channel.network];
    if (ahead === undefined || !this.deps.connectors[channel.network]?.refresh) return null;
    // Refused already: only the owner reconnecting helps, and that clears the refusal.
    if (channel.connection !== 'connected' || channel.credentialFailedAt !== null) return null;
    if (channel.accessExpiresAt === null) return null;
    return Math.max(channel.accessExpiresAt - ahead, this.notBefore.get(channel.id) ?? 0);
  }

  private arm(): void {
    if (!this.deps.online.isOnline()) return;
    const due = this.deps.channels
      .list()
      .map((channel) => this.dueAt(channel))
      .filter((at) => at !== null);
    if (due.length === 0) return;
    const delay = Math.min(...due) - this.deps.clock.now();
    if (delay <= 0) {
      this.run();
      return;
    }
    this.timer = this.deps.clock.setTimer(() => {
      this.timer = null;
      this.run();
    }, delay);
  }

  /** Renewals run one after another, so a wake never starts a second renewal of a channel. */
  private run(): void {
    this.running = this.running.then(() => this.renewDue());
  }

  private disarm(): void {
    if (this.timer) this.deps.clock.clearTimer(this.timer);
    this.timer = null;
  }

  private async renewDue(): Promise<void> {
    let changed = false;
    for (const channel of this.deps.channels.list()) {
      const dueAt = this.dueAt(channel);
      if (this.stopped || !this.deps.online.isOnline()) break;
      if (dueAt === null || dueAt > this.deps.clock.now()) continue;
      changed = (await this.renew(channel)) || changed;
    }
    // The new ends show in Settings and on the calendar; the event also re-arms the timer.
    if (changed) this.deps.events.emit({ type: 'channels.changed' });
    else this.wake();
  }

  /** Renews one channel; true when its row changed. */
  private async renew(channel: Channel): Promise<boolean> {
    const now = () => this.deps.clock.now();
    try {
      const account = await this.deps.accounts.resolve(channel.id);
      const renewed = await this.deps.connectors[channel.network]!.refresh!(account);
      await account.saveSecret(renewed.secret, renewed.expiry);
      const ahead = RENEW_AHEAD_MS[channel.network]!;
      const nextDue = (renewed.expiry.accessExpiresAt ?? Infinity) - ahead;
      // A network that gave no longer sign-in is asked again tomorrow, not in a loop.
      if (nextDue <= now()) this.notBefore.set(channel.id, now() + DAY_MS);
      else this.notBefore.delete(channel.id);
      return true;
    } catch (error) {
      if (error instanceof ConnectorError && error.kind === 'auth') {
        this.refused(channel);
        return true;
      }
      if (!(error instanceof ConnectorError)) {
        console.error(`[cadence] renewing the ${NETWORK_LABELS[channel.network]} sign-in failed`, error);
      }
      this.notBefore.set(channel.id, now() + RENEW_RETRY_MS);
      return false;
    }
  }

  /**
   * The network will not renew this sign-in. While it still works the channel keeps publishing,
   * with the refusal recorded so the calendar shows the posts at risk; once it has ended, the
   * channel needs reconnecting.
   */
  private refused(channel: Channel): void {
    const stillWorks = channel.accessExpiresAt !== null && channel.accessExpiresAt > this.deps.clock.now();
    if (stillWorks) this.deps.accounts.markRenewalRefused(channel.id);
    else this.deps.accounts.markNeedsReconnect(channel.id);
  }
}
