// One Mastodon-compatible server, spoken to in JSON with a bearer token. Every failure is
// sorted here into what the outbox or the connect screen needs, in plain words.
import type { ConnectorContext } from '../connector';
import { ConnectorError } from '../connector-error';
import { timedFetch } from '../timed-fetch';

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
  private readonly fetch: typeof fetch;

  constructor(
    ctx: ConnectorContext,
    readonly base: string,
    private readonly token: string | null,
  ) {
    this.fetch = timedFetch(ctx);
  }

  /** Sends a request; a 2xx answer comes back, anything else is thrown as a ConnectorError. */
  async call(path: string, request: MastodonRequest): Promise<MastodonReply> {
    const reply = await this.send(path, request);
    if (reply.status >= 200 && reply.status < 300) return { status: reply.status, body: reply.body };
    throw failureFor(reply.status, reply.body, reply.headers, request.during);
  }

  /** Like call, but hands back every HTTP answer, for callers that read 404 as an answer. */
  async send(path: string, request: MastodonRequest): Promise<MastodonReply & { headers: Headers }> {
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let body: RequestInit['body'];
    if (request.form) body = request.form;
    else if (request.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.json);
    }
    let response: Response;
    try {
      response = await this.fetch(`${this.base}${path}`, {
        method: request.method ?? 'GET',
        headers,
        body,
        redirect: 'manual',
      });
    } catch (error) {
      throw unreachable(error, hostOf(this.base), request.during);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      // The answer started but never finished: the server may have acted on the request.
      throw unreachable(error, hostOf(this.base), request.during);
    }
    return { status: response.status, body: parseJson(text), headers: response.headers };
  }
}

/** Mastodon's own explanation from an error body ({ error, error_description }), if any. */
export function serverMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { error, error_description: description } = body as Record<string, unknown>;
  if (typeof description === 'string' && description) return description;
  return typeof error === 'string' && error ? error : undefined;
}

function failureFor(status: number, body: unknown, headers: Headers, during: During): ConnectorError {
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
  if (status === 429) {
    const reset = Date.parse(headers.get('x-ratelimit-reset') ?? '');
    return new ConnectorError(
      'rate-limited',
      'Mastodon asked Cadence to slow down. Cadence will try again when the server allows it.',
      { ...details, retryAt: Number.isFinite(reset) ? reset : undefined },
    );
  }
  if (status >= 500) {
    return new ConnectorError('server', `Mastodon had a problem (${status}). Cadence will retry.`, details);
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

function unreachable(error: unknown, host: string, during: During): ConnectorError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new ConnectorError('timeout', `${host} did not answer in time.`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
  return new ConnectorError(
    'offline',
    during === 'sign-in'
      ? `Cadence could not reach ${host}. Check the address.`
      : `Cadence could not reach ${host} (${cause}). Check the connection.`,
    { serverAnswer: cause },
  );
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
