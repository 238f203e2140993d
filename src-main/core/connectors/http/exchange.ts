// The only place a connector's request meets the network. One request under the context's
// timeout, its whole answer read under the same timeout (a server that stalls mid-answer
// is a timeout too), the plain-http rule checked before anything is sent, and every failure
// thrown as a ConnectorError that says whether the request may have reached the server.
import type { ConnectorContext } from '../connector';
import { ConnectorError } from '../connector-error';
import { fetchFailure } from './fetch-failure';
import type { HttpAnswer, HttpNetwork, RequestEffect } from './http-network';
import { refuseCredentialOverPlainHttp } from './plain-http';
import { serverTrouble } from './server-trouble';

const EXCERPT_LENGTH = 500;
/** Statuses whose Response may not carry a body (Fetch standard, "null body status"). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

export interface Exchanged {
  response: Response;
  body: ArrayBuffer;
}

/**
 * Sends `request` and reads its answer. Throws `config` before sending when a credential
 * would go over plain http; otherwise only when no complete answer came back: `offline`
 * when nothing left this computer, `unknown` when it may have been acted on.
 */
export async function exchange(
  ctx: ConnectorContext,
  network: HttpNetwork,
  request: Request,
  credential: boolean,
): Promise<Exchanged> {
  if (credential || network.secretInEveryRequest || request.headers.has('authorization')) {
    refuseCredentialOverPlainHttp(request.url, network.name);
  }
  const signal = AbortSignal.any([request.signal, AbortSignal.timeout(ctx.requestTimeoutMs)]);
  let response: Response;
  try {
    response = await ctx.fetch(request, { signal });
  } catch (error) {
    throw fetchFailure(error, network.name, 'request');
  }
  try {
    return { response, body: await response.arrayBuffer() };
  } catch (error) {
    throw fetchFailure(error, network.name, 'answer');
  }
}

/** The answer as connectors read it, with the body decoded once. */
export function answerOf({ response, body }: Exchanged): HttpAnswer {
  const text = new TextDecoder().decode(body);
  return {
    status: response.status,
    headers: response.headers,
    json: parseJson(text),
    excerpt: text.slice(0, EXCERPT_LENGTH),
  };
}

/**
 * A fetch for a client library (Bluesky's agent) that obeys the same rules: the timeout, the
 * plain-http rule, and 429 and 5xx thrown as the layer's errors. Other answers come back whole,
 * already read, for the library to interpret. Its failures surface as the library's own errors
 * with the ConnectorError as their cause; `connectorErrorIn` finds it again.
 */
export function networkFetch(ctx: ConnectorContext, network: HttpNetwork): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const exchanged = await exchange(ctx, network, request, false);
    const effect: RequestEffect = request.method === 'GET' ? 'read' : 'write';
    const trouble = serverTrouble(answerOf(exchanged), network, ctx.clock.now(), effect);
    if (trouble) throw trouble;
    const { response, body } = exchanged;
    return new Response(NULL_BODY.has(response.status) ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/** The layer's error inside a library's error (its cause chain), if there is one. */
export function connectorErrorIn(error: unknown): ConnectorError | null {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof ConnectorError) return current;
    current = current.cause;
  }
  return null;
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
