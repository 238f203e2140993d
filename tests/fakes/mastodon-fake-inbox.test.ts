import { afterEach, describe, expect, test } from 'vitest';
import { startMastodonFake, type MastodonFake } from './mastodon-fake';

let fake: MastodonFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function get(m: MastodonFake, path: string, signal?: AbortSignal) {
  const response = await fetch(`${m.url}${path}`, {
    headers: { authorization: `Bearer ${m.accessToken}` },
    signal,
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

async function post(m: MastodonFake, status: string, signal?: AbortSignal) {
  const response = await fetch(`${m.url}/api/v1/statuses`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${m.accessToken}`,
      'content-type': 'application/json',
      'idempotency-key': status,
    },
    body: JSON.stringify({ status }),
    signal,
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const ids = (page: { id: string }[]) => page.map((item) => item.id);

describe('Mastodon fake: notifications', () => {
  async function seeded() {
    fake = await startMastodonFake();
    const mentions = [1, 2, 3, 4, 5].map(
      (n) => fake!.addMention({ from: `fan${n}@remote.example`, text: `question ${n}` }).notificationId,
    );
    fake.addNotification({ type: 'favourite', from: 'fan1@remote.example' });
    return { m: fake, mentions };
  }

  test('types[]=mention filters, newest first, with a Link header carrying the filter', async () => {
    const { m, mentions } = await seeded();
    const page = await get(m, '/api/v1/notifications?types[]=mention&limit=2');
    expect(ids(page.body)).toEqual([mentions[4], mentions[3]]);
    const link = page.headers.get('link') ?? '';
    expect(link).toContain(`max_id=${mentions[3]}>; rel="next"`);
    expect(link).toContain(`min_id=${mentions[4]}>; rel="prev"`);
    expect(link).toContain('types%5B%5D=mention');
    const older = await get(m, `/api/v1/notifications?types[]=mention&limit=2&max_id=${mentions[3]}`);
    expect(ids(older.body)).toEqual([mentions[2], mentions[1]]);
    expect((await get(m, '/api/v1/notifications')).body).toHaveLength(6);
    expect(m.violations).toEqual([]);
  });

  test('since_id gives the newest page above the cursor; min_id the page immediately above it', async () => {
    const { m, mentions } = await seeded();
    const since = await get(m, `/api/v1/notifications?types[]=mention&limit=2&since_id=${mentions[0]}`);
    expect(ids(since.body)).toEqual([mentions[4], mentions[3]]);
    const min = await get(m, `/api/v1/notifications?types[]=mention&limit=2&min_id=${mentions[0]}`);
    expect(ids(min.body)).toEqual([mentions[2], mentions[1]]);
    const caughtUp = await get(m, `/api/v1/notifications?types[]=mention&min_id=${mentions[4]}`);
    expect(caughtUp.body).toEqual([]);
    expect(caughtUp.headers.get('link')).toBeNull();
    expect(m.violations).toEqual([]);
  });

  test('a mention replying to our post: the status, its parent and the thread', async () => {
    fake = await startMastodonFake();
    const m = fake;
    const ours = await post(m, 'Open on Sunday?');
    const { statusId, notificationId } = m.addMention({
      from: 'sam@remote.example',
      text: 'Are you open at 9?',
      inReplyTo: ours.body.id,
    });
    const notification = await get(m, `/api/v1/notifications/${notificationId}`);
    expect(notification.body.status).toMatchObject({ id: statusId, in_reply_to_id: ours.body.id });
    expect(notification.body.account.acct).toBe('sam@remote.example');
    const context = await get(m, `/api/v1/statuses/${statusId}/context`);
    expect(ids(context.body.ancestors)).toEqual([ours.body.id]);
    expect((await get(m, `/api/v1/statuses/${ours.body.id}`)).body.replies_count).toBe(1);
    expect(m.violations).toEqual([]);
  });
});

describe('Mastodon fake: faults', () => {
  test('429 carries X-RateLimit-Reset as an ISO 8601 time', async () => {
    const now = Date.parse('2025-03-01T10:00:00Z');
    fake = await startMastodonFake({ now: () => now });
    fake.faults.add(
      { kind: 'rate-limited', resetInSeconds: 90 },
      { method: 'POST', path: '/api/v1/statuses' },
    );
    const limited = await post(fake, 'one');
    expect(limited).toMatchObject({ status: 429, body: { error: 'Too many requests' } });
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Date.parse(limited.headers.get('x-ratelimit-reset') ?? '')).toBe(now + 90_000);
    expect((await post(fake, 'one')).status).toBe(200);
    expect(fake.violations).toEqual([]);
  });

  test('422 and 500 faults answer with Mastodon error bodies and create nothing', async () => {
    fake = await startMastodonFake();
    fake.faults.add({ kind: 'unprocessable', error: 'Validation failed: Text is a duplicate' });
    fake.faults.add({ kind: 'server-error' });
    expect(await post(fake, 'a')).toMatchObject({
      status: 422,
      body: { error: 'Validation failed: Text is a duplicate' },
    });
    expect((await post(fake, 'a')).status).toBe(500);
    expect(fake.statuses).toHaveLength(0);
    expect(fake.violations).toEqual([]);
  });

  test('a hang never answers; the client must time out. afterHandling loses only the reply', async () => {
    fake = await startMastodonFake();
    fake.faults.add({ kind: 'hang' }, { path: '/api/v1/statuses', times: 1 });
    await expect(post(fake, 'lost', AbortSignal.timeout(300))).rejects.toThrow(/abort|timeout/i);
    expect(fake.statuses).toHaveLength(0);
    fake.faults.add({ kind: 'hang', afterHandling: true }, { path: '/api/v1/statuses' });
    await expect(post(fake, 'kept', AbortSignal.timeout(300))).rejects.toThrow(/abort|timeout/i);
    expect(fake.statuses).toHaveLength(1);
    // The retry with the same key finds the status the lost reply was about.
    const retry = await post(fake, 'kept');
    expect(retry.body.id).toBe(fake.statuses[0]?.id);
    expect(fake.statuses).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  test('the rate limit itself runs out: 429 once the window is spent', async () => {
    fake = await startMastodonFake({ config: { rateLimit: { limit: 2, windowSeconds: 300 } } });
    expect((await get(fake, '/api/v1/notifications')).headers.get('x-ratelimit-remaining')).toBe('1');
    expect((await get(fake, '/api/v1/notifications')).status).toBe(200);
    expect((await get(fake, '/api/v1/notifications')).status).toBe(429);
    expect(fake.violations).toEqual([]);
  });
});
