// Time is injected so that the outbox timer and every "this week" rule can be tested
// with a manual clock instead of waiting for real time to pass.

export type TimerHandle = { readonly id: number };

export interface Clock {
  now(): number;
  setTimer(callback: () => void, delayMs: number): TimerHandle;
  clearTimer(handle: TimerHandle): void;
}

// setTimeout's delay is a signed 32-bit number of milliseconds; longer waits re-arm.
const MAX_TIMER_DELAY = 2 ** 31 - 1;

export function systemClock(): Clock {
  let nextId = 1;
  const timers = new Map<number, ReturnType<typeof setTimeout>>();
  const arm = (id: number, callback: () => void, dueAt: number) => {
    const delay = Math.max(0, dueAt - Date.now());
    timers.set(
      id,
      setTimeout(
        () => {
          if (Date.now() >= dueAt) {
            timers.delete(id);
            callback();
          } else arm(id, callback, dueAt);
        },
        Math.min(delay, MAX_TIMER_DELAY),
      ),
    );
  };
  return {
    now: () => Date.now(),
    setTimer(callback, delayMs) {
      const id = nextId++;
      arm(id, callback, Date.now() + delayMs);
      return { id };
    },
    clearTimer(handle) {
      clearTimeout(timers.get(handle.id));
      timers.delete(handle.id);
    },
  };
}

/** A clock that moves only when told to; timers fire in due order as it passes them. */
export class ManualClock implements Clock {
  private current: number;
  private nextId = 1;
  private readonly timers = new Map<number, { dueAt: number; callback: () => void }>();

  constructor(start: number | Date) {
    this.current = typeof start === 'number' ? start : start.getTime();
  }

  now(): number {
    return this.current;
  }

  setTimer(callback: () => void, delayMs: number): TimerHandle {
    const id = this.nextId++;
    this.timers.set(id, { dueAt: this.current + Math.max(0, delayMs), callback });
    return { id };
  }

  clearTimer(handle: TimerHandle): void {
    this.timers.delete(handle.id);
  }

  /** How many timers are armed: lets tests prove an idle core sleeps. */
  get pendingTimers(): number {
    return this.timers.size;
  }

  nextDueAt(): number | null {
    let next: number | null = null;
    for (const timer of this.timers.values()) if (next === null || timer.dueAt < next) next = timer.dueAt;
    return next;
  }

  advance(ms: number): void {
    this.set(this.current + ms);
  }

  set(target: number | Date): void {
    const end = typeof target === 'number' ? target : target.getTime();
    for (;;) {
      let dueId: number | null = null;
      let dueAt = Infinity;
      for (const [id, timer] of this.timers) {
        if (timer.dueAt <= end && timer.dueAt < dueAt) {
          dueAt = timer.dueAt;
          dueId = id;
        }
      }
      if (dueId === null) break;
      const timer = this.timers.get(dueId)!;
      this.timers.delete(dueId);
      this.current = Math.max(this.current, timer.dueAt);
      timer.callback();
    }
    this.current = Math.max(this.current, end);
  }
}
