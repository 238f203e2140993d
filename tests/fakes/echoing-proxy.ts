// A loopback proxy in front of a fake network that answers chosen requests itself with what it
// was sent, the way a misconfigured server's 404 page ("No route for POST /bot<token>/…") or a
// debugging proxy listing the request headers does. Every other request goes through to the
// fake unchanged, so connecting and checking still meet the fake's rules.
import { startHttpFake, type FakeReply, type RecordedRequest } from './http-fake-kit';

/** The request as a server would echo it: method, path with query, headers and body. */
export interface EchoedRequest {
  method: string;
  /** The path with its query string, as it came in. */
  target: string;
  /** "name: value" lines, as a debugging page lists them. */
  headerLines: string;
  body: string;
}

/** Decides whether to answer a request itself (with the echo) or pass it on. */
export type Echo = (request: EchoedRequest) => FakeReply | undefined;

export interface EchoingProxy {
  url: string;
  /** How many answers the proxy wrote itself. */
  echoed: number;
  close(): Promise<void>;
}

/** Headers that describe one hop of the connection, not the answer: never passed along. */
const HOP_HEADERS = new Set([
  'connection',
  'content-length',
  'content-encoding',
  'keep-alive',
  'transfer-encoding',
]);

export async function startEchoingProxy(upstream: string, echo: Echo): Promise<EchoingProxy> {
  const proxy = {
    url: '',
    echoed: 0,
    close: async () => {},
  };
  const server = await startHttpFake(async (request) => {
    const echoed = echoOf(request);
    const reply = echo(echoed);
    if (reply) {
      proxy.echoed += 1;
      return reply;
    }
    return forward(upstream, request, echoed.target);
  });
  proxy.url = server.url;
  proxy.close = server.close;
  return proxy;
}

function echoOf(request: RecordedRequest): EchoedRequest {
  const query = request.query.toString();
  return {
    method: request.method,
    target: query ? `${request.path}?${query}` : request.path,
    headerLines: Object.entries(request.headers)
      .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(', ') : value}`)
      .join('\n'),
    body: request.body.toString('utf8'),
  };
}

async function forward(upstream: string, request: RecordedRequest, target: string): Promise<FakeReply> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === 'host' || HOP_HEADERS.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const response = await fetch(`${upstream}${target}`, {
    method: request.method,
    headers,
    body: hasBody ? new Uint8Array(request.body) : undefined,
    redirect: 'manual',
  });
  const replyHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!HOP_HEADERS.has(name)) replyHeaders[name] = value;
  });
  return { status: response.status, headers: replyHeaders, bytes: Buffer.from(await response.arrayBuffer()) };
}
