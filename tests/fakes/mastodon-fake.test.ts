import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, test } from 'vitest';
import { startMastodonFake, type MastodonFake, type MastodonFakeOptions } from './mastodon-fake';

let fake: MastodonFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: MastodonFakeOptions = {}): Promise<MastodonFake> {
  fake = await startMastodonFake(options);
  return fake;
}

function api(target: MastodonFake, token: string | null = target.accessToken) {
  return async (
    method: string,
    path: string,
    init: { json?: unknown; form?: FormData; headers?: Record<string, string>; signal?: AbortSignal } = {},
  ) => {
    const headers: Record<string, string> = { ...init.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${target.url}${path}`, {
      method,
      headers,
      body: init.form ?? (init.json === undefined ? undefined : JSON.stringify(init.json)),
      redirect: 'manual',
      signal: init.signal,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
}

const png = () => new Blob([Buffer.from('89504e470d0a1a0a', 'hex')], { type: 'image/png' });

describe('Mastodon fake: sign-in', () => {
  test('registers an app and completes the authorization-code flow with PKCE', async () => {
    const m = await start();
    const call = api(m, null);
    const redirectUri = 'http://127.0.0.1:53682/callback';
    const app = await call('POST', '/api/v1/apps', {
      json: { client_name: 'Cadence', redirect_uris: [redirectUri], scopes: 'read write' },
    });
    expect(app.status).toBe(200);
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const query = new URLSearchParams({
      client_id: app.body.client_id,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'read write',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state: 'xyz',
    });
    const authorized = await call('GET', `/oauth/authorize?${query.toString()}`);
    expect(authorized.status).toBe(302);
    const location = new URL(authorized.headers.get('location') ?? '');
    expect(location.searchParams.get('state')).toBe('xyz');
    const code = location.searchParams.get('code') ?? '';
    const exchange = (code_verifier: string) =>
      call('POST', '/oauth/token', {
        json: {
          grant_type: 'authorization_code',
          code,
          code_verifier,
          client_id: app.body.client_id,
          client_secret: app.body.client_secret,
          redirect_uri: redirectUri,
        },
      });
    const token = await exchange(verifier);
    expect(token.body).toMatchObject({ token_type: 'Bearer', scope: 'read write' });
    const me = await api(m, token.body.access_token)('GET', '/api/v1/accounts/verify_credentials');
    expect(me.body.username).toBe('cadence_owner');
    // The code was spent on the first exchange.
    expect((await exchange(verifier)).body.error).toBe('invalid_grant');
    expect(m.violations).toEqual([]);
  });

  test('refuses a wrong verifier, a missing challenge and a plain challenge', async () => {
    const m = await start();
    const call = api(m, null);
    const redirectUri = 'http://127.0.0.1:9/cb';
    const app = (
      await call('POST', '/api/v1/apps', {
        json: { client_name: 'C', redirect_uris: [redirectUri], scopes: 'read' },
      })
    ).body;
    const authorize = async (extra: Record<string, string>) => {
      const query = new URLSearchParams({
        client_id: app.client_id,
        redirect_uri: redirectUri,
        response_type: 'code',
        ...extra,
      });
      return new URL(
        (await call('GET', `/oauth/authorize?${query.toString()}`)).headers.get('location') ?? '',
      );
    };
    expect((await authorize({})).searchParams.get('error')).toBe('invalid_request');
    expect(
      (await authorize({ code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' })).searchParams.get(
        'error',
      ),
    ).toBe('invalid_request');
    const code = (
      await authorize({ code_challenge: 'a'.repeat(43), code_challenge_method: 'S256' })
    ).searchParams.get('code');
    const token = await call('POST', '/oauth/token', {
      json: {
        grant_type: 'authorization_code',
        code,
        code_verifier: 'b'.repeat(43),
        client_id: app.client_id,
        client_secret: app.client_secret,
        redirect_uri: redirectUri,
      },
    });
    expect(token).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect(m.violations).toEqual([]);
  });

  test("answers 401 with Mastodon's error for a missing or unknown token, and sends rate-limit headers", async () => {
    const m = await start();
    const anonymous = await api(m, null)('GET', '/api/v1/accounts/verify_credentials');
    expect(anonymous).toMatchObject({ status: 401, body: { error: 'The access token is invalid' } });
    expect((await api(m, 'nope')('GET', '/api/v1/notifications')).status).toBe(401);
    const instance = await api(m, null)('GET', '/api/v2/instance');
    expect(instance.body.configuration.statuses).toEqual({
      max_characters: 500,
      max_media_attachments: 4,
      characters_reserved_per_url: 23,
    });
    expect(instance.headers.get('x-ratelimit-limit')).toBe('300');
    expect(instance.headers.get('x-ratelimit-reset')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(m.violations).toEqual([]);
  });
});

describe('Mastodon fake: posting', () => {
  test('the same Idempotency-Key returns the same status and creates nothing new, for an hour', async () => {
    let now = Date.parse('2025-03-01T10:00:00Z');
    const m = await start({ now: () => now });
    const call = api(m);
    const post = (key: string, status: string) =>
      call('POST', '/api/v1/statuses', { json: { status }, headers: { 'idempotency-key': key } });
    const first = await post('target-1', 'Spring menu is here');
    const again = await post('target-1', 'a different body is ignored');
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.content).toBe('<p>Spring menu is here</p>');
    expect(m.statuses).toHaveLength(1);
    expect((await post('target-2', 'Another')).body.id).not.toBe(first.body.id);
    now += 61 * 60 * 1000;
    expect((await post('target-1', 'After the window')).body.id).not.toBe(first.body.id);
    expect(m.statuses).toHaveLength(3);
    expect(m.violations).toEqual([]);
  });

  test('counts URLs as the reserved characters and refuses text over the instance limit', async () => {
    const m = await start({ config: { instance: { maxCharacters: 40 } } });
    const call = api(m);
    const longUrl = `https://example.com/${'a'.repeat(80)}`;
    expect((await call('POST', '/api/v1/statuses', { json: { status: `Menu: ${longUrl}` } })).status).toBe(
      200,
    );
    const tooLong = await call('POST', '/api/v1/statuses', { json: { status: 'x'.repeat(41) } });
    expect(tooLong).toMatchObject({
      status: 422,
      body: { error: 'Validation failed: Text character limit of 40 exceeded' },
    });
    expect(m.violations).toEqual([]);
  });

  test('media answers 202 while processing, 206 on polls, then 200, and cannot be attached before', async () => {
    const m = await start({ config: { mediaProcessingPolls: 2 } });
    const call = api(m);
    const form = new FormData();
    form.append('file', png(), 'cake.png');
    form.append('description', 'A lemon cake');
    const upload = await call('POST', '/api/v2/media', { form });
    expect(upload.status).toBe(202);
    expect(upload.body.url).toBeNull();
    const early = await call('POST', '/api/v1/statuses', {
      json: { status: 'Cake', media_ids: [upload.body.id] },
    });
    expect(early.status).toBe(422);
    expect((await call('GET', `/api/v1/media/${upload.body.id}`)).status).toBe(206);
    expect((await call('GET', `/api/v1/media/${upload.body.id}`)).status).toBe(206);
    const ready = await call('GET', `/api/v1/media/${upload.body.id}`);
    expect(ready.status).toBe(200);
    expect(ready.body.url).toMatch(/cake\.png$/);
    const posted = await call('POST', '/api/v1/statuses', {
      json: { status: 'Cake', media_ids: [upload.body.id] },
    });
    expect(posted.body.media_attachments[0].description).toBe('A lemon cake');
    // Attached media is no longer reachable through the media endpoint.
    expect((await call('GET', `/api/v1/media/${upload.body.id}`)).status).toBe(404);
    expect(m.violations).toEqual([]);
  });

  test('an invalid request is refused before handling and recorded', async () => {
    const m = await start();
    const response = await api(m)('POST', '/api/v1/statuses', {
      json: { status: 'hi', visibility: 'everyone' },
    });
    expect(response.status).toBe(422);
    expect(m.statuses).toHaveLength(0);
    expect(m.violations.join('\n')).toContain('must be equal to one of the allowed values');
  });
});

