// The little HTTP both spike servers need: listen on 127.0.0.1 only, read a JSON body (counting
// its bytes for the figures in docs/scale.md), answer JSON, and know who is asking.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** Who a token belongs to. The product would verify a JWT from the auth provider instead. */
export interface Identity {
  userId: string;
  device: string;
}

export type Identities = ReadonlyMap<string, Identity>;

export type Route = (request: IncomingMessage, response: ServerResponse, identity: Identity) => Promise<void>;

export interface WireBytes {
  received: number;
  sent: number;
}

export interface LoopbackServer {
  url: string;
  /** Bytes on the wire so far, both ways, headers and framing included. */
  wire(): WireBytes;
  close(): Promise<void>;
}

/** The identity behind `Authorization: Token <t>` (PowerSync's spelling) or `Bearer <t>`. */
function identify(request: IncomingMessage, identities: Identities): Identity | undefined {
  const match = /^(?:Token|Bearer) (\S+)$/.exec(request.headers.authorization ?? '');
  return match ? identities.get(match[1]!) : undefined;
}

export async function startLoopbackServer(identities: Identities, route: Route): Promise<LoopbackServer> {
  const server: Server = createServer((request, response) => {
    const identity = identify(request, identities);
    if (!identity) {
      sendJson(response, 401, { error: 'unknown token' });
      return;
    }
    route(request, response, identity).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { error: String(error) });
      else response.destroy();
    });
  });
  const open = new Set<Socket>();
  const closed: WireBytes = { received: 0, sent: 0 };
  server.on('connection', (socket) => {
    open.add(socket);
    socket.on('close', () => {
      open.delete(socket);
      closed.received += socket.bytesRead;
      closed.sent += socket.bytesWritten;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    wire: () =>
      [...open].reduce(
        (total, socket) => ({
          received: total.received + socket.bytesRead,
          sent: total.sent + socket.bytesWritten,
        }),
        { ...closed },
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function readJson(request: IncomingMessage): Promise<{ value: unknown; bytes: number }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  return { value: body.length > 0 ? JSON.parse(body.toString('utf8')) : undefined, bytes: body.length };
}

export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(value));
}
