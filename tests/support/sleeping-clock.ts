import { ManualClock } from '../../src-main/core/clock';

/**
 * A manual clock whose timers, like Node's, run on a monotonic clock that stops while the
 * laptop sleeps: after `sleep`, the wall clock has moved on but every armed timer is now
 * late by the time slept. Only the system's resume signal can catch that up.
 */
export class SleepingClock extends ManualClock {
  private slept = 0;

  override now(): number {
    return super.now() + this.slept;
  }

  /** The lid closes for `ms`: wall time passes, no timer fires. */
  sleep(ms: number): void {
    this.slept += ms;
  }

  override nextDueAt(): number | null {
    const next = super.nextDueAt();
    return next === null ? null : next + this.slept;
  }

  override advance(ms: number): void {
    this.set(this.now() + ms);
  }

  override set(target: number | Date): void {
    super.set((typeof target === 'number' ? target : target.getTime()) - this.slept);
  }
}