describe('Mastodon fake: scheduled statuses', () => {
  test('holds a status for its time, remembers its key, moves and cancels it, then publishes it', async () => {
    let clock = Date.parse('2026-12-07T08:00:00Z');
    const m = await start({ now: () => clock });
    const call = api(m);
    const at = '2026-12-07T09:00:00.000Z';
    const tooSoon = await call('POST', '/api/v1/statuses', {
      json: { status: 'Soon', scheduled_at: '2026-12-07T08:03:00.000Z' },
    });
    expect(tooSoon).toMatchObject({ status: 422, body: { error: expect.stringContaining('future') } });

    const headers = { 'Idempotency-Key': 'k-1' };
    const first = await call('POST', '/api/v1/statuses', {
      json: { status: 'Bread', scheduled_at: at },
      headers,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ scheduled_at: at, params: { text: 'Bread', idempotency: 'k-1' } });
    const again = await call('POST', '/api/v1/statuses', {
      json: { status: 'Bread', scheduled_at: at },
      headers,
    });
    expect(again.body.id).toBe(first.body.id);
    expect((await call('GET', '/api/v1/scheduled_statuses')).body).toHaveLength(1);

    const moved = await call('PUT', `/api/v1/scheduled_statuses/${first.body.id}`, {
      json: { scheduled_at: '2026-12-07T10:00:00.000Z' },
    });
    expect(moved.body.scheduled_at).toBe('2026-12-07T10:00:00.000Z');
    const other = await call('POST', '/api/v1/statuses', {
      json: { status: 'Cakes', scheduled_at: at },
      headers: { 'Idempotency-Key': 'k-2' },
    });
    expect((await call('DELETE', `/api/v1/scheduled_statuses/${other.body.id}`)).status).toBe(200);
    expect((await call('GET', `/api/v1/scheduled_statuses/${other.body.id}`)).status).toBe(404);

    clock = Date.parse('2026-12-07T10:00:00Z');
    expect((await call('GET', `/api/v1/scheduled_statuses/${first.body.id}`)).status).toBe(404);
    expect(m.statuses.map((s) => s.text)).toEqual(['Bread']);
    expect(m.scheduledStatuses).toEqual([]);
    // The key now names the status the server made: a repeat returns it instead of a second one.
    const repeat = await call('POST', '/api/v1/statuses', { json: { status: 'Bread' }, headers });
    expect(repeat.body.id).toBe(m.statuses[0]!.id);
    expect(m.violations).toEqual([]);
  });
});
