// `npm run web`: the built renderer and the same core, over HTTP on 127.0.0.1 only.
// For development, headless machines and the end-to-end tests; never part of the packaged app.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Core } from '../core/create-core';
import type { AppErrorShape, Result } from '../shared/errors';
import {
  BASE_HEADERS,
  foreignPageReason,
  hostIsLoopback,
  isJsonContentType,
  newToken,
  offeredTokens,
  tokenCookie,
  tokensMatch,
  TOKEN_QUERY,
} from './access';
import { resolveStaticPath, sendMediaFile, sendStaticFile, SHA256_HEX } from './files';

const HOST = '127.0.0.1';
/** Enough for media.add's 20 MB image in base64 plus its JSON envelope. */
export const MAX_BODY_BYTES = 30 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;

export interface WebServerOptions {
  core: Core;
  /** The built renderer; defaults to out/renderer under the current directory. */
  rendererDir?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface WebServer {
  /** The address to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { core } = options;
  const rendererDir = resolve(options.rendererDir ?? 'out/renderer');
  const token = newToken();
  const streams = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[cadence web] request failed', error);
      if (!response.headersSent) sendText(response, 500, 'Cadence could not answer that request.');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hostIsLoopback(request.headers.host, port)) {
      return sendText(response, 403, 'Forbidden: Cadence web mode answers only on its loopback address.');
    }
    // The Host passed the loopback check, so it names this server: its origin is this page's.
    const foreign = foreignPageReason(request, `http://${request.headers.host}`);
    if (foreign) {
      return sendText(
        response,
        403,
        `Forbidden: Cadence web mode answers only its own page, not ${foreign}.`,
      );
    }
    const url = new URL(request.url ?? '/', `http://${HOST}:${port}`);
    if (!offeredTokens(request, url, port).some((offered) => tokensMatch(token, offered))) {
      return sendText(
        response,
        403,
        'Forbidden: open the address (with its token) that `npm run web` printed.',
      );
    }
    const method = request.method ?? 'GET';
    const path = url.pathname;

    if (path.startsWith('/api/invoke/')) {
      if (method !== 'POST') return sendText(response, 405, 'Use POST.', { Allow: 'POST' });
      return invoke(request, response, path.slice('/api/invoke/'.length));
    }
    if (path === '/api/events') {
      if (method !== 'GET') return sendText(response, 405, 'Use GET.', { Allow: 'GET' });
      return openEventStream(request, response);
    }
    if (method !== 'GET' && method !== 'HEAD')
      return sendText(response, 405, 'Use GET.', { Allow: 'GET, HEAD' });
    if (path.startsWith('/media/')) {
      const sha256 = path.slice('/media/'.length);
      if (SHA256_HEX.test(sha256) && (await sendMediaFile(response, core.mediaPath(sha256)))) return;
      return sendText(response, 404, 'No such image.');
    }
    const file = resolveStaticPath(rendererDir, path);
    if (!file) return sendText(response, 404, 'Not found.');
    // The first load brings the token in the address; the cookie lets the page's assets and API calls follow.
    const cookie: Record<string, string> = url.searchParams.has(TOKEN_QUERY)
      ? { 'Set-Cookie': tokenCookie(token, port) }
      : {};
    if (await sendStaticFile(response, file, cookie)) return;
    // Browsers ask for a favicon on their own; an empty answer keeps a 404 out of the console.
    if (path === '/favicon.ico') {
      response.writeHead(204, BASE_HEADERS);
      return void response.end();
    }
    sendText(response, 404, 'Not found.');
  }

  async function invoke(
    request: IncomingMessage,
    response: ServerResponse,
    rawChannel: string,
  ): Promise<void> {
    let channel: string;
    try {
      channel = decodeURIComponent(rawChannel);
    } catch {
      return sendResult(response, 400, failure('UNKNOWN_CHANNEL', 'Cadence does not know that request.'));
    }
    // A form or a text/plain fetch from another page needs no CORS preflight; JSON always does.
    if (!isJsonContentType(request.headers['content-type'])) {
      request.resume();
      return sendResult(
        response,
        415,
        failure('INVALID_INPUT', 'Send the request as JSON (Content-Type: application/json).'),
      );
    }
    const body = await readBody(request);
    if (body === 'too-large') {
      return sendResult(
        response,
        413,
        failure('INVALID_INPUT', 'That request is too large (30 MB at most).'),
      );
    }
    let input: unknown;
    if (body.length > 0) {
      try {
        input = JSON.parse(body.toString('utf8'));
      } catch {
        return sendResult(response, 400, failure('INVALID_INPUT', 'The request was not valid JSON.'));
      }
    }
    sendResult(response, 200, await core.invoke(channel, input));
  }

  function openEventStream(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // Tell EventSource to come back quickly after a drop, then confirm the stream is open.
    response.write('retry: 2000\n: connected\n\n');
    const unsubscribe = core.subscribe((event) => response.write(`data: ${JSON.stringify(event)}\n\n`));
    // Comments keep idle proxies and the browser from deciding the stream is dead.
    const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
    streams.add(response);
    const cleanUp = () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(response);
    };
    request.on('close', cleanUp);
    response.on('close', cleanUp);
  }

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', fail);
      ready();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}/?${TOKEN_QUERY}=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((done) => {
        for (const stream of streams) stream.end();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

function failure(code: AppErrorShape['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  const body = JSON.stringify(result);
  response.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(body)),
  });
  response.end(body);
}

function sendText(
  response: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    ...BASE_HEADERS,
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(message)),
  });
  response.end(message);
}

/** The whole body, or 'too-large' as soon as it passes the limit (the rest is not buffered). */
function readBody(request: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((done, fail) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      request.resume();
      return done('too-large');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => done(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', fail);
  });
}
