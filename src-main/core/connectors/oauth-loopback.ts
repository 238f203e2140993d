// The small web server that receives a sign-in's OAuth redirect (Mastodon, and the networks
// signed in with the owner's own app). It listens on 127.0.0.1 only, for the length of one
// sign-in: on a port the system picks, or on the one port a network sends the browser back to
// (X and Meta compare the registered address letter for letter, port included).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const CALLBACK_PATH = '/oauth/callback';

export interface CallbackAnswer {
  status: number;
  /** Plain words for the browser tab. */
  message: string;
  /** Where the browser goes on after showing the words (a sign-in asked again). */
  continueTo?: string;
}

export interface LoopbackServer {
  redirectUri: string;
  /** Stops listening; a page being answered still finishes. */
  close(): void;
}

/** The port is taken by another program (or another sign-in): only freeing it helps. */
export class LoopbackPortBusy extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} on 127.0.0.1 is in use`);
  }
}

export async function startLoopback(
  onCallback: (query: URLSearchParams) => Promise<CallbackAnswer>,
  port = 0,
): Promise<LoopbackServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const answer: Promise<CallbackAnswer> =
      req.method === 'GET' && url.pathname === CALLBACK_PATH
        ? onCallback(url.searchParams)
        : Promise.resolve({ status: 404, message: 'Nothing is here. Go back to Cadence.' });
    void answer
      .catch((): CallbackAnswer => ({
        status: 500,
        message: 'Cadence could not finish the sign-in. Start again in Cadence.',
      }))
      .then(({ status, message, continueTo }) => {
        res.writeHead(status, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'none'",
          'cache-control': 'no-store',
          // One answer per connection, so closing the server never waits on a kept-alive socket.
          connection: 'close',
        });
        res.end(page(message, continueTo));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new LoopbackPortBusy(port) : error),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const listening = (server.address() as AddressInfo).port;
  return {
    redirectUri: `http://127.0.0.1:${listening}${CALLBACK_PATH}`,
    close: () => {
      server.close();
      server.closeIdleConnections();
    },
  };
}

function page(message: string, continueTo?: string): string {
  // A meta refresh needs no script, so the page's "default-src 'none'" policy still holds.
  const onward = continueTo ? `<meta http-equiv="refresh" content="4;url=${escapeHtml(continueTo)}">` : '';
  const link = continueTo ? ` <a href="${escapeHtml(continueTo)}">Continue</a>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Cadence</title>${onward}</head>
<body><p>${escapeHtml(message)}${link}</p></body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
