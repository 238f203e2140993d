// The automatic daily backup. One timer, set for the moment the next backup is due (a day after
// the newest one in the folder, or at once when there is none), so an idle Cadence wakes once a
// day for it and no more. A backup that fails is tried again an hour later, and the owner is
// told once, with what to do, until one succeeds.
import type { OwnerProblem as Problem } from '../../shared/contract/backups';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import type { Clock, TimerHandle } from '../clock';
import type { Notifier } from '../ports';
import type { BackupLibrary } from './backup-library';
import type { BackupWork } from './backup-work';

export const BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;
export const RETRY_AFTER_MS = 60 * 60 * 1000;

export interface DailyBackupsDeps {
  clock: Clock;
  library: BackupLibrary;
  work: BackupWork;
  notifier: Notifier;
}

export class DailyBackups {
  private timer: TimerHandle | null = null;
  private dueAt: number | null = null;
  private running = false;
  private failure: { problem: Problem; retryAt: number } | null = null;

  constructor(private readonly deps: DailyBackupsDeps) {}

  /** When the next backup is due; null while stopped. */
  get nextAt(): number | null {
    return this.dueAt;
  }

  /** Why the last automatic backup failed, until one succeeds. */
  get problem(): Problem | null {
    return this.failure?.problem ?? null;
  }

  start(): void {
    this.running = true;
    this.arm();
  }

  stop(): void {
    this.running = false;
    this.disarm();
  }

  /** A backup was made another way ("Back up now"), or the folder changed: count from it again. */
  rearm(): void {
    this.failure = null;
    this.arm();
  }

  private arm(): void {
    this.disarm();
    if (!this.running) return;
    const now = this.deps.clock.now();
    const newest = this.deps.library.newestAt();
    const due = this.failure?.retryAt ?? (newest === null ? now : newest + BACKUP_EVERY_MS);
    this.dueAt = Math.max(due, now);
    this.timer = this.deps.clock.setTimer(() => void this.backUp(), this.dueAt - now);
  }

  private disarm(): void {
    if (this.timer) this.deps.clock.clearTimer(this.timer);
    this.timer = null;
    this.dueAt = null;
  }

  private async backUp(): Promise<void> {
    this.timer = null;
    try {
      await this.deps.work.run(() => this.deps.library.create('backup'));
      this.failure = null;
    } catch (error) {
      this.failed(error);
    }
    this.arm();
  }

  private failed(error: unknown): void {
    const problem = problemOf(error);
    const repeated = this.failure?.problem.message === problem.message;
    this.failure = { problem, retryAt: this.deps.clock.now() + RETRY_AFTER_MS };
    if (repeated) return;
    this.deps.notifier.notify({
      kind: 'failure',
      title: say('backups.automaticFailed').message,
      body: problem.message,
    });
  }
}

function problemOf(error: unknown): Problem {
  if (!(error instanceof AppError)) return { message: String(error) };
  const { code: _code, ...problem } = error.toShape();
  return problem;
}
