import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { startMetaGraphFake, type MetaGraphFake } from '../meta/graph-fake';
import { approveThreadsAuthorization } from './owner-browser';
import { threadsTextLength } from './routes';
import {
  CADENCE_THREADS_SCOPES,
  startThreadsFake,
  type ThreadsFake,
  type ThreadsFakeOptions,
} from './threads-fake';

let fake: ThreadsFake | undefined;
let meta: MetaGraphFake | undefined;
afterEach(async () => {
  await fake?.close();
  await meta?.close();
  fake = undefined;
  meta = undefined;
});

const REDIRECT = 'http://127.0.0.1:53682/callback';

async function start(options: ThreadsFakeOptions = {}) {
  fake = await startThreadsFake(options);
  return fake;
}

function api(t: ThreadsFake, token: string) {
  return async (method: string, path: string, params: Record<string, string> = {}) => {
    const url = new URL(`${t.graphUrl}${path}`);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    const response = await fetch(url, { method, headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: await response.json() };
  };
}

describe('Threads fake: tokens', () => {
  test('authorize, code for a short-lived token, long-lived exchange, refresh only after a day', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const t = await start({ now: () => now });
    const query = new URLSearchParams({
      client_id: t.app.appId,
      redirect_uri: REDIRECT,
      scope: CADENCE_THREADS_SCOPES.join(','),
      response_type: 'code',
      state: 'st',
    });
    const approved = await approveThreadsAuthorization(`${t.authorizeUrl}?${query.toString()}`, {
      appId: t.app.appId,
      redirectUri: REDIRECT,
    });
    expect(approved.redirect.hash).toBe('#_');
    const exchange = await fetch(`${t.url}/oauth/access_token`, {
      method: 'POST',
      body: new URLSearchParams({
        client_id: t.app.appId,
        client_secret: t.app.appSecret,
        code: approved.code ?? '',
        grant_type: 'authorization_code',
        redirect_uri: REDIRECT,
      }),
    });
    const raw = await exchange.text();
    expect(raw).toContain(`"user_id":${t.world.profile.id}}`);
    const short = JSON.parse(raw);
    const get = async (path: string, params: Record<string, string>) =>
      (await fetch(`${t.url}${path}?${new URLSearchParams(params).toString()}`)).json();
    const long = await get('/access_token', {
      grant_type: 'th_exchange_token',
      client_secret: t.app.appSecret,
      access_token: short.access_token,
    });
    expect(long).toMatchObject({ token_type: 'bearer', expires_in: 5_184_000 });
    expect(
      (
        await get('/refresh_access_token', {
          grant_type: 'th_refresh_token',
          access_token: long.access_token,
        })
      ).error.code,
    ).toBe(190);
    now += 25 * 60 * 60 * 1000;
    const refreshed = await get('/refresh_access_token', {
      grant_type: 'th_refresh_token',
      access_token: long.access_token,
    });
    expect(refreshed.expires_in).toBe(5_184_000);
    const me = await api(t, refreshed.access_token)('GET', '/me', {
      fields: 'id,username,threads_profile_picture_url',
    });
    expect(me.body).toMatchObject({ id: t.world.profile.id, username: 'cadencebakery' });
    expect((await api(t, short.access_token)('GET', '/me')).body.error).toMatchObject({
      code: 190,
      error_subcode: 463,
    });
    expect(t.violations).toEqual([]);
  });
});

