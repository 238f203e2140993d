// A system shutdown (powerMonitor 'shutdown' on Linux and macOS) leaves no time to ask the owner:
// Cadence hands off on the channels the owner set to hand off automatically, as before sleep,
// then lets the shutdown go on. The system waits only seconds for an app that holds it, so the
// hand-off is given a short bound: what has not been handed off by then stays with Cadence, which
// sends it on its next start within the grace window.
import type { Clock } from '../clock';
import { PREFLIGHT_HOURS } from './preflight-prompt';

/** The longest a shutdown is held for hand-offs. */
export const SHUTDOWN_HAND_OFF_MS = 5_000;

/** What is handed off at shutdown: as before sleep, only on channels set to do so. */
export const SHUTDOWN_HAND_OFF = { hours: PREFLIGHT_HOURS, automatic: true } as const;

export type ShutdownHandOff = 'handed-off' | 'failed' | 'timed-out';

/**
 * Runs the hand-off and settles when it has, or after `limitMs` on the clock, whichever comes
 * first; never rejects, since the shutdown goes on either way.
 */
export function handOffBeforeShutdown(
  handOff: () => Promise<unknown>,
  clock: Clock,
  limitMs = SHUTDOWN_HAND_OFF_MS,
): Promise<ShutdownHandOff> {
  return new Promise((resolve) => {
    const timer = clock.setTimer(() => resolve('timed-out'), limitMs);
    const settle = (outcome: ShutdownHandOff) => {
      clock.clearTimer(timer);
      resolve(outcome);
    };
    handOff().then(
      () => settle('handed-off'),
      (error: unknown) => {
        console.error('[cadence] could not hand off before shutdown', error);
        settle('failed');
      },
    );
  });
}
