// How a connector calls its network: one request through the shared layer. It throws a
// ConnectorError when no complete answer came back, and for 429 and 5xx, which every network
// means the same way; any other answer comes back for the connector to read in its network's
// terms (a Telegram "chat not found", a Discord "Unknown Webhook").
import type { ConnectorContext, OutgoingImage } from '../connector';
import { say } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';
import { answerOf, exchange } from './exchange';
import type { HttpAnswer, HttpNetwork, RequestEffect } from './http-network';
import { serverTrouble } from './server-trouble';

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** A FormData goes as multipart, a Blob as its bytes, a string as it is, anything else as JSON. */
  body?: unknown;
  /** 'manual' keeps a redirected POST from silently turning into a GET somewhere else. */
  redirect?: RequestInit['redirect'];
  /** The request carries a credential in its body (an OAuth code exchange): https only. */
  credential?: boolean;
  /** Whether repeating it could change anything; GET is a read, every other method a write. */
  effect?: RequestEffect;
}

/** Sends one request; throws when no answer came back, and for 429 and 5xx answers. */
export async function httpCall(
  ctx: ConnectorContext,
  network: HttpNetwork,
  request: HttpRequest,
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...request.headers };
  let body: RequestInit['body'];
  if (request.body instanceof FormData || request.body instanceof Blob || typeof request.body === 'string')
    body = request.body;
  else if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers['content-type'] ??= 'application/json';
  }
  const method = request.method ?? (body === undefined ? 'GET' : 'POST');
  let built: Request;
  try {
    built = new Request(request.url, { method, headers, body, redirect: request.redirect });
  } catch (error) {
    // Nothing was sent: the address or a header cannot make a request at all.
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConnectorError(
      'config',
      say('connectors.common.requestNotWritten', { name: network.name, said: reason }),
    );
  }
  const answer = answerOf(await exchange(ctx, network, built, request.credential === true));
  const effect = request.effect ?? (method === 'GET' ? 'read' : 'write');
  const trouble = serverTrouble(answer, network, ctx.clock.now(), effect);
  if (trouble) throw trouble;
  return answer;
}

/** An image as a multipart file part. */
export function imageBlob(image: OutgoingImage): Blob {
  // A copy with its own ArrayBuffer: Blob does not take views over shared memory.
  return new Blob([new Uint8Array(image.bytes)], { type: image.mimeType });
}
