// What a failed send means for its target: try again (and when), check with the network first,
// or stop and ask the owner. Exponential backoff with full jitter keeps a flaky connection from
// turning into a burst of requests (PostyBirb #716).
import { saidBy } from '../../shared/errors';
import { keyOf, say, type KeyedSentences, type OwnerMessage } from '../../shared/messages/owner-message';
import type { ConnectorError } from '../connectors/connector-error';
import type { AttemptResult } from './outbox-store';

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

/** The result of a send that failed after `attempts` tries. */
export function failureResult(
  error: ConnectorError,
  attempts: number,
  now: number,
  random?: () => number,
): AttemptResult {
  const base = {
    httpStatus: error.details.httpStatus ?? null,
    serverAnswer: error.details.serverAnswer ?? null,
  };
  if (error.kind === 'unknown') {
    return {
      ...base,
      outcome: 'unknown',
      state: 'unknown',
      // Backoff like any network trouble, so a server that keeps timing out is not hammered.
      nextAttemptAt: now + Math.max(RECONCILE_DELAY_MS, backoffDelay(Math.max(1, attempts), random)),
      ...failureWords(error, say('connectors.retry.checkFirst')),
    };
  }
  if (error.retryable && attempts < MAX_TRANSIENT_ATTEMPTS) {
    const at = nextAttemptAt(now, Math.max(1, attempts), error.details.retryAt, random);
    return { ...base, outcome: 'retry', state: 'retry_wait', nextAttemptAt: at, ...failureWords(error) };
  }
  const gaveUp = error.retryable ? say('connectors.retry.gaveUp', { count: attempts }) : undefined;
  return {
    ...base,
    outcome: 'failed',
    state: 'failed',
    nextAttemptAt: null,
    ...failureWords(error, gaveUp),
  };
}

/**
 * The result when the check before a resend failed: the outcome stays unknown, checked again
 * later after transient trouble; after anything else only the owner can decide (no next attempt).
 */
export function uncheckedResult(
  error: ConnectorError,
  attempts: number,
  now: number,
  random?: () => number,
): AttemptResult {
  const checkAgain = error.retryable || error.kind === 'unknown';
  return {
    outcome: 'unknown',
    state: 'unknown',
    nextAttemptAt: checkAgain
      ? nextAttemptAt(now, Math.max(1, attempts), error.details.retryAt, random)
      : null,
    ...failureWords(
      error,
      say(checkAgain ? 'connectors.retry.checkFirst' : 'connectors.retry.couldNotCheck'),
    ),
  };
}

/**
 * A failure's words and what Cadence does next, in English and as catalog keys; the keys only
 * when the connector's words had one, since half a translated message reads worse than English.
 */
function failureWords(
  error: ConnectorError,
  next?: OwnerMessage,
): { lastError: string; lastErrorKey: KeyedSentences } {
  const lastError = next ? `${error.message} ${next.message}` : error.message;
  const said = saidBy(error);
  if (!said) return { lastError, lastErrorKey: null };
  return { lastError, lastErrorKey: [keyOf(said), ...error.followedBy, ...(next ? [keyOf(next)] : [])] };
}
