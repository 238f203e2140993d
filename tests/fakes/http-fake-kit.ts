// Shared plumbing for the loopback fakes of remote services: one server loop, body reading,
// content-type and multipart parsing, replies, a request log and a queue of injected faults.
// Every fake builds on this so that they all fail, hang and close the same way.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** The path without the query string, percent-decoding left to the fake. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  receivedAt: number;
}

export interface FakeReply {
  status: number;
  headers?: Record<string, string>;
  /** Sent as JSON unless `text` or `bytes` is given; omitted bodies send nothing (for 204 and redirects). */
  json?: unknown;
  text?: string;
  /** Raw bytes, e.g. an image a fake's CDN serves. */
  bytes?: Buffer;
  contentType?: string;
}

/**
 * `hang` leaves the request unanswered until the fake closes, as a stalled server would;
 * `destroy` cuts the connection without an answer, as a crashed server or a dropped link would.
 */
export type FakeOutcome = FakeReply | 'hang' | 'destroy';

export type FakeHandler = (request: RecordedRequest) => FakeOutcome | Promise<FakeOutcome>;

export interface RunningFake {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface StartOptions {
  now?: () => number;
  /** Bodies above this are refused with 413 before the handler sees them. */
  maxBodyBytes?: number;
}

export async function startHttpFake(handle: FakeHandler, options: StartOptions = {}): Promise<RunningFake> {
  const now = options.now ?? Date.now;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024 * 1024;
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > maxBodyBytes) {
        res.writeHead(413).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks),
        receivedAt: now(),
      };
      requests.push(request);
      Promise.resolve()
        .then(() => handle(request))
        .then(
          (outcome) => {
            if (outcome === 'destroy') req.socket.destroy();
            else if (outcome !== 'hang' && !res.destroyed) writeReply(res, outcome);
          },
          (error: unknown) => {
            if (!res.destroyed) writeReply(res, { status: 500, text: `fake crashed: ${String(error)}` });
          },
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Hanging requests never end on their own; cut them so the client sees the drop.
        server.closeAllConnections();
      }),
  };
}

function writeReply(res: ServerResponse, reply: FakeReply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let payload: string | Buffer | undefined;
  if (reply.bytes !== undefined) {
    payload = reply.bytes;
    headers['content-type'] ??= reply.contentType ?? 'application/octet-stream';
  } else if (reply.text !== undefined) {
    payload = reply.text;
    headers['content-type'] ??= reply.contentType ?? 'text/plain; charset=utf-8';
  } else if (reply.json !== undefined) {
    payload = JSON.stringify(reply.json);
    headers['content-type'] ??= reply.contentType ?? 'application/json; charset=utf-8';
  }
  res.writeHead(reply.status, headers);
  res.end(payload);
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

export interface ContentType {
  mediaType: string;
  params: Record<string, string>;
}

export function parseContentType(value: string | undefined): ContentType | undefined {
  if (!value) return undefined;
  const [type, ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    const key = param.slice(0, eq).trim().toLowerCase();
    params[key] = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { mediaType: (type ?? '').trim().toLowerCase(), params };
}

export function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) };
  } catch (error) {
    return { ok: false, error: `body is not valid JSON (${(error as Error).message})` };
  }
}

/** Matches a request by method and path; `times` says how many requests the fault applies to. */
export interface FaultMatch {
  method?: string;
  path?: string | RegExp;
  times?: number;
}

export class FaultQueue<F> {
  private readonly rules: { fault: F; method?: string; path?: string | RegExp; remaining: number }[] = [];

  add(fault: F, match: FaultMatch = {}): void {
    this.rules.push({
      fault,
      method: match.method?.toUpperCase(),
      path: match.path,
      remaining: match.times ?? 1,
    });
  }

  /** The first queued fault matching this request, consumed by one use. */
  take(method: string, path: string): F | undefined {
    const index = this.rules.findIndex(
      (rule) =>
        (!rule.method || rule.method === method.toUpperCase()) &&
        (!rule.path || (typeof rule.path === 'string' ? rule.path === path : rule.path.test(path))),
    );
    const rule = this.rules[index];
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules.splice(index, 1);
    return rule.fault;
  }

  get pending(): number {
    return this.rules.length;
  }

  clear(): void {
    this.rules.length = 0;
  }
}
