// Web mode's doors, in a real Chromium: the token leaves the address bar once the page has
// loaded (the cookie carries it from then on), and a page on another local port, which the
// browser sends our cookie along with, cannot drive the core.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page';
import { startApp, type AppHarness } from './support/app-harness';

let app: AppHarness;
let shell: AppPage;
let otherSite: Server;
let otherUrl: string;

beforeAll(async () => {
  app = await startApp();
  shell = new AppPage(app.page);
  await shell.waitUntilLoaded();
  // Any other local web app: a dev server, a tool's dashboard, or a page a download opened.
  otherSite = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Another local page</title><h1>Hello</h1>');
  });
  await new Promise<void>((ready) => otherSite.listen(0, '127.0.0.1', ready));
  otherUrl = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await app?.close();
  await new Promise((done) => otherSite?.close(done));
});

describe('web mode’s address and cookie', () => {
  it('takes the token out of the address bar, and a reload still works from the cookie', async () => {
    expect(app.url).toContain('token=');
    await expect.poll(() => new URL(app.page.url()).searchParams.has('token')).toBe(false);
    await app.page.reload();
    await shell.waitUntilLoaded();
    await expect.poll(() => shell.errorMessages()).toEqual([]);
  });

  it('does not let a page on another local port change anything', async () => {
    const before = (await app.call('profile.get')).name;
    const other = await app.context.newPage();
    await other.goto(otherUrl);
    const target = `${new URL(app.url).origin}/api/invoke/profile.update`;
    // The classic simple request: text/plain needs no CORS preflight, and the browser sends the
    // SameSite=Strict cookie along, since another port of 127.0.0.1 is the same site.
    // The page cannot read the answer either way (Cross-Origin-Resource-Policy blocks it); what
    // matters is whether the request was acted on.
    await other.evaluate(async (url) => {
      await fetch(url, {
        method: 'POST',
        mode: 'no-cors',
        credentials: 'include',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ name: 'Hijacked' }),
      }).catch(() => null);
    }, target);
    // A JSON call is preflighted, and nothing answers the preflight for another origin.
    const preflighted = await other.evaluate(async (url) => {
      try {
        await fetch(url, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: 'Hijacked' }),
        });
        return 'answered';
      } catch {
        return 'refused';
      }
    }, target);
    expect(preflighted).toBe('refused');
    await other.close();
    expect((await app.call('profile.get')).name).toBe(before);
  });
});
