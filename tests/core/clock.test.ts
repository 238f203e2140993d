import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock, systemClock } from '../../src-main/core/clock';

describe('ManualClock', () => {
  it('moves only when told, and fires due timers in order at their own time', () => {
    const clock = new ManualClock(new Date(Date.UTC(2026, 0, 1)));
    const start = clock.now();
    const fired: Array<[string, number]> = [];
    clock.setTimer(() => fired.push(['late', clock.now()]), 300);
    clock.setTimer(() => fired.push(['early', clock.now()]), 100);
    const cancelled = clock.setTimer(() => fired.push(['cancelled', clock.now()]), 200);
    clock.clearTimer(cancelled);
    expect(clock.pendingTimers).toBe(2);
    expect(clock.nextDueAt()).toBe(start + 100);

    clock.advance(99);
    expect(fired).toEqual([]);
    clock.advance(1_000);
    expect(fired).toEqual([
      ['early', start + 100],
      ['late', start + 300],
    ]);
    expect(clock.now()).toBe(start + 1_099);
    expect(clock.pendingTimers).toBe(0);
    expect(clock.nextDueAt()).toBeNull();
  });

  it('fires timers armed by a callback when they fall within the same advance', () => {
    const clock = new ManualClock(0);
    const fired: number[] = [];
    const every = (ms: number) => clock.setTimer(() => (fired.push(clock.now()), every(ms)), ms);
    every(60);
    clock.advance(200);
    expect(fired).toEqual([60, 120, 180]);
    expect(clock.nextDueAt()).toBe(240);
  });

  it('never goes backwards and treats a negative delay as now', () => {
    const clock = new ManualClock(1_000);
    clock.set(500);
    expect(clock.now()).toBe(1_000);
    let fired = false;
    clock.setTimer(() => (fired = true), -50);
    expect(clock.nextDueAt()).toBe(1_000);
    clock.advance(0);
    expect(fired).toBe(true);
  });
});

describe('systemClock', () => {
  afterEach(() => vi.useRealTimers());

  it('re-arms waits longer than setTimeout can hold, and can still cancel them', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    const clock = systemClock();
    const maxDelay = 2 ** 31 - 1;
    let fired = 0;
    clock.setTimer(() => fired++, maxDelay + 5_000);
    const cancelled = clock.setTimer(() => fired++, maxDelay * 2);

    vi.advanceTimersByTime(maxDelay);
    expect(fired).toBe(0);
    vi.advanceTimersByTime(4_999);
    expect(fired).toBe(0);
    vi.advanceTimersByTime(1);
    expect(fired).toBe(1);

    clock.clearTimer(cancelled);
    vi.advanceTimersByTime(maxDelay * 2);
    expect(fired).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reads the real time', () => {
    const before = Date.now();
    expect(systemClock().now()).toBeGreaterThanOrEqual(before);
  });
});
