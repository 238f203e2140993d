// The publishing timer. It sleeps until the next due time (no polling), wakes on start,
// on coming online, on system resume and whenever a post is scheduled, and sends each due
// target through its network's connector: one at a time per account, in due order.
import type { OutboxStatus } from '../../shared/app-settings';
import type { Post } from '../../shared/entities';
import type { TimerHandle } from '../clock';
import type { OnlineSignal } from '../ports';
import { say, type OwnerMessage } from '../../shared/messages/owner-message';
import type { PostStore } from '../store/post-store';
import type { ProfileStore } from '../store/profile-store';
import type { StorageHealth } from '../storage/storage-health';
import type { DueTarget } from './due-targets';
import type { OutboxStore } from './outbox-store';
import { schedulePublishNow, settleOutcome, type Resolution } from './owner-decisions';
import { HandOffSender } from './hand-off-sender';
import { HandOffWithdrawal } from './hand-off-withdrawal';
import { lateTargets, MissedPosts } from './missed-posts';
import { TargetSender, type TargetSenderDeps } from './target-sender';
import type { ReminderDesk } from '../reminders/reminder-desk';
import { HANDED_OFF } from '../../shared/target-states';
import { preflight, type Preflight } from '../../shared/preflight';
import { canHandOff } from '../../shared/hand-off';

/**
 * After a send failed unexpectedly, the queue rests this long rather than spin on the error.
 * A write the disk refused is different: the queue waits until saving works again.
 */
const UNEXPECTED_FAILURE_PAUSE_MS = 30_000;
/** A timer this late fired after the machine slept. */
const SLEPT_THRESHOLD_MS = 60_000;

export type WakeReason =
  | 'start'
  | 'timer'
  | 'online'
  | 'resume'
  | 'scheduled'
  | 'publish-now'
  | 'resolved'
  | 'channel-free'
  | 'storage';

export interface OutboxDeps extends TargetSenderDeps {
  store: OutboxStore;
  posts: PostStore;
  profile: ProfileStore;
  online: OnlineSignal;
  /** Whether writes reach the disk: nothing is sent that could not be recorded. */
  storage: Pick<StorageHealth, 'canSave' | 'report' | 'onRecovered'>;
  /** "Remind me" channels: their due targets remind the owner instead of being sent. */
  reminders: Pick<ReminderDesk, 'owns' | 'run'>;
}

export class Outbox {
  private timer: TimerHandle | null = null;
  private running: Promise<void> | null = null;
  private rerun = false;
  /** Each channel's queue in flight: one send at a time per channel, channels side by side. */
  private readonly lanes = new Map<string, Promise<void>>();
  private stopped = true;
  /**
   * When Cadence last started or the machine last woke. Only posts that fell due before it
   * (while asleep or closed) can be missed; a post that falls due while Cadence runs offline
   * waits for the connection, however long that takes.
   */
  private awakeSince = 0;
  private unsubscribeOnline: (() => void) | null = null;
  private unsubscribeStorage: (() => void) | null = null;
  /** A result could not be recorded: its target may be left 'sending' with no send in flight. */
  private strandedSends = false;
  private readonly sender: TargetSender;
  private readonly handOffs: HandOffSender;
  private readonly withdrawal: HandOffWithdrawal;
  private readonly missed: MissedPosts;

  constructor(private readonly deps: OutboxDeps) {
    this.sender = new TargetSender(deps);
    this.missed = new MissedPosts(deps, this.sender);
    this.handOffs = new HandOffSender(deps);
    this.withdrawal = new HandOffWithdrawal(deps);
  }

  /**
   * Before the owner changes a post: takes it back from any network's scheduler (throws, changing
   * nothing, when a network cannot be asked). The outbox hands it off again once it settles.
   */
  async takeBack(postId: string): Promise<void> {
    if (await this.withdrawal.ofPost(postId)) this.wake('scheduled');
  }

  /** "Will it go out?" for the posts due in the next `windowMs`. */
  preflight(windowMs: number): Preflight {
    const now = this.deps.clock.now();
    return preflight(this.deps.store.upcoming(now, now + windowMs), now, now + windowMs);
  }

