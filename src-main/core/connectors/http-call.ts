// One way for the plain-HTTP connectors (Telegram, Discord, webhooks) to call a server: every
// request under the context's timeout, a missing answer sorted into offline or timeout, the
// body read once as JSON when it is JSON, and the server's "wait" time after a 429 or 5xx
// turned into the error the outbox acts on.
import type { Clock } from '../clock';
import type { ConnectorContext, OutgoingImage } from './connector';
import { ConnectorError, fromFetchFailure } from './connector-error';
import { timedFetch } from './timed-fetch';

export interface HttpRequest {
  method?: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  /** A FormData goes as multipart, a string as it is, anything else as JSON. */
  body?: unknown;
  /** 'manual' keeps a redirected POST from silently turning into a GET somewhere else. */
  redirect?: RequestInit['redirect'];
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** The parsed body when it is JSON, else null. */
  json: unknown;
  /** The start of the body, for the activity log. */
  excerpt: string;
}

const EXCERPT_LENGTH = 500;

/** Sends one request; throws only when no HTTP answer came back (offline or timeout). */
export async function httpCall(
  ctx: ConnectorContext,
  networkName: string,
  request: HttpRequest,
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...request.headers };
  let body: RequestInit['body'];
  if (request.body instanceof FormData || typeof request.body === 'string') body = request.body;
  else if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers['content-type'] ??= 'application/json';
  }
  try {
    const response = await timedFetch(ctx)(request.url, {
      method: request.method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body,
      redirect: request.redirect,
    });
    // Reading the body stays under the same timeout: a server that stalls mid-answer is a timeout too.
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      json: parseJson(text),
      excerpt: text.slice(0, EXCERPT_LENGTH),
    };
  } catch (error) {
    throw fromFetchFailure(error, networkName);
  }
}

/**
 * The error for an answer every network means the same way: 429 (wait as long as the server
 * said, from Retry-After or the seconds a body gave) and 5xx (retry with backoff). Null otherwise.
 */
export function transientFailure(
  answer: HttpAnswer,
  networkName: string,
  clock: Clock,
  serverAnswer: string,
  bodyRetryAfterSeconds?: number,
): ConnectorError | null {
  const details = { httpStatus: answer.status, serverAnswer };
  if (answer.status === 429) {
    const waitMs =
      retryAfterMs(answer.headers.get('retry-after'), clock) ?? secondsToMs(bodyRetryAfterSeconds);
    const when = waitMs === undefined ? 'later' : `in ${describeWait(waitMs)}`;
    return new ConnectorError(
      'rate-limited',
      `${networkName} asked Cadence to slow down; it will try again ${when}.`,
      { ...details, retryAt: waitMs === undefined ? undefined : clock.now() + waitMs },
    );
  }
  if (answer.status >= 500) {
    return new ConnectorError(
      'server',
      `${networkName} had a problem on its side (HTTP ${answer.status}). Cadence will try again.`,
      details,
    );
  }
  return null;
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
function retryAfterMs(value: string | null, clock: Clock): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = secondsToMs(Number(value));
  if (seconds !== undefined) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - clock.now());
}

function secondsToMs(seconds: number | undefined): number | undefined {
  return seconds !== undefined && Number.isFinite(seconds) && seconds >= 0
    ? Math.ceil(seconds * 1000)
    : undefined;
}

function describeWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}

/** An image as a multipart file part. */
export function imageBlob(image: OutgoingImage): Blob {
  // A copy with its own ArrayBuffer: Blob does not take views over shared memory.
  return new Blob([new Uint8Array(image.bytes)], { type: image.mimeType });
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
