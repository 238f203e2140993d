// The answers every network means the same way: 429 (wait as long as the server said) and
// 5xx (the server failed, possibly after acting on the request). Rate-limit times are read
// from whichever header or body field the network uses, so the outbox waits exactly as
// long as the server asked.
import { say, type OwnerMessage } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';
import type { HttpAnswer, HttpNetwork, RequestEffect } from './http-network';

/** Reset values above this are Unix times in seconds (Bluesky, X); below, seconds to wait. */
const EPOCH_SECONDS_FLOOR = 1_000_000_000;

/** The error for a 429 or 5xx answer; null for any other status. */
export function serverTrouble(
  answer: HttpAnswer,
  network: HttpNetwork,
  now: number,
  effect: RequestEffect,
): ConnectorError | null {
  if (answer.status !== 429 && answer.status < 500) return null;
  const serverAnswer = network.serverAnswer?.(answer) ?? `HTTP ${answer.status}`;
  const retryAt = retryAtOf(answer.headers, now, network.retryAfterInBody?.(answer.json));
  const details = { httpStatus: answer.status, serverAnswer, retryAt };
  const name = network.name;
  if (answer.status === 429) {
    return new ConnectorError('rate-limited', slowDown(name, retryAt, now), details);
  }
  if (effect === 'write' && !network.recognisesResend) {
    // A gateway or a crashing server may answer 5xx after the request took effect.
    return new ConnectorError(
      'unknown',
      say('connectors.common.serverTroubleReached', { name, status: answer.status }),
      details,
    );
  }
  return new ConnectorError(
    'server',
    say('connectors.common.serverTroubleRetry', { name, status: answer.status }),
    details,
  );
}

/**
 * When the server allows the next request (ms), from the first of: Retry-After (delay-seconds
 * or an HTTP date, RFC 9110 §10.2.3), X-RateLimit-Reset (Mastodon: an ISO date; X: Unix
 * seconds), RateLimit-Reset (Bluesky: Unix seconds; the IETF draft: seconds to wait), or the
 * seconds a body gave (Telegram, Discord). Undefined when none says.
 */
export function retryAtOf(headers: Headers, now: number, bodySeconds?: number): number | undefined {
  const fromRetryAfter = parseRetryAfter(headers.get('retry-after'), now);
  if (fromRetryAfter !== undefined) return fromRetryAfter;
  for (const name of ['x-ratelimit-reset', 'ratelimit-reset', 'x-rate-limit-reset']) {
    const reset = parseReset(headers.get(name), now);
    if (reset !== undefined) return reset;
  }
  const seconds = secondsToMs(bodySeconds);
  return seconds === undefined ? undefined : now + seconds;
}

function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = secondsToMs(Number(value));
  if (seconds !== undefined) return now + seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(now, date);
}

function parseReset(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  if (Number.isFinite(number) && number >= 0) {
    return number >= EPOCH_SECONDS_FLOOR ? Math.max(now, number * 1000) : now + Math.ceil(number * 1000);
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(now, date);
}

function secondsToMs(seconds: number | undefined): number | undefined {
  return seconds !== undefined && Number.isFinite(seconds) && seconds >= 0
    ? Math.ceil(seconds * 1000)
    : undefined;
}

/** "try again in 40 seconds" (under 90 s), else in whole minutes, or "later" when the server did not say. */
function slowDown(name: string, retryAt: number | undefined, now: number): OwnerMessage {
  if (retryAt === undefined) return say('connectors.common.slowDownLater', { name });
  const seconds = Math.ceil((retryAt - now) / 1000);
  if (seconds < 90) return say('connectors.common.slowDownSeconds', { name, count: seconds });
  return say('connectors.common.slowDownMinutes', { name, count: Math.ceil(seconds / 60) });
}