  /**
   * "Hand them off": every post due in the window that can go to a network's scheduler is handed
   * off now (on `onChannels` only, when given), without the settling minute, before the laptop
   * sleeps or Cadence quits. The answer afterwards says what still needs Cadence running.
   */
  async handOffNow(windowMs: number, onChannels: ReadonlySet<string> | null = null): Promise<Preflight> {
    const now = this.deps.clock.now();
    // Each channel on its own: a post also due on a network without a scheduler still has its
    // Mastodon copy handed off, so less waits for Cadence.
    const targets = this.deps.store
      .upcoming(now, now + windowMs)
      .flatMap((post) => post.targets)
      .filter(
        (target) =>
          target.state === 'scheduled' &&
          canHandOff(target.network) &&
          (!onChannels || onChannels.has(target.channelId)),
      );
    this.deps.store.askHandOff(targets.map((target) => target.id));
    if (this.deps.online.isOnline() && this.deps.storage.canSave) {
      const asked = new Set(targets.map((target) => target.id));
      for (const due of this.deps.store.handOffsDue(now, true).filter((t) => asked.has(t.targetId))) {
        await this.handOffs.run(due).catch((error: unknown) => this.deps.storage.report(error));
      }
    }
    this.emitStatus();
    return this.preflight(windowMs);
  }

  /** Before a channel is removed: takes back whatever its network's scheduler holds. */
  async takeBackChannel(channelId: string): Promise<void> {
    await this.withdrawal.ofChannel(channelId);
  }

  /** Recovers sends a crash interrupted, then runs the first pass. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.awakeSince = this.deps.clock.now();
    this.recoverInterrupted(say('activity.stoppedWhileSending'));
    this.unsubscribeOnline = this.deps.online.subscribe((online) => {
      this.emitStatus();
      if (online) this.wake('online');
    });
    this.unsubscribeStorage = this.deps.storage.onRecovered(() => this.wake('storage'));
    this.wake('start');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribeOnline?.();
    this.unsubscribeStorage?.();
    this.disarm();
    await this.whenIdle();
  }

  wake(reason: WakeReason): void {
    if (this.stopped) return;
    if (reason === 'resume') this.awakeSince = this.deps.clock.now();
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Resolves once the current pass (and any pass it queued) has finished. */
  async whenIdle(): Promise<void> {
    while (this.running || this.lanes.size > 0) await Promise.all([this.running, ...this.lanes.values()]);
  }

  /** Sends under way now: a request out, its result not yet recorded. */
  sendsInFlight(): number {
    return this.lanes.size;
  }

  status(): OutboxStatus {
    const counts = this.deps.store.counts();
    return { online: this.deps.online.isOnline(), ...counts, nextAt: this.deps.store.nextDueAt() };
  }

  /**
   * "Publish now": waiting, failed and missed targets go out at once, handed-off ones once taken
   * back; published ones and unconfirmed outcomes never do.
   */
  async publishNow(postId: string): Promise<Post> {
    await this.withdrawal.ofPost(postId);
    schedulePublishNow(this.deps, postId);
    this.wake('publish-now');
    return this.deps.posts.get(postId);
  }

  /** The owner's word on an outcome Cadence could not find out: it was published, or send it again. */
  resolve(targetId: string, resolution: Resolution): Post {
    const postId = settleOutcome(this.deps, targetId, resolution);
    this.wake('resolved');
    return this.deps.posts.get(postId);
  }

  private async loop(): Promise<void> {
    do {
      this.rerun = false;
      this.disarm();
      try {
        await this.pass();
      } catch (error) {
        this.deps.storage.report(error);
        console.error('[cadence] outbox pass failed', error);
      }
    } while (this.rerun && !this.stopped);
    this.arm();
    this.emitStatus();
  }

