// When Cadence looks for an update, and when it may restart into one. A restart stops the
// publishing timer, so it never happens while a post is being sent: Cadence waits for the send
// to record its result (the promise never to post twice depends on that record).

/** Cadence looks for an update at start, then once a day while it runs. */
export const UPDATE_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

export type RestartDecision =
  /** No update has been downloaded: there is nothing to restart into. */
  | { kind: 'nothing-to-install' }
  /** Posts are going out now: restart once they have. */
  | { kind: 'wait'; sending: number }
  | { kind: 'restart' };

export interface RestartFacts {
  updateReady: boolean;
  /** Sends in flight in the outbox right now (Core.sendsInFlight). */
  sendsInFlight: number;
}

export function restartDecision({ updateReady, sendsInFlight }: RestartFacts): RestartDecision {
  if (!updateReady) return { kind: 'nothing-to-install' };
  if (sendsInFlight > 0) return { kind: 'wait', sending: sendsInFlight };
  return { kind: 'restart' };
}

/** How long until the next check: a day after the last one, at once if that is past or none was made. */
export function nextCheckDelay(lastCheckedAt: number | null, now: number): number {
  if (lastCheckedAt === null) return 0;
  return Math.max(0, lastCheckedAt + UPDATE_CHECK_INTERVAL_MS - now);
}
