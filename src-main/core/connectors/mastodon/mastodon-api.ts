// One Mastodon-compatible server, spoken to in JSON with a bearer token. Every failure is
// sorted here into what the outbox or the connect screen needs, in plain words.
import type { ConnectorContext } from '../connector';
import { ConnectorError } from '../connector-error';
import { CertificateRefused } from '../http/fetch-failure';
import { httpCall } from '../http/http-call';
import type { HttpNetwork } from '../http/http-network';

/** What Cadence was doing, so a refusal can name the permission or the fix that applies. */
export type During = 'sign-in' | 'publish' | 'upload' | 'read';

export const RECONNECT = 'Reconnect Mastodon in Settings.';

const PERMISSION: Record<During, string> = {
  'sign-in': 'read',
  read: 'read',
  publish: 'write:statuses',
  upload: 'write:media',
};

export interface MastodonRequest {
  method?: 'GET' | 'POST';
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
  const quoted = said ? ` (“${said}”)` : '';
  if (status === 401) {
    return new ConnectorError(
      'auth',
      during === 'sign-in'
        ? 'Mastodon did not accept that access token. Check that you copied all of it, or make a new one in Mastodon under Preferences → Development.'
        : `Mastodon no longer accepts Cadence's sign-in. ${RECONNECT}`,
      details,
    );
  }
  if (status === 403) {
    const permission = PERMISSION[during];
    return new ConnectorError(
      'permission',
      during === 'sign-in'
        ? `Mastodon refused${quoted}: that access token lacks the ${permission} permission. In Mastodon under Preferences → Development, give the app the read and write permissions, then paste its new token.`
        : `Mastodon refused${quoted}: Cadence's sign-in lacks the ${permission} permission. ${RECONNECT}`,
      details,
    );
  }
  if (status === 422) {
    return new ConnectorError(
      'rejected',
      during === 'upload'
        ? `Mastodon refused an image${quoted}. Use a smaller image or another format, then publish again.`
        : `Mastodon refused the post${quoted}. Edit the post to fix that, then publish again.`,
      details,
    );
  }
  if (status === 404 && during === 'sign-in') {
    return new ConnectorError(
      'config',
      'That server does not answer like a Mastodon server. Check the address.',
      details,
    );
  }
  return new ConnectorError('rejected', `Mastodon refused the request${quoted}.`, details);
}

/** While signing in nothing retries by itself: the owner is told what to check, or to try again. */
function forSignIn(failure: ConnectorError, host: string): ConnectorError {
  if (failure.kind === 'offline' && !(failure instanceof CertificateRefused)) {
    return new ConnectorError(
      'offline',
      `Cadence could not reach ${host}. Check the address.`,
      failure.details,
    );
  }
  if ((failure.kind === 'server' || failure.kind === 'unknown') && failure.details.httpStatus) {
    return new ConnectorError(
      failure.kind,
      `${host} had a problem (HTTP ${failure.details.httpStatus}). Try again in a few minutes.`,
      failure.details,
    );
  }
  return failure;
}
