// A loopback HTTP proxy in front of a real server (the test PDS), so that the connection
// itself can misbehave after the server did its work: with transport faults queued, the
// proxy forwards the request, lets the server answer, and then loses that answer (cuts the
// socket, answers 502, or cuts it after a wait). With a refusal queued, it answers 429 as the
// PDS's rate limiter does, without forwarding. Everything else passes through unchanged.
import { FaultQueue, startHttpFake, type FakeReply, type RecordedRequest } from '../fakes/http-fake-kit';
import { TransportFaults } from '../fakes/transport-faults';

/** Hop-by-hop and length headers the proxy sets itself. */
const NOT_FORWARDED = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
/** Answers that name the account's PDS in a DID document, which a client would then use directly. */
const SESSION_PATHS = /^\/xrpc\/com\.atproto\.server\.(createSession|refreshSession|getSession)$/;

/** The PDS's own refusal: 429 with its ratelimit-* headers, the reset in Unix seconds. */
export type ProxyRefusal = { kind: 'rate-limited'; resetInSeconds: number };

export interface FaultyProxy {
  url: string;
  transport: TransportFaults;
  refusals: FaultQueue<ProxyRefusal>;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFaultyProxy(
  upstream: string,
  options: { now?: () => number } = {},
): Promise<FaultyProxy> {
  const now = options.now ?? Date.now;
  const transport = new TransportFaults();
  const refusals = new FaultQueue<ProxyRefusal>();
  const refuse = (refusal: ProxyRefusal): FakeReply => ({
    status: 429,
    headers: {
      'ratelimit-limit': '30',
      'ratelimit-remaining': '0',
      'ratelimit-reset': String(Math.ceil(now() / 1000) + refusal.resetInSeconds),
      'ratelimit-policy': '30;w=300',
    },
    json: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
  });
  const forward = async (request: RecordedRequest): Promise<FakeReply> => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined && !NOT_FORWARDED.has(name)) headers.set(name, String(value));
    }
    const query = request.query.toString();
    const response = await fetch(`${upstream}${request.path}${query ? `?${query}` : ''}`, {
      method: request.method,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? undefined : new Uint8Array(request.body),
      redirect: 'manual',
    });
    let text = await response.text();
    if (SESSION_PATHS.test(request.path) && response.ok) {
      // Without the DID document the client keeps talking to the proxy instead of the PDS.
      const { didDoc: _dropped, ...session } = JSON.parse(text) as Record<string, unknown>;
      text = JSON.stringify(session);
    }
    const answered: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!NOT_FORWARDED.has(name) && name !== 'content-encoding') answered[name] = value;
    });
    return { status: response.status, headers: answered, text };
  };
  const server = await startHttpFake((request) => {
    const refusal = refusals.take(request.method, request.path);
    return refusal ? refuse(refusal) : transport.apply(request, () => forward(request));
  });
  return {
    url: server.url,
    transport,
    refusals,
    requests: server.requests,
    close: async () => {
      transport.dispose();
      await server.close();
    },
  };
}
