// Takes the daily metrics snapshot of every connected channel: its follower count and the
// counts of the posts it published in the last 30 days. One timer for the channel due first
// (no polling loop); also at start, on coming online and on demand. A channel connected while
// Cadence runs is first measured a day later (or at the next start, or on demand), so
// connecting never sends more than the sign-in itself.
import { NETWORK_LABELS, type Network } from '../../shared/entities';
import { saidBy } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import type { SnapshotResult } from '../../shared/metrics';
import type { Clock, TimerHandle } from '../clock';
import type { AccountDirectory } from '../connectors/account-directory';
import type { Connector } from '../connectors/connector';
import { ConnectorError } from '../connectors/connector-error';
import type { CoreEvents } from '../events';
import type { OnlineSignal } from '../ports';
import { redactDeep, redactPatterns, type Redact } from '../redact';
import type { ChannelStore } from '../store/channel-store';
import type { MeasuredCounts, MetricsStore } from './metrics-store';
import type { PostCountReader } from './post-counts';

const DAY_MS = 86_400_000;
/** Posts younger than this are measured in each snapshot. */
export const MEASURED_POST_AGE_MS = 30 * DAY_MS;
/** A channel that could not be measured is tried again after this. */
const RETRY_MS = 60 * 60_000;
/** Networks that report a follower (or member) count; the others have nothing to measure. */
export const MEASURED_NETWORKS: readonly Network[] = [
  'bluesky',
  'mastodon',
  'telegram',
  'x',
  'facebook',
  'instagram',
  'threads',
  'linkedin',
];

export interface MetricsCollectorDeps {
  store: MetricsStore;
  channels: ChannelStore;
  accounts: AccountDirectory;
  connectors: Partial<Record<Network, Connector>>;
  readers: Partial<Record<Network, PostCountReader>>;
  clock: Clock;
  online: OnlineSignal;
  events: CoreEvents;
  /** Cleans a network's error before it is shown (see core/redact.ts). */
  redact?: Redact;
}

export class MetricsCollector {
  private timer: TimerHandle | null = null;
  private stopped = true;
  /** Snapshots run one after another, so a manual one never races the daily one. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly failedAt = new Map<string, number>();
  /** When a channel connected while running was first seen; never-measured channels at start are due at once. */
  private readonly firstSeen = new Map<string, number>();
  private readonly unsubscribe: (() => void)[] = [];

  constructor(private readonly deps: MetricsCollectorDeps) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe.push(
      this.deps.online.subscribe((online) => {
        if (online) this.runDue();
      }),
      this.deps.events.subscribe((event) => {
        if (event.type === 'channels.changed') this.rearm();
      }),
    );
    this.runDue();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const off of this.unsubscribe.splice(0)) off();
    this.disarm();
    await this.whenIdle();
  }

  async whenIdle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.queue;
      await seen;
    } while (seen !== this.queue);
  }

  /** Measures the channel (or every connected channel) now, whatever the schedule. */
  snapshot(channelId?: string): Promise<SnapshotResult> {
    return this.enqueue(() => this.take(channelId ? [channelId] : this.measurable()));
  }

  private runDue(): void {
    if (this.stopped) return;
    void this.enqueue(async () => {
      this.disarm();
      const result = this.deps.online.isOnline()
        ? await this.take(this.measurable().filter((id) => this.dueAt(id) <= this.deps.clock.now()))
        : null;
      this.arm();
      return result;
    });
  }

  private rearm(): void {
    if (this.stopped) return;
    const now = this.deps.clock.now();
    for (const id of this.measurable()) if (!this.firstSeen.has(id)) this.firstSeen.set(id, now);
    void this.enqueue(() => {
      this.disarm();
      this.arm();
      return Promise.resolve();
    });
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch((error: unknown) => console.error('[cadence] metrics snapshot failed', error));
    return next;
  }

  private measurable(): string[] {
    return this.deps.channels
      .list()
      .filter(
        (c) =>
          c.connection === 'connected' &&
          MEASURED_NETWORKS.includes(c.network) &&
          this.deps.connectors[c.network] !== undefined,
      )
      .map((c) => c.id);
  }

  private dueAt(channelId: string): number {
    const last = this.deps.store.lastTaken().get(channelId);
    const failed = this.failedAt.get(channelId);
    if (failed !== undefined) return failed + RETRY_MS;
    if (last !== undefined) return last + DAY_MS;
    const seen = this.firstSeen.get(channelId);
    return seen === undefined ? 0 : seen + DAY_MS;
  }

  private arm(): void {
    // Offline, nothing can be measured; coming online runs what is due.
    if (this.stopped || !this.deps.online.isOnline()) return;
    const ids = this.measurable();
    if (ids.length === 0) return;
    const next = Math.min(...ids.map((id) => this.dueAt(id)));
    this.timer = this.deps.clock.setTimer(() => this.runDue(), Math.max(0, next - this.deps.clock.now()));
  }

  private disarm(): void {
    if (this.timer) this.deps.clock.clearTimer(this.timer);
    this.timer = null;
  }

  private async take(channelIds: string[]): Promise<SnapshotResult> {
    const takenAt = this.deps.clock.now();
    // Channels side by side: a slow server holds up only its own channel.
    const channels = await Promise.all(channelIds.map((id) => this.measure(id, takenAt)));
    return { takenAt, channels };
  }

  private async measure(channelId: string, takenAt: number): Promise<SnapshotResult['channels'][number]> {
    const channel = this.deps.channels.get(channelId);
    try {
      const account = await this.deps.accounts.resolve(channelId);
      const connector = this.deps.connectors[account.network];
      if (!connector)
        throw new ConnectorError(
          'config',
          say('figures.cannotRead', { network: NETWORK_LABELS[account.network] }),
        );
      const { followersCount } = await connector.profile(account);
      const targets = this.deps.store.publishedSince(channelId, takenAt - MEASURED_POST_AGE_MS);
      const reader = this.deps.readers[account.network];
      const counts = new Map<string, MeasuredCounts>();
      if (reader && targets.length > 0) {
        const byRemote = await reader.read(
          account,
          targets.map((t) => t.remoteId),
        );
        for (const target of targets) {
          const found = byRemote.get(target.remoteId);
          if (found) counts.set(target.targetId, found);
        }
      }
      this.deps.store.record(channelId, takenAt, followersCount, counts);
      this.failedAt.delete(channelId);
      return {
        channelId,
        channelName: channel.displayName,
        followers: followersCount,
        posts: counts.size,
        error: null,
      };
    } catch (error) {
      this.failedAt.set(channelId, takenAt);
      const redact = this.deps.redact ?? redactPatterns;
      if (!(error instanceof ConnectorError)) console.error('[cadence] metrics snapshot failed', error);
      // A network's own words (an unkeyed failure) are shown as they are, like the keyed ones' values.
      const failure =
        error instanceof ConnectorError
          ? (saidBy(error) ?? { message: error.message })
          : say('figures.couldNotRead');
      return {
        channelId,
        channelName: channel.displayName,
        followers: null,
        posts: 0,
        error: redactDeep(failure, redact),
      };
    }
  }
}
