import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
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

async function get(m: MetaGraphFake, path: string, query: Record<string, string>) {
  const response = await fetch(`${m.graphUrl}${path}?${new URLSearchParams(query).toString()}`);
  return { status: response.status, body: await response.json() };
}

async function post(m: MetaGraphFake, path: string, token: string, params: Record<string, string>) {
  const response = await fetch(`${m.graphUrl}${path}`, {
    method: 'POST',
    body: new URLSearchParams({ ...params, access_token: token }),
  });
  return { status: response.status, body: await response.json() };
}

function dialogUrl(m: MetaGraphFake, redirectUri = REDIRECT) {
  const query = new URLSearchParams({
    client_id: m.app.appId,
    redirect_uri: redirectUri,
    state: 's',
    scope: CADENCE_META_PERMISSIONS.join(','),
  });
  return `${m.dialogUrl}?${query.toString()}`;
}

describe('Meta Graph fake: refusals', () => {
  test('code exchange: another redirect_uri, a wrong secret and a spent code are Graph errors', async () => {
    const m = await start();
    const code = async () =>
      (await approveFacebookLogin(dialogUrl(m), { appId: m.app.appId, redirectUri: REDIRECT })).code ?? '';
    const exchange = (query: Record<string, string>) => get(m, '/oauth/access_token', query);
    const base = { client_id: m.app.appId, client_secret: m.app.appSecret, redirect_uri: REDIRECT };
    const other = await exchange({ ...base, code: await code(), redirect_uri: 'http://127.0.0.1:1/cb' });
    expect(other.body.error).toMatchObject({ code: 100, error_subcode: 36008 });
    expect((await exchange({ ...base, code: await code(), client_secret: 'nope' })).body.error.code).toBe(1);
    const once = await code();
    expect((await exchange({ ...base, code: once })).status).toBe(200);
    expect((await exchange({ ...base, code: once })).body.error.error_subcode).toBe(36009);
    expect(m.violations).toEqual([]);
  });

  test('a redirect URI the app did not register gets the blocked page, and is recorded', async () => {
    const m = await start();
    const blocked = await fetch(dialogUrl(m, 'http://127.0.0.1:9999/elsewhere'), { redirect: 'manual' });
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toContain('URL Blocked');
    expect(m.violations).toHaveLength(1);
  });

  test('a container that fails processing answers ERROR; the 24-hour quota stops media_publish', async () => {
    const m = await start({
      instagram: { containerPolls: 0, containerOutcome: 'ERROR', publishingQuota: 0 },
    });
    const user = m.userToken();
    const pageToken = (await get(m, '/me/accounts', { access_token: user })).body.data[0]
      .access_token as string;
    const form = new FormData();
    const jpeg = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    form.append('source', new Blob([new Uint8Array(jpeg)]), 'a.jpg');
    form.append('published', 'false');
    const photo = await (
      await fetch(`${m.graphUrl}/${m.page.id}/photos?access_token=${pageToken}`, {
        method: 'POST',
        body: form,
      })
    ).json();
    const imageUrl = m.cdnUrl(m.world.photos.get(photo.id)!);
    const igUser = m.page.igUserId as string;
    const failing = await post(m, `/${igUser}/media`, user, { image_url: imageUrl });
    const status = await get(m, `/${failing.body.id}`, { access_token: user, fields: 'status_code,status' });
    expect(status.body).toMatchObject({ status_code: 'ERROR', status: expect.stringContaining('2207001') });
    m.instagram.containerOutcome = 'FINISHED';
    const ready = await post(m, `/${igUser}/media`, user, { image_url: imageUrl });
    await get(m, `/${ready.body.id}`, { access_token: user, fields: 'status_code' });
    const limited = await post(m, `/${igUser}/media_publish`, user, { creation_id: ready.body.id });
    expect(limited.body.error).toMatchObject({ code: 4, error_subcode: 2207042 });
    expect(m.violations).toEqual([]);
  });
});