  private async pass(): Promise<void> {
    if (!this.deps.online.isOnline() || !this.deps.storage.canSave) return;
    if (this.strandedSends && this.lanes.size === 0) {
      this.strandedSends = false;
      this.recoverInterrupted(say('activity.sendNotRecorded'));
    }
    const now = this.deps.clock.now();
    // Hand-offs after the sends: their posts' times are still ahead.
    const due = [...this.deps.store.due(now), ...this.deps.store.handOffsDue(now)];
    const graceMs = this.deps.settings.get().graceWindowMinutes * 60_000;
    // A retry slept through is as late as a first try; an unknown outcome is verified first, and
    // a network's scheduler published a handed-off post on time whatever this laptop did.
    const late = lateTargets(due, this.awakeSince, graceMs);
    this.missed.hold(late.filter((t) => t.state === 'scheduled'));

    const byChannel = new Map<string, DueTarget[]>();
    for (const target of due) {
      const isLate = late.includes(target);
      // A busy channel picks up its newly due targets when its current queue is done.
      if (this.lanes.has(target.channelId) || (isLate && target.state === 'scheduled')) continue;
      // A late retry's network is asked whether it has the post, in its channel's turn.
      const queued = isLate ? { ...target, late: true } : target;
      byChannel.set(target.channelId, [...(byChannel.get(target.channelId) ?? []), queued]);
    }
    // Not awaited: a slow or hung network must not hold up the timer or other channels.
    for (const [channelId, queue] of byChannel) {
      const lane = this.drain(queue).then((clean) => {
        this.lanes.delete(channelId);
        if (clean) this.wake('channel-free');
        // While saving fails, storage health wakes the queue once a write goes through again.
        else if (!this.running && this.deps.storage.canSave) this.rearm(UNEXPECTED_FAILURE_PAUSE_MS);
      });
      this.lanes.set(channelId, lane);
    }
  }

  /** Sends a channel's due targets in order; false when a send failed unexpectedly. */
  private async drain(queue: DueTarget[]): Promise<boolean> {
    for (const target of queue) {
      if (this.stopped || !this.deps.online.isOnline()) return true;
      try {
        if (target.late) await this.missed.settleRetry(target);
        else if (this.deps.reminders.owns(target.channelId)) this.deps.reminders.run(target);
        else await (isHandOff(target) ? this.handOffs.run(target) : this.sender.send(target));
      } catch (error) {
        // Left to the timer rather than an immediate new pass, which could spin on the same error.
        console.error('[cadence] outbox send failed', error);
        if (this.deps.storage.report(error)) this.strandedSends = true;
        return false;
      }
    }
    return true;
  }

  private rearm(minimumDelay: number): void {
    this.disarm();
    this.arm(minimumDelay);
  }

  /** Targets left 'sending' with nothing in flight have an unknown outcome and are checked first. */
  private recoverInterrupted(message: OwnerMessage): void {
    const recovered = this.deps.store.recoverInterrupted(this.deps.clock.now());
    for (const postId of recovered) {
      this.deps.activity.append({ kind: 'outbox.recovered', postId, message });
      this.deps.events.emit({ type: 'post.changed', postId });
    }
  }

  private arm(minimumDelay = 0): void {
    if (this.stopped || !this.deps.online.isOnline() || !this.deps.storage.canSave) return;
    const nextAt = this.nextWake();
    if (nextAt === null) return;
    const delay = Math.max(minimumDelay, nextAt - this.deps.clock.now());
    const armedFor = this.deps.clock.now() + delay;
    this.timer = this.deps.clock.setTimer(() => {
      this.timer = null;
      // Firing long after its time means the machine slept through it.
      if (this.deps.clock.now() - armedFor > SLEPT_THRESHOLD_MS) this.awakeSince = this.deps.clock.now();
      this.wake('timer');
    }, delay);
  }

  /**
   * When the timer must next fire, or null. A database that cannot be read is reported (storage
   * health wakes the queue once it reads again) and asked again after a pause, never left silent.
   */
  private nextWake(): number | null {
    try {
      // Busy channels are left out: their lane wakes the outbox when it is done.
      const times = [
        this.deps.store.nextDueAt([...this.lanes.keys()]),
        this.deps.store.nextHandOffAt(this.deps.clock.now()),
      ].filter((at): at is number => at !== null);
      return times.length > 0 ? Math.min(...times) : null;
    } catch (error) {
      if (this.deps.storage.report(error)) return null;
      console.error('[cadence] outbox could not plan its next wake', error);
      return this.deps.clock.now() + UNEXPECTED_FAILURE_PAUSE_MS;
    }
  }

  private disarm(): void {
    if (this.timer) this.deps.clock.clearTimer(this.timer);
    this.timer = null;
  }

  private emitStatus(): void {
    this.deps.events.emit({ type: 'outbox.changed' });
  }
}

/** Handed to the network's scheduler (or to be): the hand-off sender follows it, never a send. */
function isHandOff(target: DueTarget): boolean {
  return target.handOff === true || HANDED_OFF.includes(target.state);
}
