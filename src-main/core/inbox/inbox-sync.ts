// The inbox's background sync. For each connected channel whose network has a source, it asks
// for what arrived since the stored cursor: every few minutes while Cadence runs (one timer
// for the earliest due channel, no polling loop), at once on refresh, on coming online, on
// system resume and when a channel is connected. A failing channel backs off on its own.
import { NETWORK_LABELS, type Network } from '../../shared/entities';
import type { InboxSourceInfo } from '../../shared/inbox';
import type { Clock, TimerHandle } from '../clock';
import type { AccountDirectory } from '../connectors/account-directory';
import { ConnectorError } from '../connectors/connector-error';
import type { CoreEvents } from '../events';
import type { Notifier, OnlineSignal } from '../ports';
import type { ChannelStore } from '../store/channel-store';
import type { ProfileStore } from '../store/profile-store';
import { inboxArrivalNotice, type Arrival } from './inbox-notice';
import { NO_INBOX_REASONS, type InboxSource } from './inbox-source';
import type { CursorRow, InboxWriter } from './inbox-writer';
import { sourceKeyOf } from './source-key';

export const DEFAULT_POLL_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;
/** Batches one sync may chain when a source says more is waiting; the next sync goes on. */
const MAX_BATCHES_PER_SYNC = 50;

export type InboxWakeReason = 'start' | 'timer' | 'refresh' | 'online' | 'resume' | 'channels';
/** Reasons that sync every channel now, whatever its schedule or backoff. */
const SYNC_ALL: InboxWakeReason[] = ['refresh', 'online', 'resume'];

export interface InboxSyncDeps {
  writer: InboxWriter;
  channels: ChannelStore;
  accounts: AccountDirectory;
  profile: ProfileStore;
  sources: Partial<Record<Network, InboxSource>>;
  clock: Clock;
  online: OnlineSignal;
  events: CoreEvents;
  pollMs?: number;
  /** Tells the owner what arrived (one notice per sync), when they want to be told. */
  notifier?: Notifier;
  notifyOnArrival?: () => boolean;
}

export class InboxSync {
  private timer: TimerHandle | null = null;
  private running: Promise<void> | null = null;
  private rerun: InboxWakeReason | null = null;
  /** Background syncing (timer, online and channel events) runs between start and stop. */
  private background = false;
  private stopped = false;
  private readonly unsubscribe: (() => void)[] = [];
  private readonly pending = new Set<Promise<void>>();
  private readonly pollMs: number;

  constructor(private readonly deps: InboxSyncDeps) {
    this.pollMs = deps.pollMs ?? DEFAULT_POLL_MS;
  }

  start(): void {
    if (this.background || this.stopped) return;
    this.background = true;
    this.unsubscribe.push(
      this.deps.online.subscribe((online) => {
        if (online) this.wake('online');
      }),
      this.deps.events.subscribe((event) => {
        if (event.type === 'channels.changed') this.wake('channels');
      }),
    );
    this.wake('start');
  }

  /** Ends background and on-demand syncing for good; resolves when nothing is in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.background = false;
    for (const off of this.unsubscribe.splice(0)) off();
    this.disarm();
    await this.whenIdle();
  }

  wake(reason: InboxWakeReason): void {
    if (this.stopped) return;
    if (this.running) {
      // A pending "sync everything" is not downgraded by a later timer wake.
      if (!this.rerun || SYNC_ALL.includes(reason)) this.rerun = reason;
      return;
    }
    this.running = this.loop(reason).finally(() => {
      this.running = null;
    });
  }

  /** Syncs every channel now and resolves when done. */
  async refresh(): Promise<void> {
    this.wake('refresh');
    await this.whenIdle();
  }

  async whenIdle(): Promise<void> {
    while (this.running || this.pending.size > 0) await Promise.all([this.running, ...this.pending]);
  }

  /** Tells networks that keep a "seen" mark (Bluesky) what the owner has read, in the background. */
  markSeen(seen: { channelId: string; upTo: number }[]): void {
    if (this.stopped || !this.deps.online.isOnline()) return;
    for (const { channelId, upTo } of seen) {
      const task = this.sendSeen(channelId, upTo).finally(() => this.pending.delete(task));
      this.pending.add(task);
    }
  }

  /** Whether some connected channel's inbox has been read at least once. */
  isReading(): boolean {
    const synced = new Set(
      this.deps.writer
        .cursors()
        .filter((c) => c.lastSyncedAt !== null)
        .map((c) => c.channelId),
    );
    return this.syncable().some((id) => synced.has(id));
  }

  /** Every channel, with whether it has an inbox and how its sync is doing. */
  sources(): InboxSourceInfo[] {
    const cursors = new Map(this.deps.writer.cursors().map((c) => [c.channelId, c]));
    return this.deps.channels.list().map((channel) => {
      const cursor = cursors.get(channel.id);
      const label = NETWORK_LABELS[channel.network];
      const hasInbox = this.deps.sources[channel.network] !== undefined;
      const reason = !hasInbox
        ? (NO_INBOX_REASONS[channel.network] ?? `Cadence does not read ${label} messages yet.`)
        : channel.connection === 'manual'
          ? `Connect this ${label} channel in Settings to see its mentions and comments here.`
          : channel.connection === 'needs_reconnect'
            ? `${label} needs you to sign in again. Reconnect it in Settings to keep its inbox up to date.`
            : null;
      return {
        channelId: channel.id,
        channelName: channel.displayName,
        network: channel.network,
        hasInbox,
        reason,
        lastSyncedAt: cursor?.lastSyncedAt ?? null,
        lastError: cursor?.lastError ?? null,
        lastErrorKey: cursor?.lastErrorKey ?? null,
        notice: cursor?.notice ?? null,
        nextSyncAt: hasInbox && reason === null && this.background ? this.dueAt(cursor) : null,
      };
    });
  }

