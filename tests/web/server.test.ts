// Web mode's HTTP boundary, over real sockets on 127.0.0.1 against a real core and a tiny
// renderer folder. node:http is used directly because fetch() will not let a test forge Host.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join, resolve } from 'node:path';
import { describe, expect } from 'vitest';
import { CONTENT_SECURITY_POLICY, tokenCookieName } from '../../src-main/web/access';
import { startWebServer, type WebServer } from '../../src-main/web/server';
import { it } from '../support/core-fixture';
import { PNG_1X1 } from '../support/crafted-images';
import type { TestCore } from '../support/test-core';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

let app: TestCore;
let server: WebServer;
let rendererDir: string;

// The core comes from the fixture, which closes it after the server.
it.beforeEach(async ({ t, newFolder }) => {
  app = t;
  const folder = newFolder();
  rendererDir = join(folder, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Cadence</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("hi");');
  writeFileSync(join(folder, 'secret.txt'), 'do not serve me');
  server = await startWebServer({ core: app.core, rendererDir });
});

it.afterEach(() => server.close());

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

const withToken = (headers: Record<string, string> = {}) => ({ 'x-cadence-token': server.token, ...headers });

function invoke(channel: string, body?: string) {
  return send(`/api/invoke/${channel}`, {
    method: 'POST',
    headers: withToken({ 'content-type': 'application/json' }),
    body,
  });
}

describe('who may talk to web mode', () => {
  it('prints a loopback URL carrying a long random token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses requests without the token, or with a wrong one', async () => {
    const none = await send('/');
    expect(none.status).toBe(403);
    expect(none.headers['content-type']).toMatch(/^text\/plain/);
    expect((await send('/?token=wrong')).status).toBe(403);
    expect((await send('/', { headers: { 'x-cadence-token': `${server.token}x` } })).status).toBe(403);
    expect((await send('/', { headers: { cookie: `${tokenCookieName(server.port)}=nope` } })).status).toBe(
      403,
    );
    expect((await send('/api/invoke/profile.get', { method: 'POST' })).status).toBe(403);
  });

  it('refuses any Host but the loopback one, even with the right token', async () => {
    for (const host of [
      `evil.example:${server.port}`,
      'evil.example',
      `127.0.0.1:${server.port + 1}`,
      '127.0.0.1',
    ]) {
      const reply = await send(`/?token=${server.token}`, { headers: { host } });
      expect(reply.status, host).toBe(403);
      expect(reply.headers['set-cookie'], host).toBeUndefined();
    }
    const viaLocalhost = await send('/', { headers: withToken({ host: `localhost:${server.port}` }) });
    expect(viaLocalhost.status).toBe(200);
  });

  it('sets an HttpOnly SameSite=Strict cookie on the first load, which then lets assets load', async () => {
    const first = await send(`/?token=${server.token}`);
    expect(first.status).toBe(200);
    const cookie = first.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toContain(`${tokenCookieName(server.port)}=${server.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);

    const asset = await send('/assets/app.js', { headers: { cookie: cookie.split(';')[0]! } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.body).toBe('console.log("hi");');
  });
});

describe('pages on other local ports', () => {
  const ownOrigin = () => `http://127.0.0.1:${server.port}`;
  const cookie = () => `${tokenCookieName(server.port)}=${server.token}`;
  const profileName = async () => (await app.call('profile.get')).name;

  it('names the cookie after the port, so servers on two ports keep their own', async () => {
    expect(tokenCookieName(server.port)).toBe(`cadence_token_${server.port}`);
    const first = await send(`/?token=${server.token}`);
    expect(first.headers['set-cookie']?.[0]).toMatch(new RegExp(`^cadence_token_${server.port}=`));
    // The cookie a server on another port set is not this server's.
    const otherPort = { cookie: `${tokenCookieName(server.port + 1)}=${server.token}` };
    expect((await send('/', { headers: otherPort })).status).toBe(403);
    expect((await send('/', { headers: { cookie: `cadence_token=${server.token}` } })).status).toBe(403);
  });

  it('refuses a text/plain call from another port’s page, even with the cookie the browser sends along', async () => {
    const before = await profileName();
    const reply = await send('/api/invoke/profile.update', {
      method: 'POST',
      headers: {
        cookie: cookie(),
        origin: `http://127.0.0.1:${server.port + 1}`,
        'sec-fetch-site': 'same-site',
        'content-type': 'text/plain;charset=UTF-8',
      },
      body: JSON.stringify({ name: 'Hijacked' }),
    });
    expect(reply.status).toBe(403);
    expect(await profileName()).toBe(before);
  });

  it.each([
    ['another port in Origin', { origin: 'http://127.0.0.1:8000' }],
    ['localhost on another port', { origin: 'http://localhost:8000' }],
    ['an opaque Origin', { origin: 'null' }],
    ['a same-site fetch without Origin', { 'sec-fetch-site': 'same-site' }],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
    [
      'an Origin on what claims to be typed in',
      { 'sec-fetch-site': 'none', origin: 'http://127.0.0.1:8000' },
    ],
  ])('refuses %s, on the API, the page, the event stream and media', async (_case, headers) => {
    const withCookie = { cookie: cookie(), ...headers };
    const api = await send('/api/invoke/profile.update', {
      method: 'POST',
      headers: { ...withCookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Hijacked' }),
    });
    expect(api.status).toBe(403);
    expect((await send('/', { headers: withCookie })).status).toBe(403);
    expect((await send('/api/events', { headers: withCookie })).status).toBe(403);
    expect((await send(`/media/${'0'.repeat(64)}`, { headers: withCookie })).status).toBe(403);
    expect(await profileName()).not.toBe('Hijacked');
  });

  it('answers its own page: a same-origin JSON call with the cookie', async () => {
    const reply = await send('/api/invoke/profile.update', {
      method: 'POST',
      headers: {
        cookie: cookie(),
        origin: ownOrigin(),
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ name: 'Corner Bakery' }),
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Corner Bakery' } });
    // Reached as localhost too, its origin is the one it was asked for.
    const viaLocalhost = await send('/api/invoke/profile.get', {
      method: 'POST',
      headers: {
        host: `localhost:${server.port}`,
        origin: `http://localhost:${server.port}`,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
        cookie: cookie(),
      },
    });
    expect(viaLocalhost.status).toBe(200);
  });

  it('loads the page the owner opened by typing the address, with no Origin', async () => {
    const typed = await send(`/?token=${server.token}`, { headers: { 'sec-fetch-site': 'none' } });
    expect(typed.status).toBe(200);
    const asset = await send('/assets/app.js', {
      headers: { cookie: cookie(), 'sec-fetch-site': 'same-origin' },
    });
    expect(asset.status).toBe(200);
  });

  it('takes only JSON on the API: 415 for any other content type, before reading the body', async () => {
    for (const type of [
      undefined,
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
    ]) {
      const reply = await send('/api/invoke/profile.update', {
        method: 'POST',
        headers: withToken(type ? { 'content-type': type } : {}),
        body: JSON.stringify({ name: 'Not JSON' }),
      });
      expect(reply.status, type).toBe(415);
      expect(JSON.parse(reply.body), type).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    const charset = await send('/api/invoke/profile.get', {
      method: 'POST',
      headers: withToken({ 'content-type': 'Application/JSON; charset=utf-8' }),
    });
    expect(charset.status).toBe(200);
    expect(await profileName()).not.toBe('Not JSON');
  });
});

describe('static files', () => {
  it('serves the page with the renderer’s strict CSP as a header', async () => {
    const page = await send('/', { headers: withToken() });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends the same policy as src-renderer/index.html, minus the Electron-only media scheme', () => {
    const html = readFileSync(resolve(__dirname, '../../src-renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const directives = (policy: string) =>
      new Map(
        policy
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name, values]),
      );
    const page = directives(meta!);
    const header = directives(CONTENT_SECURITY_POLICY);
    for (const [name, values] of page) {
      // The web page has no cadence-media: scheme; its images and videos come from /media.
      const expected =
        name === 'img-src' || name === 'media-src' ? values.filter((v) => v !== 'cadence-media:') : values;
      expect(header.get(name), name).toEqual(expected);
    }
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never leaves the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/%00index.html',
      '/%E0%A4%A',
    ]) {
      const reply = await send(path, { headers: withToken() });
      expect(reply.status, path).toBe(404);
      expect(reply.body, path).not.toContain('do not serve me');
    }
  });

  it('answers 404 for files that do not exist', async () => {
    expect((await send('/nope.js', { headers: withToken() })).status).toBe(404);
    expect((await send('/assets', { headers: withToken() })).status).toBe(404);
    // Browsers ask for this unprompted; an empty answer keeps their consoles clean.
    expect((await send('/favicon.ico', { headers: withToken() })).status).toBe(204);
  });
});

describe('invoking the core', () => {
  it('returns the core’s result as JSON', async () => {
    const reply = await invoke('posts.create', JSON.stringify({ body: 'Fresh bread at 7' }));
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body);
    expect(result.ok).toBe(true);
    expect(result.value.body).toBe('Fresh bread at 7');
    expect(await app.call('posts.get', { id: result.value.id })).toMatchObject({ body: 'Fresh bread at 7' });
  });

  it('treats an empty body as no input', async () => {
    const result = JSON.parse((await invoke('profile.get')).body);
    expect(result).toMatchObject({ ok: true, value: { timeZone: 'America/New_York' } });
  });

  it('answers unknown channels, malformed JSON and invalid input with typed errors', async () => {
    expect(JSON.parse((await invoke('posts.explode', '{}')).body)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', key: 'errors.unknownRequest', message: expect.any(String) },
    });
    const malformed = await invoke('posts.create', '{"body": ');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'The request was not valid JSON.' },
    });
    const invalid = JSON.parse((await invoke('posts.create', JSON.stringify({ body: 42 }))).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(invalid.error.message).toMatch(/^body:/);
    // And the server is still there.
    expect(JSON.parse((await invoke('profile.get')).body).ok).toBe(true);
  });

  it('refuses bodies over the size limit without reading them into memory', async () => {
    const reply = await invoke('posts.create', 'x'.repeat(31 * 1024 * 1024));
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('accepts only POST for invocations', async () => {
    expect((await send('/api/invoke/profile.get', { headers: withToken() })).status).toBe(405);
  });
});

describe('events', () => {
  it('streams core events as server-sent events', async () => {
    const received = await new Promise<string>((done, fail) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          headers: withToken({ host: `127.0.0.1:${server.port}` }),
        },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes(': connected') && !text.includes('data:')) {
              void app.call('posts.create', { body: 'Streamed' });
            }
            const data = /^data: (.+)$/m.exec(text);
            if (data) {
              req.destroy();
              done(data[1]!);
            }
          });
        },
      );
      req.on('error', fail);
      req.end();
    });
    expect(JSON.parse(received)).toEqual({ type: 'post.changed', postId: expect.any(String) });
  });
});

