// The Graph API with one access token: every request through the shared HTTP layer, the token
// in the Authorization header (never in a URL that could reach a log), params form-encoded the
// way Graph reads them, every answer checked against what the caller expects, and every refusal
// sorted into plain words (graph-errors).
import type { z } from 'zod';
import { say } from '../../../shared/messages/owner-message';
import type { ConnectorContext } from '../connector';
import { ConnectorError } from '../connector-error';
import { httpCall } from '../http/http-call';
import type { HttpAnswer, HttpNetwork } from '../http/http-network';
import { describeAnswer, refusalFor, type During, type MetaLabel, type Subject } from './graph-errors';

export type GraphParams = Record<string, string | number | boolean | undefined>;

export interface GraphRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  /** The path under the versioned base: "/123/feed". */
  path: string;
  /** The query of a GET or DELETE, the form body of a POST. */
  params?: GraphParams;
  /** A multipart body instead (a photo's bytes). */
  form?: FormData;
  during: During;
  /** What a refusal names, when not the post. */
  subject?: Subject;
  /** The Page or Instagram account concerned, whose rate-limit header tells the wait. */
  objectId?: string;
  /** The request carries the app secret (the token exchanges): https only. */
  credential?: boolean;
}

/** Meta, as the shared HTTP layer needs to know it. */
export function metaNetwork(label: MetaLabel): HttpNetwork {
  return {
    name: label,
    // No idempotency key anywhere in the Graph API: a lost answer is checked, never resent blindly.
    recognisesResend: false,
    // The token travels in the Authorization header, which the layer guards itself.
    secretInEveryRequest: false,
    serverAnswer: describeAnswer,
  };
}

export class GraphApi {
  private readonly network: HttpNetwork;

  constructor(
    private readonly ctx: ConnectorContext,
    /** The versioned base: https://graph.facebook.com/v25.0. */
    readonly base: string,
    private readonly token: string | null,
    readonly label: MetaLabel,
  ) {
    this.network = metaNetwork(label);
  }

  /** Sends a request and reads its answer as `expected`; anything else is thrown as a ConnectorError. */
  async call<T>(request: GraphRequest, expected: z.ZodType<T>): Promise<T> {
    const method = request.method ?? 'GET';
    const answer = await this.send(request);
    const write = method !== 'GET';
    if (answer.status < 200 || answer.status >= 300) {
      throw refusalFor(answer, {
        label: this.label,
        during: request.during,
        write,
        subject: request.subject,
        objectId: request.objectId,
        now: this.ctx.clock.now(),
      });
    }
    const parsed = expected.safeParse(answer.json);
    if (parsed.success) return parsed.data;
    // A write Meta accepted must not be repeated blindly, even if its answer makes no sense.
    throw new ConnectorError(
      write ? 'unknown' : 'server',
      say(write ? 'connectors.metaGraph.oddAnswerAfterWrite' : 'connectors.metaGraph.oddAnswer', {
        network: this.label,
      }),
      { httpStatus: answer.status, serverAnswer: answer.excerpt },
    );
  }

  private send(request: GraphRequest): Promise<HttpAnswer> {
    const method = request.method ?? 'GET';
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const url = new URL(`${this.base}${request.path}`);
    let body: FormData | string | undefined = request.form;
    const params = formOf(request.params ?? {});
    if (method === 'POST' && !request.form) {
      body = params.toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    } else {
      for (const [key, value] of params) url.searchParams.append(key, value);
    }
    return httpCall(this.ctx, this.network, {
      method,
      url: url.toString(),
      headers,
      body,
      redirect: 'manual',
      credential: request.credential,
    });
  }
}

/** Graph's form encoding: booleans as true/false, absent values left out. */
export function formOf(params: GraphParams): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) form.set(key, String(value));
  return form;
}
