import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { pkcePair } from '../oauth-kit';
import { approveXAuthorization } from './owner-browser';
import { startXFake, type XFake, type XFakeOptions } from './x-fake';

let fake: XFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const REDIRECT = 'http://127.0.0.1:53682/callback';
const SCOPES = 'tweet.read tweet.write users.read offline.access media.write';

async function start(options: XFakeOptions = {}) {
  fake = await startXFake(options);
  return fake;
}

function api(x: XFake, token: string | null) {
  return async (method: string, path: string, init: { json?: unknown; form?: FormData } = {}) => {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    if (init.json !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${x.url}${path}`, {
      method,
      headers,
      body: init.form ?? (init.json === undefined ? undefined : JSON.stringify(init.json)),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
}

async function tokenRequest(x: XFake, fields: Record<string, string>, basic?: string) {
  const response = await fetch(x.tokenUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(basic ? { authorization: `Basic ${Buffer.from(basic).toString('base64')}` } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, body: await response.json() };
}

function authorizeUrl(x: XFake, challenge: string, scope = SCOPES, method = 'S256') {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: x.config.app.clientId,
    redirect_uri: REDIRECT,
    scope,
    state: 'state-123',
    code_challenge: challenge,
    code_challenge_method: method,
  });
  return `${x.authorizeUrl}?${query.toString()}`;
}

const png = () =>
  sharp({ create: { width: 4, height: 3, channels: 3, background: '#fab005' } })
    .png()
    .toBuffer();

describe('X fake: OAuth 2.0 with PKCE', () => {
  test('authorize, exchange the code, read the owner, and rotate the refresh token', async () => {
    const x = await start();
    const pkce = pkcePair();
    const approved = await approveXAuthorization(authorizeUrl(x, pkce.challenge), {
      clientId: x.config.app.clientId,
      redirectUri: REDIRECT,
    });
    expect(approved.redirect.origin + approved.redirect.pathname).toBe(REDIRECT);
    expect(approved.state).toBe('state-123');
    const exchange = (verifier: string) =>
      tokenRequest(x, {
        grant_type: 'authorization_code',
        code: approved.code ?? '',
        redirect_uri: REDIRECT,
        code_verifier: verifier,
        client_id: x.config.app.clientId,
      });
    const token = await exchange(pkce.verifier);
    expect(token.body).toMatchObject({ token_type: 'bearer', expires_in: 7200, scope: SCOPES });
    expect((await exchange(pkce.verifier)).body.error_description).toBe(
      'Value passed for the authorization code was invalid.',
    );

    const me = await api(x, token.body.access_token)(
      'GET',
      '/2/users/me?user.fields=public_metrics,created_at',
    );
    expect(me.body.data).toMatchObject({ id: x.owner.id, username: 'cadencebakery' });
    expect(me.body.data.public_metrics.followers_count).toBe(1234);

    const refresh = (refresh_token: string) =>
      tokenRequest(x, { grant_type: 'refresh_token', refresh_token, client_id: x.config.app.clientId });
    const rotated = await refresh(token.body.refresh_token);
    expect(rotated.status).toBe(200);
    expect(rotated.body.refresh_token).not.toBe(token.body.refresh_token);
    const reused = await refresh(token.body.refresh_token);
    expect(reused).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect((await refresh(rotated.body.refresh_token)).status).toBe(200);
    expect(x.violations).toEqual([]);
  });

  test('refuses a wrong verifier, and a confidential client without Basic credentials', async () => {
    const x = await start({
      config: { app: { clientId: 'c1', clientSecret: 's1', redirectUris: [REDIRECT] } },
    });
    const pkce = pkcePair();
    const { code } = await approveXAuthorization(authorizeUrl(x, pkce.challenge), {
      clientId: 'c1',
      redirectUri: REDIRECT,
    });
    const fields = {
      grant_type: 'authorization_code',
      code: code ?? '',
      redirect_uri: REDIRECT,
      code_verifier: pkce.verifier,
    };
    expect((await tokenRequest(x, fields)).body.error).toBe('unauthorized_client');
    const second = await approveXAuthorization(authorizeUrl(x, pkce.challenge), {
      clientId: 'c1',
      redirectUri: REDIRECT,
    });
    const wrong = { ...fields, code: second.code ?? '', code_verifier: pkcePair().verifier };
    expect((await tokenRequest(x, wrong, 'c1:s1')).status).toBe(400);
    const third = await approveXAuthorization(authorizeUrl(x, pkce.challenge), {
      clientId: 'c1',
      redirectUri: REDIRECT,
    });
    expect((await tokenRequest(x, { ...fields, code: third.code ?? '' }, 'c1:s1')).status).toBe(200);
    expect(x.violations).toEqual([]);
  });

  test('the browser helper refuses an authorize URL without media.write or with a plain challenge', async () => {
    const x = await start();
    const expected = { clientId: x.config.app.clientId, redirectUri: REDIRECT };
    const { challenge } = pkcePair();
    await expect(
      approveXAuthorization(
        authorizeUrl(x, challenge, 'tweet.read tweet.write users.read offline.access'),
        expected,
      ),
    ).rejects.toThrow('scope lacks media.write');
    await expect(
      approveXAuthorization(authorizeUrl(x, challenge, SCOPES, 'plain'), expected),
    ).rejects.toThrow('S256');
  });
});

describe('X fake: posting', () => {
  test('a post with an uploaded image and alt text, a reply, and the owner timeline', async () => {
    const x = await start();
    const call = api(x, x.issueToken());
    const form = new FormData();
    form.append('media', new Blob([await png()], { type: 'image/png' }), 'cake.png');
    form.append('media_category', 'tweet_image');
    const upload = await call('POST', '/2/media/upload', { form });
    expect(upload.body.data).toMatchObject({ image: { image_type: 'image/png', w: 4, h: 3 } });
    const mediaId = upload.body.data.id as string;
    const alt = await call('POST', '/2/media/metadata', {
      json: { id: mediaId, metadata: { alt_text: { text: 'A lemon cake' } } },
    });
    expect(alt.status).toBe(200);
    const post = await call('POST', '/2/tweets', {
      json: { text: 'Lemon cake is back', media: { media_ids: [mediaId] } },
    });
    expect(post.status).toBe(201);
    const reply = await call('POST', '/2/tweets', {
      json: { text: 'Until Sunday', reply: { in_reply_to_tweet_id: post.body.data.id } },
    });
    expect(reply.status).toBe(201);
    expect(x.store.media.get(mediaId)?.altText).toBe('A lemon cake');
    expect(x.calls.find((c) => c.path === '/2/tweets')?.body).toEqual({
      text: 'Lemon cake is back',
      media: { media_ids: [mediaId] },
    });
    expect(x.calls.find((c) => c.path === '/2/media/upload')?.body).toMatchObject({
      media: { filename: 'cake.png', contentType: 'image/png' },
      media_category: 'tweet_image',
    });
    const timeline = await call(
      'GET',
      `/2/users/${x.owner.id}/tweets?max_results=5&tweet.fields=created_at,public_metrics,attachments`,
    );
    expect(timeline.body.data.map((p: { text: string }) => p.text)).toEqual([
      'Until Sunday',
      'Lemon cake is back',
    ]);
    expect(timeline.body.data[1].attachments.media_keys).toEqual([`3_${mediaId}`]);
    expect(timeline.headers.get('x-rate-limit-remaining')).toBe('9');
    const withoutReplies = await call('GET', `/2/users/${x.owner.id}/tweets?exclude=replies`);
    expect(withoutReplies.body.data.map((p: { id: string }) => p.id)).toEqual([post.body.data.id]);
    const later = new Date(Date.now() + 60_000).toISOString();
    expect((await call('GET', `/2/users/${x.owner.id}/tweets?start_time=${later}`)).body).toEqual({
      meta: { result_count: 0 },
    });
    expect(x.violations).toEqual([]);
  });

  test('refuses off-schema bodies, duplicates and unknown media, and records the violation', async () => {
    const x = await start();
    const call = api(x, x.issueToken());
    const bad = await call('POST', '/2/tweets', { json: { text: 'hi', visibility: 'public' } });
    expect(bad.status).toBe(400);
    // One violation, the request's: the 400 the fake answered is itself within the document.
    expect(x.violations).toEqual([expect.stringContaining('must NOT have additional properties')]);
    x.violations.length = 0;
    expect((await call('POST', '/2/tweets', { json: { text: 'Open late' } })).status).toBe(201);
    const again = await call('POST', '/2/tweets', { json: { text: 'Open late' } });
    expect(again).toMatchObject({
      status: 403,
      body: { detail: 'You are not allowed to create a Tweet with duplicate content.' },
    });
    const ghost = await call('POST', '/2/tweets', { json: { text: 'x', media: { media_ids: ['123'] } } });
    expect(ghost.status).toBe(400);
    expect(x.posts).toHaveLength(1);
    expect(x.violations).toEqual([]);
  });

  test('chunked upload: initialize, append, finalize, then poll until processing succeeds', async () => {
    const x = await start({ config: { mediaProcessingPolls: 2 } });
    const call = api(x, x.issueToken());
    const bytes = await png();
    const init = await call('POST', '/2/media/upload/initialize', {
      json: { media_type: 'image/png', total_bytes: bytes.length, media_category: 'tweet_image' },
    });
    const id = init.body.data.id as string;
    for (const [index, part] of [bytes.subarray(0, 10), bytes.subarray(10)].entries()) {
      const form = new FormData();
      form.append('segment_index', String(index));
      form.append('media', new Blob([part]), 'chunk');
      expect((await call('POST', `/2/media/upload/${id}/append`, { form })).status).toBe(200);
    }
    const finalized = await call('POST', `/2/media/upload/${id}/finalize`);
    expect(finalized.body.data.processing_info.state).toBe('pending');
    expect(
      (await call('POST', '/2/tweets', { json: { text: 'early', media: { media_ids: [id] } } })).status,
    ).toBe(400);
    const states = [];
    for (let i = 0; i < 3; i += 1)
      states.push(
        (await call('GET', `/2/media/upload?media_id=${id}&command=STATUS`)).body.data.processing_info.state,
      );
    expect(states).toEqual(['in_progress', 'in_progress', 'succeeded']);
    expect(
      (await call('POST', '/2/tweets', { json: { text: 'ready', media: { media_ids: [id] } } })).status,
    ).toBe(201);
    expect(x.violations).toEqual([]);
  });
});

describe('X fake: tiers, limits and lost answers', () => {
  test('free tier: the timeline answers 403 client-forbidden while posting and /2/users/me work', async () => {
    const x = await start({ config: { tier: 'free' } });
    const call = api(x, x.issueToken());
    const read = await call('GET', `/2/users/${x.owner.id}/tweets`);
    expect(read).toMatchObject({
      status: 403,
      body: { type: 'https://api.x.com/2/problems/client-forbidden', reason: 'client-not-enrolled' },
    });
    expect(read.headers.get('content-type')).toContain('application/problem+json');
    expect((await call('GET', '/2/users/me')).status).toBe(200);
    expect((await call('POST', '/2/tweets', { json: { text: 'hello' } })).status).toBe(201);
    expect(x.violations).toEqual([]);
  });

  test('429 with reset headers past a window and past the 24-hour post cap; usage cap; expired token', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const x = await start({
      now: () => now,
      config: {
        rateLimits: { 'GET /2/users/me': { limit: 1, windowSeconds: 900 } },
        postsPer24Hours: { user: 1, app: 50 },
      },
    });
    const call = api(x, x.issueToken());
    expect((await call('GET', '/2/users/me')).status).toBe(200);
    const limited = await call('GET', '/2/users/me');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(limited.headers.get('x-rate-limit-reset')).toBe(String(now / 1000 + 900));
    expect((await call('POST', '/2/tweets', { json: { text: 'one' } })).status).toBe(201);
    const capped = await call('POST', '/2/tweets', { json: { text: 'two' } });
    expect(capped.status).toBe(429);
    expect(capped.headers.get('x-user-limit-24hour-remaining')).toBe('0');
    expect(capped.headers.get('x-user-limit-24hour-reset')).toBe(String(now / 1000 + 86400));
    x.faults.add({ kind: 'usage-capped' }, { path: '/2/users/me' });
    now += 901_000;
    expect((await call('GET', '/2/users/me')).body).toMatchObject({
      title: 'UsageCapExceeded',
      period: 'Monthly',
    });
    now += 7200_000;
    expect((await call('GET', '/2/users/me')).body).toMatchObject({ status: 401, title: 'Unauthorized' });
    expect(x.violations).toEqual([]);
  });

  test('a dropped connection or a 502 after the post was made leaves the post on X', async () => {
    const x = await start();
    const call = api(x, x.issueToken());
    x.transport.add({ kind: 'drop-after-handling' }, { method: 'POST', path: '/2/tweets' });
    await expect(call('POST', '/2/tweets', { json: { text: 'first' } })).rejects.toThrow();
    x.transport.add({ kind: 'bad-gateway-after-handling' }, { method: 'POST', path: '/2/tweets' });
    const gateway = await fetch(`${x.url}/2/tweets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${x.issueToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'second' }),
    });
    expect(gateway.status).toBe(502);
    x.transport.add({ kind: 'drop-after-wait', waitMs: 50 }, { method: 'POST', path: '/2/tweets' });
    await expect(call('POST', '/2/tweets', { json: { text: 'third' } })).rejects.toThrow();
    expect(x.posts.map((post) => post.text)).toEqual(['first', 'second', 'third']);
    expect(x.violations).toEqual([]);
  });
});
