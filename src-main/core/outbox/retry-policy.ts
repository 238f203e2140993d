// When to try again after a failure that is worth retrying. Exponential backoff with full
// jitter keeps a flaky connection from turning into a burst of requests (PostyBirb #716).

const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 30 * 60_000;
/** Transient failures in a row before Cadence stops and asks the owner. */
export const MAX_TRANSIENT_ATTEMPTS = 8;
/** After a timeout the outcome is unknown; reconcile soon, but not in the same breath. */
export const RECONCILE_DELAY_MS = 15_000;

export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The next attempt time for a failure: the server's own reset time wins when it gave one. */
export function nextAttemptAt(
  now: number,
  attempt: number,
  retryAt: number | undefined,
  random?: () => number,
): number {
  if (retryAt !== undefined && retryAt > now) return retryAt;
  return now + backoffDelay(attempt, random);
}
