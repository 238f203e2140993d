// The small web server that receives a sign-in's OAuth redirect (Mastodon, and the networks
// signed in with the owner's own app). It listens on 127.0.0.1 only, for the length of one
// sign-in: on a port the system picks, or on the one port a network sends the browser back to
// (X and Meta compare the registered address letter for letter, port included).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LanguageChoice } from '../../shared/app-settings';
import { say } from '../../shared/messages/owner-message';
import { pageWords, signInPage, type PageSentences } from './sign-in-page';

export const CALLBACK_PATH = '/oauth/callback';

export interface CallbackAnswer {
  status: number;
  /** The words for the browser tab, said in the owner's language. */
  said: PageSentences;
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

export interface LoopbackOptions {
  /** The one port the network sends the browser back to; the system picks one when absent. */
  port?: number;
  /** The language chosen in Settings, read when a page is written. */
  language?: () => LanguageChoice;
}

export async function startLoopback(
  onCallback: (query: URLSearchParams) => Promise<CallbackAnswer>,
  { port = 0, language = () => 'system' }: LoopbackOptions = {},
): Promise<LoopbackServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const answer: Promise<CallbackAnswer> =
      req.method === 'GET' && url.pathname === CALLBACK_PATH
        ? onCallback(url.searchParams)
        : Promise.resolve({ status: 404, said: [say('signIn.nothingHere')] });
    void answer
      .catch((): CallbackAnswer => ({ status: 500, said: [say('signIn.pageFailed')] }))
      .then(({ status, said, continueTo }) => {
        const words = pageWords(req.headers['accept-language'], language());
        res.writeHead(status, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'none'",
          'cache-control': 'no-store',
          // One answer per connection, so closing the server never waits on a kept-alive socket.
          connection: 'close',
        });
        res.end(signInPage(words, said, continueTo));
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
