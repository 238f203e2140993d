// The HTTP layer's verdicts, each against a real socket on 127.0.0.1 that misbehaves the way
// a network does: only a failure that proves nothing left this computer may be retried
// blindly (offline); anything after the request may have reached the server is unknown.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { newAgent, toConnectorError } from '../../src-main/core/connectors/bluesky/bluesky-session';
import type { ConnectorContext } from '../../src-main/core/connectors/connector';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { httpCall, type HttpRequest } from '../../src-main/core/connectors/http/http-call';
import type { HttpNetwork } from '../../src-main/core/connectors/http/http-network';
import { tempDir } from '../support/temp-dir';

const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
const ctx: ConnectorContext = { clock, fetch: globalThis.fetch, requestTimeoutMs: 5_000 };
const WITHOUT_KEY: HttpNetwork = { name: 'Chat', recognisesResend: false, secretInEveryRequest: false };
const WITH_KEY: HttpNetwork = { ...WITHOUT_KEY, name: 'Hooks', recognisesResend: true };

const servers: Array<Server | TlsServer> = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A server on 127.0.0.1 that reads each request whole, counts it, then does `then`. */
async function serve(then: (req: IncomingMessage, res: ServerResponse) => void, server?: Server | TlsServer) {
  const received: string[] = [];
  const listening = (server ?? createServer()).on('request', (req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      received.push(`${req.method} ${req.url}`);
      then(req, res);
    });
  });
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  servers.push(listening);
  const { port } = listening.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/send`, port, received };
}

async function failure(work: Promise<unknown>): Promise<ConnectorError> {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectorError);
  return error as ConnectorError;
}

const post = (url: string, network = WITHOUT_KEY, extra: Partial<HttpRequest> = {}) =>
  httpCall(ctx, network, { url, body: { text: 'Fresh bread' }, ...extra });

describe('nothing left this computer: offline, retried freely', () => {
  it('a refused connection', async () => {
    const closed = await serve(() => {});
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const refused = await failure(post(closed.url));
    expect(refused).toMatchObject({ kind: 'offline', retryable: true });
    expect(refused.message).toMatch(/^Could not reach Chat \(.*ECONNREFUSED.*\)\. Check the connection\.$/);
  });

  it('a name with no address (getaddrinfo ENOTFOUND; a 64-letter label is never sent to a resolver)', async () => {
    const nowhere = await failure(post(`http://${'a'.repeat(64)}.invalid/send`));
    expect(nowhere).toMatchObject({ kind: 'offline', retryable: true });
    expect(nowhere.details.serverAnswer).toMatch(/ENOTFOUND/);
  });

  it('a certificate refused before the request was written', async () => {
    const { dir, cleanup } = tempDir('cadence-tls-');
    try {
      execFileSync(
        'openssl',
        [
          ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
          ...[
            '-keyout',
            join(dir, 'key.pem'),
            '-out',
            join(dir, 'cert.pem'),
            '-days',
            '1',
            '-subj',
            '/CN=127.0.0.1',
          ],
        ],
        { stdio: 'ignore' },
      );
      const tls = createTlsServer({
        key: readFileSync(join(dir, 'key.pem')),
        cert: readFileSync(join(dir, 'cert.pem')),
      });
      const server = await serve((_req, res) => res.end('{}'), tls);
      const refused = await failure(post(server.url.replace('http:', 'https:')));
      expect(refused).toMatchObject({ kind: 'offline', retryable: true });
      expect(refused.message).toMatch(
        /^Could not reach Chat securely: its certificate was not accepted \(DEPTH_ZERO_SELF_SIGNED_CERT/,
      );
      expect(server.received).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('a TLS handshake with a server that does not speak TLS', async () => {
    const plain = await serve((_req, res) => res.end('{}'));
    const refused = await failure(post(plain.url.replace('http:', 'https:')));
    expect(refused).toMatchObject({ kind: 'offline', retryable: true });
    expect(refused.details.serverAnswer).toMatch(/ERR_SSL_WRONG_VERSION_NUMBER/);
    expect(plain.received).toEqual([]);
  });
});

describe('the request may have reached the server: unknown, never retried blindly', () => {
  it.each([
    [
      'the socket is destroyed (undici: UND_ERR_SOCKET, other side closed)',
      (req: IncomingMessage) => req.socket.destroy(),
    ],
    ['the connection is reset (ECONNRESET)', (req: IncomingMessage) => req.socket.resetAndDestroy()],
  ])('%s after the request arrived', async (_case, drop) => {
    const server = await serve((req) => drop(req));
    const lost = await failure(post(server.url));
    expect(lost).toMatchObject({ kind: 'unknown', retryable: false });
    expect(lost.message).toMatch(/^The connection to Chat broke before it answered \(.+\)\.$/);
    expect(server.received).toEqual(['POST /send']);
  });

  it('the answer is cut off while its body is read', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"id":');
      setImmediate(() => req.socket.destroy());
    });
    const cut = await failure(post(server.url));
    expect(cut).toMatchObject({ kind: 'unknown' });
    expect(cut.message).toMatch(/^The answer from Chat was cut off \(.+\)\.$/);
  });

  it('no answer within the timeout', async () => {
    const server = await serve(() => {});
    const slow = await failure(
      httpCall({ ...ctx, requestTimeoutMs: 200 }, WITHOUT_KEY, { url: server.url, body: {} }),
    );
    expect(slow).toMatchObject({ kind: 'unknown', message: 'Chat did not answer in time.' });
  });

  it('a 5xx to a write, on a network that cannot recognise a resend', async () => {
    const server = await serve((_req, res) => res.writeHead(502).end('<h1>Bad Gateway</h1>'));
    const gateway = await failure(post(server.url));
    expect(gateway).toMatchObject({
      kind: 'unknown',
      details: { httpStatus: 502, serverAnswer: 'HTTP 502' },
    });
    expect(gateway.message).toBe('Chat had a problem on its side (HTTP 502) after the request reached it.');
  });
});