  private async loop(first: InboxWakeReason): Promise<void> {
    let reason: InboxWakeReason | null = first;
    while (reason && !this.stopped) {
      this.rerun = null;
      this.disarm();
      try {
        await this.pass(SYNC_ALL.includes(reason), reason !== 'refresh');
      } catch (error) {
        console.error('[cadence] inbox sync failed', error);
      }
      reason = this.rerun;
    }
    this.arm();
  }

  /** `notify`: false when the owner asked (refresh), since they are looking at the inbox. */
  private async pass(all: boolean, notify: boolean): Promise<void> {
    if (!this.deps.online.isOnline()) return;
    const now = this.deps.clock.now();
    const cursors = new Map(this.deps.writer.cursors().map((c) => [c.channelId, c]));
    const due = this.syncable().filter((id) => all || this.dueAt(cursors.get(id)) <= now);
    // Channels side by side: a slow server holds up only its own channel.
    const arrivals = await Promise.all(due.map((channelId) => this.syncChannel(channelId)));
    const notice = inboxArrivalNotice(arrivals);
    if (notify && notice && this.deps.notifyOnArrival?.()) this.deps.notifier?.notify(notice);
  }

  private syncable(): string[] {
    return this.deps.channels
      .list()
      .filter((c) => c.connection === 'connected' && this.deps.sources[c.network] !== undefined)
      .map((c) => c.id);
  }

  private dueAt(cursor: CursorRow | undefined): number {
    if (!cursor) return 0;
    if (cursor.backoffUntil !== null) return cursor.backoffUntil;
    return (cursor.lastSyncedAt ?? 0) + this.pollMs;
  }

  /** What arrived on the channel; a first sync reads old messages, which are no news. */
  private async syncChannel(channelId: string): Promise<Arrival> {
    const before = this.deps.writer.cursor(channelId);
    let added = 0;
    let channelName = '';
    try {
      const account = await this.deps.accounts.resolve(channelId);
      const source = this.deps.sources[account.network]!;
      const channel = this.deps.channels.get(channelId);
      channelName = channel.displayName;
      const synced = {
        channelId,
        sourceKey: sourceKeyOf(account),
        network: account.network,
        label: `${channel.displayName} (${channel.handle})`,
      };
      const timeZone = this.deps.profile.get().timeZone;
      let cursor = before?.cursor ?? null;
      for (let batches = 0; batches < MAX_BATCHES_PER_SYNC && !this.stopped; batches++) {
        const batch = await source.fetchSince(account, cursor);
        added += this.deps.writer.store(synced, batch, timeZone);
        cursor = batch.nextCursor ?? cursor;
        if (!batch.more) break;
      }
    } catch (error) {
      this.recordFailure(channelId, error);
    }
    const after = this.deps.writer.cursor(channelId);
    if (added > 0 || after?.lastError !== before?.lastError || after?.notice !== before?.notice || !before) {
      this.deps.events.emit({ type: 'inbox.changed' });
    }
    return { channelName, count: before?.lastSyncedAt ? added : 0 };
  }

  private recordFailure(channelId: string, error: unknown): void {
    const failure =
      error instanceof ConnectorError
        ? error
        : new ConnectorError(
            'server',
            `Something unexpected happened while reading messages (${error instanceof Error ? error.message : String(error)}).`,
          );
    if (!(error instanceof ConnectorError)) console.error('[cadence] inbox sync error', error);
    const now = this.deps.clock.now();
    const failures = (this.deps.writer.cursor(channelId)?.failures ?? 0) + 1;
    const backoff = Math.min(MAX_BACKOFF_MS, this.pollMs * 2 ** (failures - 1));
    const retryAt = failure.details.retryAt;
    const until = retryAt && retryAt > now ? retryAt : now + backoff;
    this.deps.writer.fail(channelId, failure.message, until, failure.owner ? [failure.owner] : null);
    if (failure.kind === 'auth') {
      this.deps.accounts.markNeedsReconnect(channelId);
      this.deps.events.emit({ type: 'channels.changed' });
    }
  }

  private async sendSeen(channelId: string, upTo: number): Promise<void> {
    try {
      const account = await this.deps.accounts.resolve(channelId);
      await this.deps.sources[account.network]?.markSeen?.(account, upTo);
    } catch (error) {
      // Only a courtesy to the network: the owner's triage is already saved in Cadence.
      console.warn('[cadence] could not mark inbox items seen', error);
    }
  }

  private arm(): void {
    if (!this.background || !this.deps.online.isOnline()) return;
    const cursors = new Map(this.deps.writer.cursors().map((c) => [c.channelId, c]));
    const channels = this.syncable();
    if (channels.length === 0) return;
    const next = Math.min(...channels.map((id) => this.dueAt(cursors.get(id))));
    const delay = Math.max(1_000, next - this.deps.clock.now());
    this.timer = this.deps.clock.setTimer(() => {
      this.timer = null;
      this.wake('timer');
    }, delay);
  }

  private disarm(): void {
    if (this.timer) this.deps.clock.clearTimer(this.timer);
    this.timer = null;
  }
}