describe('media', () => {
  it('serves a stored image by its hash, and nothing else under /media', async () => {
    const post = await app.call('posts.create', { body: 'With a picture' });
    const item = await app.call('media.add', {
      postId: post.id,
      fileName: 'dot.png',
      mimeType: 'image/png',
      dataBase64: PNG_1X1,
    });
    const image = await send(`/media/${item.sha256}`, { headers: withToken() });
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-length']).toBe(String(Buffer.from(PNG_1X1, 'base64').length));

    expect((await send(`/media/${'0'.repeat(64)}`, { headers: withToken() })).status).toBe(404);
    expect((await send('/media/../secret.txt', { headers: withToken() })).status).toBe(404);
    expect((await send(`/media/${item.sha256.toUpperCase()}`, { headers: withToken() })).status).toBe(404);
    expect((await send(`/media/${item.sha256}`)).status).toBe(403);
  });

  it('serves a stored mp4 video as video/mp4', async () => {
    const video = readFileSync(new URL('../fixtures/media/tiny-h264.mp4', import.meta.url));
    const post = await app.call('posts.create', { body: 'With a video' });
    const item = await app.call('media.add', {
      postId: post.id,
      fileName: 'oven.mp4',
      mimeType: 'video/mp4',
      dataBase64: video.toString('base64'),
    });
    const served = await send(`/media/${item.sha256}`, { headers: withToken() });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('video/mp4');
    expect(served.headers['content-length']).toBe(String(video.length));
  });
});
