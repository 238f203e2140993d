// Waiting inside a connector (a container or an image still being processed) on the injected
// clock, so tests move time instead of waiting for it and a wait can never outlive its bound.
import type { Clock } from '../clock';

/** Resolves once `ms` have passed on `clock`. */
export function pause(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.setTimer(resolve, ms));
}

/** How a connector polls something the network is still processing. */
export interface ProcessingWait {
  /** The first pause; each later one doubles, up to `maxPollMs`. */
  firstPollMs: number;
  maxPollMs: number;
  /** How long it may stay in processing before the attempt is given up (and retried later). */
  maxWaitMs: number;
}

/**
 * Polls `check` until it says done, pausing between polls on the clock. Returns false when the
 * wait ran out before `check` said done.
 */
export async function pollUntil(
  clock: Clock,
  wait: ProcessingWait,
  check: () => Promise<boolean>,
): Promise<boolean> {
  const deadline = clock.now() + wait.maxWaitMs;
  let next = wait.firstPollMs;
  for (;;) {
    if (await check()) return true;
    if (clock.now() + next > deadline) return false;
    await pause(clock, next);
    next = Math.min(next * 2, wait.maxPollMs);
  }
}
