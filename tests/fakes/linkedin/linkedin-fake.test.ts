import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { pkcePair } from '../oauth-kit';
import {
  CADENCE_LINKEDIN_SCOPES,
  startLinkedInFake,
  type LinkedInFake,
  type LinkedInFakeOptions,
} from './linkedin-fake';
import { approveLinkedInAuthorization } from './owner-browser';

let fake: LinkedInFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const REDIRECT = 'http://127.0.0.1:53682/callback';
const VERSION = { 'linkedin-version': '202604', 'x-restli-protocol-version': '2.0.0' };

async function start(options: LinkedInFakeOptions = {}) {
  fake = await startLinkedInFake(options);
  return fake;
}

function api(l: LinkedInFake, token: string, headers: Record<string, string> = VERSION) {
  return async (method: string, path: string, json?: unknown) => {
    const response = await fetch(`${l.apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...headers,
        ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
}

const tokenRequest = async (l: LinkedInFake, fields: Record<string, string>) => {
  const response = await fetch(l.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, body: await response.json() };
};

describe('LinkedIn fake: OAuth', () => {
  test('native PKCE on another loopback port, 60-day token, 365-day refresh token that is not rotated', async () => {
    let now = Date.parse('2026-04-01T10:00:00Z');
    const l = await start({ now: () => now });
    const pkce = pkcePair();
    const redirectUri = 'http://127.0.0.1:61234/callback';
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: l.app.clientId,
      redirect_uri: redirectUri,
      state: 'st',
      scope: CADENCE_LINKEDIN_SCOPES.join(' '),
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
    });
    const approved = await approveLinkedInAuthorization(`${l.authorizeUrl}?${query.toString()}`, {
      clientId: l.app.clientId,
      redirectUri,
      pkce: true,
    });
    expect(approved.state).toBe('st');
    const token = await tokenRequest(l, {
      grant_type: 'authorization_code',
      code: approved.code ?? '',
      client_id: l.app.clientId,
      redirect_uri: redirectUri,
      code_verifier: pkce.verifier,
    });
    expect(token.body).toMatchObject({ expires_in: 5_184_000, refresh_token_expires_in: 31_536_000 });
    const me = await api(l, token.body.access_token, {})('GET', '/v2/userinfo');
    expect(me.body).toMatchObject({ sub: l.world.member.id, name: 'Ada Baker', picture: expect.any(String) });
    now += 61 * 24 * 60 * 60 * 1000;
    expect((await api(l, token.body.access_token)('GET', '/v2/userinfo')).body).toMatchObject({
      status: 401,
      code: 'EXPIRED_ACCESS_TOKEN',
    });
    const refresh = await tokenRequest(l, {
      grant_type: 'refresh_token',
      refresh_token: token.body.refresh_token,
      client_id: l.app.clientId,
      client_secret: l.app.clientSecret,
    });
    expect(refresh.body.refresh_token).toBe(token.body.refresh_token);
    expect(refresh.body.refresh_token_expires_in).toBe(31_536_000 - 61 * 24 * 60 * 60);
    expect(l.violations).toEqual([]);
  });

  test('without PKCE enabled, a challenge is refused and the redirect must match exactly', async () => {
    const l = await start({ app: { pkce: false, refreshTokens: false } });
    const base = { response_type: 'code', client_id: l.app.clientId, scope: 'openid profile', state: 's' };
    const otherPort = await fetch(
      `${l.authorizeUrl}?${new URLSearchParams({ ...base, redirect_uri: 'http://127.0.0.1:9/callback' }).toString()}`,
      { redirect: 'manual' },
    );
    expect(otherPort.status).toBe(400);
    const challenge = await fetch(
      `${l.authorizeUrl}?${new URLSearchParams({ ...base, redirect_uri: REDIRECT, code_challenge: pkcePair().challenge, code_challenge_method: 'S256' }).toString()}`,
      { redirect: 'manual' },
    );
    expect(new URL(challenge.headers.get('location') ?? '').searchParams.get('error')).toBe(
      'invalid_request',
    );
    const plain = await approveLinkedInAuthorization(
      `${l.authorizeUrl}?${new URLSearchParams({ ...base, redirect_uri: REDIRECT }).toString()}`,
      { clientId: l.app.clientId, redirectUri: REDIRECT, scopes: ['openid'] },
    );
    const token = await tokenRequest(l, {
      grant_type: 'authorization_code',
      code: plain.code ?? '',
      client_id: l.app.clientId,
      client_secret: l.app.clientSecret,
      redirect_uri: REDIRECT,
    });
    expect(token.body.refresh_token).toBeUndefined();
    expect(l.violations).toHaveLength(2);
  });
});

describe('LinkedIn fake: REST', () => {
  test('image upload and a post as the organization, answered 201 with x-restli-id, listed by author', async () => {
    const l = await start();
    const call = api(l, l.issueToken());
    const org = 'urn:li:organization:5515715';
    const acls = await call('GET', '/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED');
    expect(acls.body.elements).toEqual([
      { roleAssignee: l.memberUrn, state: 'APPROVED', role: 'ADMINISTRATOR', organization: org },
    ]);
    const init = await call('POST', '/rest/images?action=initializeUpload', {
      initializeUploadRequest: { owner: org },
    });
    const png = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#123' } })
      .png()
      .toBuffer();
    const post = {
      author: org,
      commentary: 'Lemon cake',
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      content: { media: { id: init.body.value.image, altText: 'A cake' } },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
    };
    expect((await call('POST', '/rest/posts', post)).status).toBe(422);
    const put = await fetch(init.body.value.uploadUrl, {
      method: 'PUT',
      headers: { authorization: `Bearer ${l.issueToken()}` },
      body: new Uint8Array(png),
    });
    expect(put.status).toBe(201);
    expect((await call('GET', `/rest/images/${encodeURIComponent(init.body.value.image)}`)).body.status).toBe(
      'AVAILABLE',
    );
    const created = await call('POST', '/rest/posts', post);
    expect(created.status).toBe(201);
    expect(created.headers.get('x-restli-id')).toMatch(/^urn:li:share:\d+$/);
    const sent = l.calls.filter((c) => c.method === 'POST' && c.path === '/rest/posts').at(-1);
    expect(sent?.body).toEqual(post);
    expect(sent?.headers['linkedin-version']).toBe('202604');
    const listed = await call('GET', `/rest/posts?author=${encodeURIComponent(org)}&q=author&count=10`);
    expect(listed.body.elements[0]).toMatchObject({
      id: created.headers.get('x-restli-id'),
      commentary: 'Lemon cake',
    });
    const followers = await call(
      'GET',
      `/rest/networkSizes/${encodeURIComponent(org)}?edgeType=COMPANY_FOLLOWED_BY_MEMBER`,
    );
    expect(followers.body).toEqual({ firstDegreeSize: 389 });
    expect(l.violations).toEqual([]);
  });

  test('versions: missing 400, retired 426 NONEXISTENT_VERSION; the Rest.li header is required', async () => {
    const l = await start();
    const token = l.issueToken();
    expect(
      (
        await api(l, token, { 'x-restli-protocol-version': '2.0.0' })(
          'GET',
          '/rest/organizationAcls?q=roleAssignee',
        )
      ).body.code,
    ).toBe('VERSION_MISSING');
    const retired = await api(l, token, { ...VERSION, 'linkedin-version': '202401' })(
      'GET',
      '/rest/organizationAcls?q=roleAssignee',
    );
    expect(retired).toMatchObject({
      status: 426,
      body: { status: 426, code: 'NONEXISTENT_VERSION', message: 'Requested version 20240101 is not active' },
    });
    expect(
      (await api(l, token, { 'linkedin-version': '202604' })('GET', '/rest/organizationAcls?q=roleAssignee'))
        .status,
    ).toBe(400);
    expect(l.violations).toHaveLength(2);
  });

  test('403 for a missing scope, 422 for bad content, 401 and 429 injected, a lost answer after posting', async () => {
    const l = await start();
    const post = {
      author: l.memberUrn,
      commentary: 'Hi',
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED' },
      lifecycleState: 'PUBLISHED',
    };
    const reader = api(l, l.issueToken(['openid', 'profile']));
    expect((await reader('POST', '/rest/posts', post)).body).toMatchObject({
      status: 403,
      code: 'ACCESS_DENIED',
    });
    const call = api(l, l.issueToken());
    const bad = await call('POST', '/rest/posts', { ...post, visibility: 'EVERYONE' });
    expect(bad.status).toBe(422);
    expect(l.violations.join('\n')).toContain('/visibility');
    l.violations.length = 0;
    l.faults.add({ kind: 'revoked-token' }, { path: '/rest/posts' });
    l.faults.add({ kind: 'rate-limited' }, { path: '/rest/posts' });
    expect((await call('POST', '/rest/posts', post)).body.code).toBe('REVOKED_ACCESS_TOKEN');
    expect((await call('POST', '/rest/posts', post)).status).toBe(429);
    l.transport.add({ kind: 'drop-after-handling' }, { method: 'POST', path: '/rest/posts' });
    await expect(call('POST', '/rest/posts', post)).rejects.toThrow();
    expect(l.world.posts).toHaveLength(1);
    expect(l.violations).toEqual([]);
  });
});
