import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { pkcePair } from '../oauth-kit';
import { startMetaGraphFake, type MetaFakeOptions, type MetaGraphFake } from './graph-fake';
import { approveFacebookLogin, CADENCE_META_PERMISSIONS } from './owner-browser';

let fake: MetaGraphFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const REDIRECT = 'http://127.0.0.1:53682/callback';

async function start(options: MetaFakeOptions = {}) {
  fake = await startMetaGraphFake(options);
  return fake;
}

function graph(m: MetaGraphFake, token: string) {
  return async (method: string, path: string, params: Record<string, string> | FormData = {}) => {
    const url = new URL(`${m.graphUrl}${path}`);
    let body: FormData | URLSearchParams | undefined;
    if (params instanceof FormData) body = params;
    else if (method === 'GET' || method === 'DELETE')
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    else body = new URLSearchParams(params);
    const response = await fetch(url, { method, body, headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
}

const jpeg = () =>
  sharp({ create: { width: 6, height: 4, channels: 3, background: '#fab005' } })
    .jpeg()
    .toBuffer();

async function pageCall(m: MetaGraphFake) {
  const accounts = await graph(m, m.userToken())('GET', '/me/accounts', {
    fields: 'id,name,access_token,instagram_business_account',
  });
  return { call: graph(m, accounts.body.data[0].access_token), accounts: accounts.body };
}

describe('Meta Graph fake: Facebook Login', () => {
  test('dialog with PKCE, code exchange, long-lived token, Pages with their tokens and Instagram account', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const m = await start({ now: () => now });
    const pkce = pkcePair();
    const dialog = new URL(m.dialogUrl);
    dialog.search = new URLSearchParams({
      client_id: m.app.appId,
      redirect_uri: REDIRECT,
      state: 's-1',
      scope: CADENCE_META_PERMISSIONS.join(','),
      response_type: 'code',
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
    }).toString();
    const approved = await approveFacebookLogin(dialog.toString(), {
      appId: m.app.appId,
      redirectUri: REDIRECT,
      pkce: true,
    });
    expect(approved.redirect.hash).toBe('#_=_');
    expect(approved.state).toBe('s-1');
    const exchange = async (query: Record<string, string>) => {
      const response = await fetch(
        `${m.graphUrl}/oauth/access_token?${new URLSearchParams(query).toString()}`,
      );
      return { status: response.status, body: await response.json() };
    };
    const codeQuery = { client_id: m.app.appId, redirect_uri: REDIRECT, code: approved.code ?? '' };
    expect((await exchange({ ...codeQuery, code_verifier: pkcePair().verifier })).body.error.code).toBe(100);
    const again = await approveFacebookLogin(dialog.toString(), {
      appId: m.app.appId,
      redirectUri: REDIRECT,
      pkce: true,
    });
    const short = await exchange({ ...codeQuery, code: again.code ?? '', code_verifier: pkce.verifier });
    expect(short.body).toMatchObject({ token_type: 'bearer', expires_in: 7200 });
    const long = await exchange({
      grant_type: 'fb_exchange_token',
      client_id: m.app.appId,
      client_secret: m.app.appSecret,
      fb_exchange_token: short.body.access_token,
    });
    expect(long.body.expires_in).toBe(5_183_944);
    now += 3 * 60 * 60 * 1000;
    expect((await graph(m, short.body.access_token)('GET', '/me')).body.error).toMatchObject({
      code: 190,
      error_subcode: 463,
    });
    const accounts = await graph(m, long.body.access_token)('GET', '/me/accounts');
    expect(accounts.body.data[0]).toMatchObject({
      id: m.page.id,
      name: 'Cadence Bakery',
      tasks: expect.any(Array),
    });
    const pageFields = await graph(m, accounts.body.data[0].access_token)('GET', `/${m.page.id}`, {
      fields: 'followers_count,instagram_business_account,name',
    });
    expect(pageFields.body).toEqual({
      id: m.page.id,
      followers_count: 321,
      name: 'Cadence Bakery',
      instagram_business_account: { id: m.page.igUserId },
    });
    expect(pageFields.headers.get('x-app-usage')).toContain('call_count');
    expect(m.violations).toEqual([]);
  });
});

describe('Meta Graph fake: Facebook Page', () => {
  test('unpublished photos served by the CDN, attached to a feed post; scheduled posts; deletes', async () => {
    const m = await start();
    const { call } = await pageCall(m);
    const bytes = await jpeg();
    const form = new FormData();
    form.append('source', new Blob([bytes], { type: 'image/jpeg' }), 'cake.jpg');
    form.append('published', 'false');
    const photo = await call('POST', `/${m.page.id}/photos`, form);
    expect(Object.keys(photo.body)).toEqual(['id']);
    const read = await call('GET', `/${photo.body.id}`, { fields: 'images,link' });
    const cdn = await fetch(read.body.images[0].source);
    expect(Buffer.from(await cdn.arrayBuffer()).equals(bytes)).toBe(true);
    const post = await call('POST', `/${m.page.id}/feed`, {
      message: 'Lemon cake is back',
      'attached_media[0]': JSON.stringify({ media_fbid: photo.body.id }),
    });
    expect(post.body.id).toMatch(new RegExp(`^${m.page.id}_\\d+$`));
    expect(m.calls.find((c) => c.method === 'POST' && c.path.endsWith('/feed'))?.body).toEqual({
      message: 'Lemon cake is back',
      'attached_media[0]': JSON.stringify({ media_fbid: photo.body.id }),
    });
    const scheduled = await call('POST', `/${m.page.id}/feed`, {
      message: 'Tomorrow',
      published: 'false',
      scheduled_publish_time: String(Math.floor(Date.now() / 1000) + 3600),
    });
    expect(scheduled.status).toBe(200);
    const tooSoon = await call('POST', `/${m.page.id}/feed`, {
      message: 'x',
      published: 'false',
      scheduled_publish_time: String(Math.floor(Date.now() / 1000) + 60),
    });
    expect(tooSoon.body.error.code).toBe(100);
    const linked = await call('POST', `/${m.page.id}/feed`, {
      message: 'Menu',
      link: 'https://cadence.example/menu',
    });
    expect(linked.status).toBe(200);
    const byUrl = await call('POST', `/${m.page.id}/photos`, {
      url: read.body.images[0].source,
      caption: 'Again',
    });
    expect(byUrl.body).toEqual({ id: expect.any(String), post_id: expect.any(String) });
    const fromLaptop = await call('POST', `/${m.page.id}/photos`, {
      url: 'http://localhost:5174/media/cake.jpg',
    });
    expect(fromLaptop.body.error.code).toBe(324);
    const feed = await call('GET', `/${m.page.id}/feed`, { fields: 'id,message,created_time,permalink_url' });
    expect(feed.body.data.map((p: { message: string }) => p.message)).toEqual([
      'Again',
      'Menu',
      'Lemon cake is back',
    ]);
    expect((await call('DELETE', `/${photo.body.id}`)).body).toEqual({ success: true });
    expect(m.violations).toEqual([]);
  });

  test('scheduled posts: listed in cursor pages until their time, then published at it on the fake’s clock', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const m = await start({ now: () => now });
    const { call } = await pageCall(m);
    const inSeconds = (s: number) => String(Math.floor(now / 1000) + s);
    const soon = await call('POST', `/${m.page.id}/feed`, {
      message: 'In an hour',
      published: 'false',
      scheduled_publish_time: inSeconds(3600),
    });
    await call('POST', `/${m.page.id}/feed`, {
      message: 'Tomorrow',
      published: 'false',
      scheduled_publish_time: inSeconds(86_400),
    });
    const first = await call('GET', `/${m.page.id}/scheduled_posts`, {
      fields: 'id,message,scheduled_publish_time,is_published',
      limit: '1',
    });
    expect(first.body.data).toEqual([
      {
        id: soon.body.id,
        message: 'In an hour',
        scheduled_publish_time: Number(inSeconds(3600)),
        is_published: false,
      },
    ]);
    expect(first.body.paging.next).toEqual(expect.any(String));
    const second = await call('GET', `/${m.page.id}/scheduled_posts`, {
      fields: 'id,message',
      limit: '1',
      after: first.body.paging.cursors.after,
    });
    expect(second.body.data.map((p: { message: string }) => p.message)).toEqual(['Tomorrow']);
    expect(second.body.paging.next).toBeUndefined();
    // The spec lists no params of its own for this edge.
    const filtered = await call('GET', `/${m.page.id}/scheduled_posts`, { is_published: 'false' });
    expect(filtered.body.error.code).toBe(100);
    expect(m.violations.splice(0)).toEqual([
      'GET /{Page}/scheduled_posts: param is_published is not listed for this edge',
    ]);

    now += 3600_000;
    const feed = await call('GET', `/${m.page.id}/feed`, { fields: 'id,message,created_time' });
    expect(feed.body.data).toEqual([
      { id: soon.body.id, message: 'In an hour', created_time: '2026-03-01T11:00:00+0000' },
    ]);
    const held = await call('GET', `/${m.page.id}/scheduled_posts`, { fields: 'message' });
    expect(held.body.data.map((p: { message: string }) => p.message)).toEqual(['Tomorrow']);
    expect((await call('GET', `/${soon.body.id}`, { fields: 'is_published' })).body.is_published).toBe(true);
    expect(m.violations).toEqual([]);
  });

  test('a param the edge does not list, or of the wrong type, is refused with a Graph error', async () => {
    const m = await start();
    const { call } = await pageCall(m);
    const unknown = await call('POST', `/${m.page.id}/feed`, { message: 'hi', visibility: 'public' });
    expect(unknown).toMatchObject({
      status: 400,
      body: { error: { type: 'OAuthException', code: 100, fbtrace_id: expect.any(String) } },
    });
    const wrongType = await call('POST', `/${m.page.id}/feed`, { message: 'hi', published: 'yes' });
    expect(wrongType.body.error.message).toContain('published must be bool');
    expect(m.violations).toHaveLength(2);
    const userToken = graph(m, m.userToken());
    expect((await userToken('POST', `/${m.page.id}/feed`, { message: 'hi' })).body.error.code).toBe(200);
    expect((await userToken('GET', '/999')).body.error).toMatchObject({ code: 100, error_subcode: 33 });
  });

  test('injected errors: 190, 368, rate limits with usage headers, and a lost answer after posting', async () => {
    const m = await start();
    const { call } = await pageCall(m);
    const feed = `/${m.page.id}/feed`;
    m.faults.add({ kind: 'expired-token' }, { path: feed });
    m.faults.add({ kind: 'policy-block' }, { path: feed });
    m.faults.add({ kind: 'rate-limited', code: 32, regainInMinutes: 15 }, { path: feed });
    expect((await call('POST', feed, { message: 'a' })).body.error.code).toBe(190);
    expect((await call('POST', feed, { message: 'a' })).body.error.code).toBe(368);
    const limited = await call('POST', feed, { message: 'a' });
    expect(limited.body.error.code).toBe(32);
    const usage = JSON.parse(limited.headers.get('x-business-use-case-usage') ?? '{}');
    expect(usage[m.page.id][0]).toMatchObject({
      type: 'pages',
      call_count: 100,
      estimated_time_to_regain_access: 15,
    });
    m.transport.add({ kind: 'drop-after-handling' }, { path: feed });
    await expect(call('POST', feed, { message: 'Lost answer' })).rejects.toThrow();
    expect([...m.world.posts.values()].map((post) => post.message)).toEqual(['Lost answer']);
    expect(m.violations).toEqual([]);
  });
});

describe('Meta Graph fake: Instagram', () => {
  test('container from the CDN, IN_PROGRESS then FINISHED, 9007 before, publish, limit and recent media', async () => {
    const m = await start({ instagram: { containerPolls: 2 } });
    const { call } = await pageCall(m);
    const igUser = m.page.igUserId as string;
    const form = new FormData();
    form.append('source', new Blob([await jpeg()], { type: 'image/jpeg' }), 'cake.jpg');
    form.append('published', 'false');
    const photo = await call('POST', `/${m.page.id}/photos`, form);
    const imageUrl = (await call('GET', `/${photo.body.id}`, { fields: 'images' })).body.images[0].source;
    const container = await call('POST', `/${igUser}/media`, { image_url: imageUrl, caption: 'Lemon cake' });
    const status = () => call('GET', `/${container.body.id}`, { fields: 'status_code' });
    expect((await status()).body.status_code).toBe('IN_PROGRESS');
    const early = await call('POST', `/${igUser}/media_publish`, { creation_id: container.body.id });
    expect(early.body.error).toMatchObject({ code: 9007, error_subcode: 2207027 });
    expect((await status()).body.status_code).toBe('IN_PROGRESS');
    expect((await status()).body.status_code).toBe('FINISHED');
    const published = await call('POST', `/${igUser}/media_publish`, { creation_id: container.body.id });
    expect(published.status).toBe(200);
    const limit = await call('GET', `/${igUser}/content_publishing_limit`, { fields: 'quota_usage,config' });
    expect(limit.body.data[0]).toEqual({
      quota_usage: 1,
      config: { quota_total: 100, quota_duration: 86400 },
    });
    const recent = await call('GET', `/${igUser}/media`, {
      fields: 'id,caption,media_type,permalink,timestamp',
    });
    expect(recent.body.data[0]).toMatchObject({
      id: published.body.id,
      caption: 'Lemon cake',
      media_type: 'IMAGE',
    });
    const later = String(Math.floor(Date.now() / 1000) + 60);
    expect((await call('GET', `/${igUser}/media`, { since: later })).body.data).toEqual([]);
    expect((await call('GET', `/${igUser}`, { fields: 'followers_count' })).body.followers_count).toBe(876);
    expect(m.violations).toEqual([]);
  });

  test('refuses an image_url on the owner’s own machine and a PNG; builds a carousel from items', async () => {
    const m = await start({ instagram: { containerPolls: 0 } });
    const { call } = await pageCall(m);
    const igUser = m.page.igUserId as string;
    const local = await call('POST', `/${igUser}/media`, {
      image_url: 'http://127.0.0.1:5174/media/cake.jpg',
    });
    expect(local.body.error).toMatchObject({ code: 9004, error_subcode: 2207052 });
    const upload = async (image: Buffer) => {
      const form = new FormData();
      form.append('source', new Blob([new Uint8Array(image)]), 'x');
      form.append('published', 'false');
      const id = (await call('POST', `/${m.page.id}/photos`, form)).body.id;
      return (await call('GET', `/${id}`, { fields: 'images' })).body.images[0].source as string;
    };
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    expect((await call('POST', `/${igUser}/media`, { image_url: await upload(png) })).body.error.code).toBe(
      36001,
    );
    const items = [];
    for (let i = 0; i < 2; i += 1)
      items.push(
        (
          await call('POST', `/${igUser}/media`, {
            image_url: await upload(await jpeg()),
            is_carousel_item: 'true',
          })
        ).body.id,
      );
    const carousel = await call('POST', `/${igUser}/media`, {
      media_type: 'CAROUSEL',
      children: items.join(','),
      caption: 'Two cakes',
    });
    await call('GET', `/${carousel.body.id}`, { fields: 'status_code' });
    const published = await call('POST', `/${igUser}/media_publish`, { creation_id: carousel.body.id });
    expect(m.world.igMedia.get(published.body.id)).toMatchObject({
      mediaType: 'CAROUSEL_ALBUM',
      childCount: 2,
    });
    expect(m.violations).toEqual([]);
  });

  test('comments for the inbox: read and answer on Facebook and Instagram', async () => {
    const m = await start({ instagram: { containerPolls: 0 } });
    const { call } = await pageCall(m);
    const post = await call('POST', `/${m.page.id}/feed`, { message: 'Open Sunday' });
    const commentId = m.addComment({ on: post.body.id, from: 'Ana', message: 'What time?' });
    const listed = await call('GET', `/${post.body.id}/comments`);
    expect(listed.body.data).toEqual([
      {
        id: commentId,
        message: 'What time?',
        created_time: expect.any(String),
        from: { id: expect.any(String), name: 'Ana' },
      },
    ]);
    expect((await call('POST', `/${commentId}/comments`, { message: 'From 9' })).status).toBe(200);
    const igMedia = m.world.nextId();
    m.world.igMedia.set(igMedia, {
      id: igMedia,
      igUserId: m.page.igUserId as string,
      mediaType: 'IMAGE',
      childCount: 0,
      shortcode: 'Cx',
      createdAt: Date.now(),
    });
    const igComment = m.addComment({ on: igMedia, from: 'bea', message: 'Gluten free?' });
    expect((await call('GET', `/${igMedia}/comments`, { fields: 'id,text,username' })).body.data).toEqual([
      { id: igComment, text: 'Gluten free?', username: 'bea' },
    ]);
    const reply = await call('POST', `/${igComment}/replies`, { message: 'Yes!' });
    expect(m.world.comments.get(reply.body.id)).toMatchObject({
      parentCommentId: igComment,
      from: { name: 'cadencebakery' },
    });
    expect((await call('POST', `/${igComment}/replies`, { text: 'wrong name' })).body.error.code).toBe(100);
    expect(m.violations.join('\n')).toContain('Unrecognized key: "text"');
  });
});
