// The Threads Graph API with one access token: every request through the shared HTTP layer,
// the token in the Authorization header (never in a URL that could reach a log), POST params
// form-encoded in the body as the Graph API reads them, and every refusal in plain words.
import type { ConnectorContext } from '../connector';
import { httpCall } from '../http/http-call';
import type { HttpAnswer, HttpNetwork } from '../http/http-network';
import { THREADS_API_VERSION } from './threads-endpoints';
import { refusalFor, threadsSaid, type During } from './threads-errors';

export interface ThreadsRequest {
  method?: 'GET' | 'POST';
  /** The path under the version: "/me", "/{user-id}/threads". */
  path: string;
  params?: Record<string, string>;
  during: During;
  /** The post answers another: a missing object then means the answered post is gone. */
  replying?: boolean;
}

/** Threads, as the shared HTTP layer needs to know it. */
export const THREADS_NETWORK: HttpNetwork = {
  name: 'Threads',
  // No idempotency key: a lost answer to threads_publish is checked (verify), never resent blindly.
  recognisesResend: false,
  // The token travels in the Authorization header (or, for the token endpoints, marked credential).
  secretInEveryRequest: false,
  serverAnswer: (answer) => threadsSaid(answer.json) ?? `HTTP ${answer.status}`,
};

export class ThreadsApi {
  constructor(
    private readonly ctx: ConnectorContext,
    private readonly base: string,
    private readonly accessToken: string,
  ) {}

  /** Sends a request; a 2xx answer comes back, anything else is thrown as a ConnectorError. */
  async call(request: ThreadsRequest): Promise<HttpAnswer> {
    const method = request.method ?? 'GET';
    const url = new URL(`${this.base}/${THREADS_API_VERSION}${request.path}`);
    const form = new URLSearchParams(request.params ?? {});
    if (method === 'GET') url.search = form.toString();
    const answer = await httpCall(this.ctx, THREADS_NETWORK, {
      method,
      url: url.toString(),
      headers: {
        authorization: `Bearer ${this.accessToken}`,
        accept: 'application/json',
        ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: method === 'POST' ? form.toString() : undefined,
      redirect: 'manual',
    });
    if (answer.status >= 200 && answer.status < 300) return answer;
    throw refusalFor(answer, request.during, this.ctx.clock.now(), request.replying);
  }
}