describe('a server failure that is safe to retry', () => {
  it('a 5xx to a write on a network that recognises a resend, and a 5xx to any read', async () => {
    const server = await serve((_req, res) => res.writeHead(503).end());
    expect(await failure(post(server.url, WITH_KEY))).toMatchObject({
      kind: 'server',
      retryable: true,
      message: 'Hooks had a problem on its side (HTTP 503). Cadence will try again.',
    });
    expect(await failure(httpCall(ctx, WITHOUT_KEY, { url: server.url }))).toMatchObject({ kind: 'server' });
    expect(await failure(post(server.url, WITHOUT_KEY, { effect: 'read' }))).toMatchObject({
      kind: 'server',
    });
  });
});

describe('429: the wait the server asked for', () => {
  const now = clock.now();
  it.each([
    ['Retry-After in seconds', { 'retry-after': '30' }, undefined, now + 30_000],
    [
      'Retry-After as an HTTP date',
      { 'retry-after': new Date(now + 90_000).toUTCString() },
      undefined,
      now + 90_000,
    ],
    [
      'Mastodon’s X-RateLimit-Reset, an ISO date',
      { 'x-ratelimit-reset': '2026-11-25T12:10:00.000000Z' },
      undefined,
      now + 600_000,
    ],
    [
      'Bluesky’s RateLimit-Reset, Unix seconds',
      { 'ratelimit-reset': String(now / 1000 + 120) },
      undefined,
      now + 120_000,
    ],
    ['Telegram’s retry_after in the body', {}, { parameters: { retry_after: 12 } }, now + 12_000],
  ])('%s', async (_case, headers: Record<string, string>, body: unknown, retryAt) => {
    const server = await serve((_req, res) =>
      res.writeHead(429, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body ?? {})),
    );
    const network: HttpNetwork = {
      ...WITHOUT_KEY,
      retryAfterInBody: (json) => (json as { parameters?: { retry_after?: number } }).parameters?.retry_after,
    };
    expect(await failure(post(server.url, network))).toMatchObject({
      kind: 'rate-limited',
      details: { retryAt },
    });
  });
});

describe('credentials never go over plain http, except to this computer', () => {
  const recording = () => {
    const sent: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      sent.push(input instanceof Request ? input.url : String(input));
      return new Response('{}', { status: 200 });
    };
    return { sent, ctx: { ...ctx, fetch } };
  };

  it.each([
    ['a network whose every request holds a secret', { ...WITHOUT_KEY, secretInEveryRequest: true }, {}],
    ['an Authorization header', WITHOUT_KEY, { headers: { authorization: 'Bearer t0ken' } }],
    ['a request marked as carrying a credential', WITHOUT_KEY, { credential: true }],
  ])('refuses %s to a remote http address, sending nothing', async (_case, network, extra) => {
    const { sent, ctx: recorded } = recording();
    const refused = await failure(
      httpCall(recorded, network, { url: 'http://bakery.example/api', ...extra }),
    );
    expect(refused).toMatchObject({ kind: 'config', retryable: false });
    expect(refused.message).toBe(
      'Cadence did not contact Chat: the address http://bakery.example is not encrypted, so your sign-in could be read on the way. Use its https:// address (plain http works only for a server on this computer).',
    );
    expect(sent).toEqual([]);
  });

  it('allows https anywhere, and http to 127.0.0.0/8, ::1 and localhost', async () => {
    const { sent, ctx: recorded } = recording();
    const network = { ...WITHOUT_KEY, secretInEveryRequest: true };
    for (const url of [
      'https://bakery.example/',
      'http://127.0.0.1:8080/',
      'http://127.9.9.9/',
      'http://[::1]:8080/',
      'http://localhost/',
    ]) {
      await httpCall(recorded, network, { url });
    }
    expect(sent).toHaveLength(5);
    for (const url of [
      'http://10.0.0.2/',
      'http://[::2]/',
      'http://localhost.bakery.example/',
      'http://127.0.0.1.nip.io/',
    ]) {
      await expect(httpCall(recorded, network, { url })).rejects.toMatchObject({ kind: 'config' });
    }
    expect(sent).toHaveLength(5);
  });
});

describe("Bluesky's agent goes through the same layer", () => {
  it('sorts a dropped connection, a refusal and a plain-http PDS the same way', async () => {
    const dropping = await serve((req) => req.socket.destroy());
    const agent = await newAgent(ctx, `http://127.0.0.1:${dropping.port}`);
    const lost = toConnectorError(
      await agent.login({ identifier: 'shop.test', password: 'app-password' }).catch((e: unknown) => e),
      'sign-in',
    );
    expect(lost).toMatchObject({ kind: 'unknown' });
    expect(dropping.received).toEqual(['POST /xrpc/com.atproto.server.createSession']);

    const closed = dropping.port;
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const refused = toConnectorError(
      await (
        await newAgent(ctx, `http://127.0.0.1:${closed}`)
      )
        .login({ identifier: 'shop.test', password: 'pw' })
        .catch((e: unknown) => e),
      'sign-in',
    );
    expect(refused).toMatchObject({ kind: 'offline' });

    const plain = toConnectorError(
      await (
        await newAgent(ctx, 'http://pds.bakery.example')
      )
        .login({ identifier: 'shop.test', password: 'pw' })
        .catch((e: unknown) => e),
      'sign-in',
    );
    expect(plain).toMatchObject({ kind: 'config' });
  });
});
