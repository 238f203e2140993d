// A loopback HTTP proxy in front of a real server (the test PDS), so that the connection
// itself can misbehave after the server did its work: with transport faults queued, the
// proxy forwards the request, lets the server answer, and then loses that answer (cuts the
// socket, answers 502, or cuts it after a wait). Everything else passes through unchanged.
import { startHttpFake, type FakeReply, type RecordedRequest } from '../fakes/http-fake-kit';
import { TransportFaults } from '../fakes/transport-faults';

/** Hop-by-hop and length headers the proxy sets itself. */
const NOT_FORWARDED = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
/** Answers that name the account's PDS in a DID document, which a client would then use directly. */
const SESSION_PATHS = /^\/xrpc\/com\.atproto\.server\.(createSession|refreshSession|getSession)$/;

export interface FaultyProxy {
  url: string;
  transport: TransportFaults;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFaultyProxy(upstream: string): Promise<FaultyProxy> {
  const transport = new TransportFaults();
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
  const server = await startHttpFake((request) => transport.apply(request, () => forward(request)));
  return {
    url: server.url,
    transport,
    requests: server.requests,
    close: async () => {
      transport.dispose();
      await server.close();
    },
  };
}
