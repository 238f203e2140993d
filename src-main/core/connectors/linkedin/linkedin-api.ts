// LinkedIn's API with one access token: every request through the shared HTTP layer, every
// /rest call with the pinned LinkedIn-Version and Rest.li 2.0, and every refusal in plain words.
import type { ConnectorContext } from '../connector';
import { ConnectorError } from '../connector-error';
import { httpCall, type HttpRequest } from '../http/http-call';
import type { HttpAnswer, HttpNetwork } from '../http/http-network';
import { linkedInSaid, refusalFor, troubleFor, type During, type Needs } from './linkedin-errors';
import { LINKEDIN_API_VERSION, RESTLI_PROTOCOL_VERSION } from './linkedin-version';

export interface LinkedInRequest {
  method?: 'GET' | 'POST' | 'PUT';
  /** A path under the API's base ("/rest/posts", "/v2/userinfo"), or a whole upload URL. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  during: During;
  /** The permission the call needs, named when LinkedIn refuses it (403). */
  needs?: Needs;
}

/** LinkedIn, as the shared HTTP layer needs to know it. */
export const LINKEDIN_NETWORK: HttpNetwork = {
  name: 'LinkedIn',
  // No idempotency key: a lost answer to a post is checked (verify), never resent blindly.
  recognisesResend: false,
  // The token travels in the Authorization header, which the layer guards itself.
  secretInEveryRequest: false,
  serverAnswer: (answer) => linkedInSaid(answer.json) ?? `HTTP ${answer.status}`,
};

export class LinkedInApi {
  constructor(
    private readonly ctx: ConnectorContext,
    private readonly base: string,
    private readonly accessToken: string,
  ) {}

  /** Sends a request; a 2xx answer comes back, anything else is thrown as a ConnectorError. */
  async call(request: LinkedInRequest): Promise<HttpAnswer> {
    const url = new URL(/^https?:/.test(request.path) ? request.path : `${this.base}${request.path}`);
    if (request.query) url.search = new URLSearchParams(request.query).toString();
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.accessToken}`,
      accept: 'application/json',
    };
    if (url.pathname.startsWith('/rest/')) {
      headers['linkedin-version'] = LINKEDIN_API_VERSION;
      headers['x-restli-protocol-version'] = RESTLI_PROTOCOL_VERSION;
    }
    // The layer throws 429 and 5xx itself; the answer is kept so LinkedIn's words can be read.
    let troubled: HttpAnswer | undefined;
    const network: HttpNetwork = {
      ...LINKEDIN_NETWORK,
      serverAnswer: (answer) => {
        troubled = answer;
        return LINKEDIN_NETWORK.serverAnswer!(answer);
      },
    };
    const sent: HttpRequest = {
      method: request.method ?? 'GET',
      url: url.toString(),
      headers,
      body: request.body,
      redirect: 'manual',
    };
    let answer: HttpAnswer;
    try {
      answer = await httpCall(this.ctx, network, sent);
    } catch (error) {
      if (!(error instanceof ConnectorError) || !troubled) throw error;
      throw troubleFor(error, troubled, this.ctx.clock.now());
    }
    if (answer.status >= 200 && answer.status < 300) return answer;
    throw refusalFor(answer, request.during, request.needs);
  }
}
