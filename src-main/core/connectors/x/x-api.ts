// X API v2 with one access token: every request through the shared HTTP layer, every answer
// other than a success sorted into plain words (x-errors), and every answer shown to an
// observer, which reads the post caps X reports in its headers.
import { ConnectorError } from '../connector-error';
import type { ConnectorContext } from '../connector';
import { httpCall } from '../http/http-call';
import type { HttpAnswer, HttpNetwork } from '../http/http-network';
import { refusalFor, troubleFor, xSaid, type During, type UploadSubject } from './x-errors';

export interface XRequest {
  method?: 'GET' | 'POST';
  /** The path under the API's base, with its query: "/2/users/me?user.fields=…". */
  path: string;
  json?: unknown;
  form?: FormData;
  during: During;
  /** What a refusal during an upload names: the photo “cake.png”, or its description. */
  subject?: UploadSubject;
}

/** Sees every answer X gives, including refusals and 429s. */
export type AnswerObserver = (answer: HttpAnswer, request: XRequest) => void;

export class XApi {
  constructor(
    private readonly ctx: ConnectorContext,
    private readonly base: string,
    private readonly accessToken: string,
    private readonly observe: AnswerObserver = () => {},
  ) {}

  /** Sends a request; a 2xx answer comes back, anything else is thrown as a ConnectorError. */
  async call(request: XRequest): Promise<HttpAnswer> {
    // The layer throws 429 and 5xx itself; this copy of the network keeps the answer that
    // did, so X's own reason (a spent plan cap, the 24-hour post limit) can be read from it.
    let troubled: HttpAnswer | undefined;
    const network: HttpNetwork = {
      ...X_NETWORK,
      serverAnswer: (answer) => {
        troubled = answer;
        return describe(answer);
      },
    };
    let answer: HttpAnswer;
    try {
      answer = await httpCall(this.ctx, network, {
        method: request.method ?? 'GET',
        url: `${this.base}${request.path}`,
        headers: { authorization: `Bearer ${this.accessToken}`, accept: 'application/json' },
        body: request.form ?? request.json,
        redirect: 'manual',
      });
    } catch (error) {
      if (!(error instanceof ConnectorError) || !troubled) throw error;
      this.observe(troubled, request);
      throw troubleFor(error, troubled, this.ctx.clock.now());
    }
    this.observe(answer, request);
    if (answer.status >= 200 && answer.status < 300) return answer;
    throw refusalFor(answer, request.during, request.subject);
  }
}

/** X, as the shared HTTP layer needs to know it. */
export const X_NETWORK: HttpNetwork = {
  name: 'X',
  // X has no idempotency key: a lost answer to a post is checked (verify), never resent blindly.
  recognisesResend: false,
  // The bearer token travels in the Authorization header, which the layer guards itself.
  secretInEveryRequest: false,
  serverAnswer: describe,
};

function describe(answer: HttpAnswer): string {
  return xSaid(answer.json) ?? `HTTP ${answer.status}`;
}
