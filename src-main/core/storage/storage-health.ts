// Whether Cadence can save right now. Any write that fails because of the disk reports here;
// the state is then shown to the owner until a write goes through again: a small probe write
// on a modest timer, or on the owner's next action. The outbox waits for it before sending.
import { statfsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { StorageProblem, StorageStatus } from '../../shared/storage-status';
import type { Clock, TimerHandle } from '../clock';
import type { CoreEvents } from '../events';
import { noticeOf, type Notifier } from '../ports';
import { say } from '../../shared/messages/owner-message';
import { storageMessage, storageProblemOf } from './storage-failure';

/** How often a write is tried while saving fails. */
export const STORAGE_PROBE_MS = 60_000;
/** A full disk counts as fixed once the database has this much room to grow, on disk and within SQLite's cap. */
const ROOM_AFTER_FULL_BYTES = 16 * 2 ** 20;

export interface StorageHealthDeps {
  sqlite: Database.Database;
  dataDir: string;
  clock: Clock;
  events: CoreEvents;
  /** Tells the owner once, when saving stops working: the window may be closed to the tray. */
  notifier: Notifier;
}

export class StorageHealth {
  private trouble: { problem: StorageProblem; since: number } | null = null;
  private timer: TimerHandle | null = null;
  private readonly recovered = new Set<() => void>();

  constructor(private readonly deps: StorageHealthDeps) {}

  get canSave(): boolean {
    return this.trouble === null;
  }

  status(): StorageStatus {
    if (!this.trouble) return { canSave: true };
    const { problem, since } = this.trouble;
    return { canSave: false, problem, message: storageMessage(problem).message, since };
  }

  /** Records a failed write. False, and nothing recorded, for an error that is not about storage. */
  report(error: unknown): boolean {
    const problem = storageProblemOf(error);
    if (!problem) return false;
    if (this.trouble?.problem !== problem) {
      const first = this.trouble === null;
      this.trouble = { problem, since: this.trouble?.since ?? this.deps.clock.now() };
      this.deps.events.emit({ type: 'storage.changed' });
      if (first)
        this.deps.notifier.notify(
          noticeOf('failure', say('desktop.notices.cannotSave'), storageMessage(problem)),
        );
    }
    this.armProbe();
    return true;
  }

  /**
   * Writes one small change and reports the outcome: true when saving works. Rewriting the
   * header's user_version (unused by Cadence) goes through the log like any commit.
   */
  probe(): boolean {
    const { sqlite } = this.deps;
    try {
      const version = Number(sqlite.pragma('user_version', { simple: true }));
      sqlite.pragma(`user_version = ${version}`);
    } catch (error) {
      if (!this.report(error)) console.error('[cadence] storage probe failed', error);
      return false;
    }
    if (!this.trouble) return true;
    // A nearly full disk still takes a one-page write, and then refuses the next real one.
    if (this.trouble.problem === 'full' && this.roomToGrow() < ROOM_AFTER_FULL_BYTES) return false;
    this.trouble = null;
    this.disarmProbe();
    this.deps.events.emit({ type: 'storage.changed' });
    for (const listener of this.recovered) listener();
    return true;
  }

  /** Calls `listener` each time saving works again after failing. */
  onRecovered(listener: () => void): () => void {
    this.recovered.add(listener);
    return () => this.recovered.delete(listener);
  }

  stop(): void {
    this.disarmProbe();
  }

  /** SQLite answers SQLITE_FULL at its own page cap as on a full disk, so both count. */
  private roomToGrow(): number {
    const { sqlite, dataDir } = this.deps;
    const pragma = (name: string) => Number(sqlite.pragma(name, { simple: true }));
    const withinCap = (pragma('max_page_count') - pragma('page_count')) * pragma('page_size');
    try {
      const disk = statfsSync(dataDir);
      return Math.min(withinCap, disk.bavail * disk.bsize);
    } catch {
      return withinCap;
    }
  }

  private armProbe(): void {
    if (this.timer) return;
    this.timer = this.deps.clock.setTimer(() => {
      this.timer = null;
      if (!this.probe()) this.armProbe();
    }, STORAGE_PROBE_MS);
  }

  private disarmProbe(): void {
    if (this.timer) this.deps.clock.clearTimer(this.timer);
    this.timer = null;
  }
}
