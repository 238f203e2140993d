// One Mastodon-compatible server, spoken to in JSON with a bearer token. Every failure is
// sorted here into what the outbox or the connect screen needs, in plain words.
import type { ConnectorContext } from '../connector';
import {
  say,
  type CoreMessageKey,
  type MessageParams,
  type OwnerMessage,
} from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';
import { CertificateRefused } from '../http/fetch-failure';
import { httpCall } from '../http/http-call';
import type { HttpNetwork } from '../http/http-network';

/** What Cadence was doing, so a refusal can name the permission or the fix that applies. */
export type During = 'sign-in' | 'publish' | 'upload' | 'read';

const PERMISSION: Record<During, string> = {
  'sign-in': 'read',
  read: 'read',
  publish: 'write:statuses',
  upload: 'write:media',
};

export interface MastodonRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  during: During;
  /** The request or its answer holds a credential other than the bearer token (OAuth): https only. */
  credential?: boolean;
}

export interface MastodonReply {
  status: number;
  body: unknown;
}

/** The instance address as Cadence stores it: scheme, host and any path, without a trailing slash. */
export function instanceBase(instanceUrl: string): string {
  const url = new URL(instanceUrl);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function hostOf(base: string): string {
  return new URL(base).host;
}

export class MastodonApi {
  private readonly network: HttpNetwork;

  constructor(
    private readonly ctx: ConnectorContext,
    readonly base: string,
    private readonly token: string | null,
  ) {
    this.network = {
      name: hostOf(base),
      // Mastodon forgets an Idempotency-Key an hour after the status it made, so after a 5xx
      // the outbox asks (verifyStatus) rather than trust a resend that may come too late.
      recognisesResend: false,
      // The bearer token travels in the Authorization header, which the layer guards itself.
      secretInEveryRequest: false,
      serverAnswer: (answer) => serverMessage(answer.json) ?? `HTTP ${answer.status}`,
    };
  }

  /** Sends a request; a 2xx answer comes back, anything else is thrown as a ConnectorError. */
  async call(path: string, request: MastodonRequest): Promise<MastodonReply> {
    const reply = await this.send(path, request);
    if (reply.status >= 200 && reply.status < 300) return { status: reply.status, body: reply.body };
    throw failureFor(reply.status, reply.body, request.during);
  }

  /**
   * Like call, but hands back every answer but 429 and 5xx, for callers that read 404 or a
   * redirect as an answer. No answer, 429 and 5xx are thrown as the HTTP layer sorts them.
   */
  async send(path: string, request: MastodonRequest): Promise<MastodonReply & { headers: Headers }> {
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    try {
      const answer = await httpCall(this.ctx, this.network, {
        method: request.method ?? 'GET',
        url: `${this.base}${path}`,
        headers,
        body: request.form ?? request.json,
        redirect: 'manual',
        credential: request.credential,
      });
      return { status: answer.status, body: answer.json, headers: answer.headers };
    } catch (error) {
      throw request.during === 'sign-in' && error instanceof ConnectorError
        ? forSignIn(error, this.network.name)
        : error;
    }
  }
}

/** Mastodon's own explanation from an error body ({ error, error_description }), if any. */
export function serverMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, error_description: description } = body as Record<string, unknown>;
  if (typeof description === 'string' && description) return description;
  return typeof error === 'string' && error ? error : undefined;
}

function failureFor(status: number, body: unknown, during: During): ConnectorError {
  const said = serverMessage(body);
  const details = { httpStatus: status, serverAnswer: said ?? `HTTP ${status}` };
  if (status === 401) {
    return new ConnectorError(
      'auth',
      during === 'sign-in'
        ? say('connectors.mastodon.tokenNotAccepted')
        : say('connectors.mastodon.signInRejected'),
      details,
    );
  }
  if (status === 403) {
    const permission = PERMISSION[during];
    return new ConnectorError(
      'permission',
      during === 'sign-in'
        ? quoting(
            said,
            'connectors.mastodon.tokenLacksPermission',
            'connectors.mastodon.tokenLacksPermissionSaying',
            {
              permission,
            },
          )
        : quoting(
            said,
            'connectors.mastodon.signInLacksPermission',
            'connectors.mastodon.signInLacksPermissionSaying',
            {
              permission,
            },
          ),
      details,
    );
  }
  if (status === 422) {
    return new ConnectorError(
      'rejected',
      during === 'upload'
        ? quoting(said, 'connectors.mastodon.imageRefused', 'connectors.mastodon.imageRefusedSaying')
        : quoting(said, 'connectors.mastodon.postRefused', 'connectors.mastodon.postRefusedSaying'),
      details,
    );
  }
  if (status === 404 && during === 'sign-in') {
    return new ConnectorError('config', say('connectors.mastodon.notAServer'), details);
  }
  return new ConnectorError(
    'rejected',
    quoting(said, 'connectors.mastodon.requestRefused', 'connectors.mastodon.requestRefusedSaying'),
    details,
  );
}

/** The message, with the server's own words quoted when it gave any. */
function quoting(
  said: string | undefined | null,
  plain: CoreMessageKey,
  saying: CoreMessageKey,
  params: MessageParams = {},
): OwnerMessage {
  return said ? say(saying, { ...params, said }) : say(plain, params);
}

/** While signing in nothing retries by itself: the owner is told what to check, or to try again. */
function forSignIn(failure: ConnectorError, host: string): ConnectorError {
  if (failure.kind === 'offline' && !(failure instanceof CertificateRefused)) {
    return new ConnectorError('offline', say('connectors.mastodon.unreachable', { host }), failure.details);
  }
  if ((failure.kind === 'server' || failure.kind === 'unknown') && failure.details.httpStatus) {
    return new ConnectorError(
      failure.kind,
      say('connectors.mastodon.serverProblem', { host, status: failure.details.httpStatus }),
      failure.details,
    );
  }
  return failure;
}
