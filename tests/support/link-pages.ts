// A small web server on 127.0.0.1 serving pages with OpenGraph tags, their pictures, redirects
// and misbehaving answers, for the link card reader. Each route answers with what a test set.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface LinkPages {
  /** The server's address, http://127.0.0.1:<port>. */
  origin: string;
  /** Paths asked for, in order. */
  readonly asked: string[];
  route(path: string, answer: Route): void;
  stop(): Promise<void>;
}

export async function startLinkPages(): Promise<LinkPages> {
  const routes = new Map<string, Route>();
  const asked: string[] = [];
  const server = createServer((request, response) => {
    asked.push(request.url ?? '');
    const route = routes.get(request.url ?? '');
    if (route) return route(request, response);
    response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    asked,
    route: (path, answer) => void routes.set(path, answer),
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A route answering an HTML page whose head carries these meta tags (property → content) and no <title>. */
export function htmlPage(tags: Record<string, string>, bodyFiller = ''): Route {
  const meta = Object.entries(tags)
    .map(([property, content]) => `<meta property="${property}" content="${content}">`)
    .join('\n');
  const html = `<!doctype html><html><head>${meta}</head><body>${bodyFiller}</body></html>`;
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  };
}

export function imageRoute(bytes: Buffer, type = 'image/png'): Route {
  return (_request, response) => void response.writeHead(200, { 'content-type': type }).end(bytes);
}

export function redirectTo(location: string): Route {
  return (_request, response) => void response.writeHead(302, { location }).end();
}