describe('Threads fake: publishing', () => {
  test('text post and reply, 500-character limit with emoji counted as UTF-8 bytes, recent posts and insights', async () => {
    const t = await start();
    const call = api(t, t.issueToken());
    const container = await call('POST', `/${t.world.profile.id}/threads`, {
      media_type: 'TEXT',
      text: 'Fresh bread at 8',
    });
    const post = await call('POST', '/me/threads_publish', { creation_id: container.body.id });
    expect(t.calls.at(-1)?.query).toEqual({ creation_id: container.body.id });
    const reply = await call('POST', '/me/threads', {
      media_type: 'TEXT',
      text: 'and rolls',
      reply_to_id: post.body.id,
    });
    await call('POST', '/me/threads_publish', { creation_id: reply.body.id });
    expect(threadsTextLength('😀')).toBe(4);
    expect(
      (await call('POST', '/me/threads', { media_type: 'TEXT', text: `${'a'.repeat(497)}😀` })).body.error
        .code,
    ).toBe(100);
    expect((await call('POST', '/me/threads', { media_type: 'TEXT', text: 'a'.repeat(500) })).status).toBe(
      200,
    );
    const recent = await call('GET', '/me/threads', { fields: 'id,text,timestamp,permalink,media_type' });
    expect(recent.body.data).toEqual([
      expect.objectContaining({ id: post.body.id, text: 'Fresh bread at 8', media_type: 'TEXT_POST' }),
    ]);
    const later = String(Math.floor(Date.now() / 1000) + 60);
    expect((await call('GET', '/me/threads', { since: later })).body.data).toEqual([]);
    const insights = await call('GET', '/me/threads_insights', { metric: 'followers_count' });
    expect(insights.body.data[0]).toMatchObject({ name: 'followers_count', total_value: { value: 432 } });
    expect(t.violations).toEqual([]);
  });

  test('image from a public CDN: IN_PROGRESS then FINISHED, refused before; the owner’s localhost fails', async () => {
    meta = await startMetaGraphFake();
    const t = await start({ settings: { containerPolls: 1 } });
    t.publicOrigins.push(meta.url);
    const page = meta.page;
    const accounts = await (
      await fetch(`${meta.graphUrl}/me/accounts?access_token=${meta.userToken()}`)
    ).json();
    const form = new FormData();
    const jpeg = await sharp({ create: { width: 3, height: 3, channels: 3, background: '#333' } })
      .jpeg()
      .toBuffer();
    form.append('source', new Blob([new Uint8Array(jpeg)]), 'a.jpg');
    form.append('published', 'false');
    const photo = await (
      await fetch(`${meta.graphUrl}/${page.id}/photos?access_token=${accounts.data[0].access_token}`, {
        method: 'POST',
        body: form,
      })
    ).json();
    const imageUrl = meta.cdnUrl(meta.world.photos.get(photo.id)!);
    const call = api(t, t.issueToken());
    const container = await call('POST', '/me/threads', {
      media_type: 'IMAGE',
      image_url: imageUrl,
      text: 'Rye',
    });
    const status = () => call('GET', `/${container.body.id}`, { fields: 'status,error_message' });
    expect((await status()).body.status).toBe('IN_PROGRESS');
    expect(
      (await call('POST', '/me/threads_publish', { creation_id: container.body.id })).body.error.code,
    ).toBe(24);
    expect((await status()).body.status).toBe('FINISHED');
    expect((await call('POST', '/me/threads_publish', { creation_id: container.body.id })).status).toBe(200);
    const local = await call('POST', '/me/threads', {
      media_type: 'IMAGE',
      image_url: 'http://localhost:5174/media/a.jpg',
    });
    await call('GET', `/${local.body.id}`, { fields: 'status' });
    expect((await call('GET', `/${local.body.id}`, { fields: 'status,error_message' })).body).toMatchObject({
      status: 'ERROR',
      error_message: 'UNKNOWN',
    });
    expect(t.violations).toEqual([]);
  });

  test('refuses an undocumented param and records it; faults and a lost answer', async () => {
    const t = await start();
    const call = api(t, t.issueToken());
    const bad = await call('POST', '/me/threads', { media_type: 'TEXT', text: 'hi', visibility: 'public' });
    expect(bad.body.error).toMatchObject({ code: 100, fbtrace_id: expect.any(String) });
    expect(t.violations.join('\n')).toContain('Unrecognized key: "visibility"');
    t.violations.length = 0;
    t.faults.add({ kind: 'rate-limited' }, { path: '/me/threads' });
    expect((await call('POST', '/me/threads', { media_type: 'TEXT', text: 'x' })).body.error.code).toBe(4);
    const container = await call('POST', '/me/threads', { media_type: 'TEXT', text: 'Lost' });
    t.transport.add({ kind: 'bad-gateway-after-handling' }, { path: '/me/threads_publish' });
    const lost = await fetch(
      `${t.graphUrl}/me/threads_publish?creation_id=${container.body.id}&access_token=${t.issueToken()}`,
      { method: 'POST' },
    );
    expect(lost.status).toBe(502);
    expect(t.world.posts.map((post) => post.text)).toEqual(['Lost']);
    expect(t.violations).toEqual([]);
  });
});
