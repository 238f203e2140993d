// At a system shutdown Cadence hands off what the owner set to, then lets the shutdown go on:
// when the hand-off is done, when it fails, or at the latest after a few seconds on the clock.
import { expect, it, vi } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import {
  handOffBeforeShutdown,
  SHUTDOWN_HAND_OFF,
  SHUTDOWN_HAND_OFF_MS,
} from '../../src-main/core/desktop/before-shutdown';
import { PREFLIGHT_HOURS } from '../../src-main/core/desktop/preflight-prompt';

it('hands off, as before sleep, only on the channels the owner set to, within the day ahead', () => {
  expect(SHUTDOWN_HAND_OFF).toEqual({ hours: PREFLIGHT_HOURS, automatic: true });
  expect(SHUTDOWN_HAND_OFF_MS).toBeLessThanOrEqual(10_000);
});

it('goes on as soon as the hand-off is done, leaving no timer behind', async () => {
  const clock = new ManualClock(0);
  expect(await handOffBeforeShutdown(() => Promise.resolve('answer'), clock)).toBe('handed-off');
  expect(clock.nextDueAt()).toBeNull();
});

it('goes on when the hand-off fails', async () => {
  const clock = new ManualClock(0);
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  expect(await handOffBeforeShutdown(() => Promise.reject(new Error('offline')), clock)).toBe('failed');
  expect(logged).toHaveBeenCalledTimes(1);
  logged.mockRestore();
  expect(clock.nextDueAt()).toBeNull();
});

it('goes on after the bound when the network does not answer', async () => {
  const clock = new ManualClock(0);
  const outcome = handOffBeforeShutdown(() => new Promise(() => {}), clock);
  expect(clock.nextDueAt()).toBe(SHUTDOWN_HAND_OFF_MS);
  clock.set(SHUTDOWN_HAND_OFF_MS);
  expect(await outcome).toBe('timed-out');
});
