// The small web server that receives Mastodon's OAuth redirect. It listens on 127.0.0.1 only,
// on a port the system picks, for the length of one sign-in.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const CALLBACK_PATH = '/oauth/callback';

export interface CallbackAnswer {
  status: number;
  /** Plain words for the browser tab. */
  message: string;
}

export interface LoopbackServer {
  redirectUri: string;
  /** Stops listening; a page being answered still finishes. */
  close(): void;
}

export async function startLoopback(
  onCallback: (query: URLSearchParams) => Promise<CallbackAnswer>,
): Promise<LoopbackServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const answer =
      req.method === 'GET' && url.pathname === CALLBACK_PATH
        ? onCallback(url.searchParams)
        : Promise.resolve({ status: 404, message: 'Nothing is here. Go back to Cadence.' });
    void answer
      .catch(() => ({
        status: 500,
        message: 'Cadence could not finish the sign-in. Start again in Cadence.',
      }))
      .then(({ status, message }) => {
        res.writeHead(status, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'none'",
          'cache-control': 'no-store',
          // One answer per connection, so closing the server never waits on a kept-alive socket.
          connection: 'close',
        });
        res.end(page(message));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`,
    close: () => {
      server.close();
      server.closeIdleConnections();
    },
  };
}

function page(message: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cadence</title></head>
<body><p>${escapeHtml(message)}</p></body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
