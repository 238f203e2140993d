// Publishing to Mastodon through the real outbox, against the schema-checked fake on
// loopback: media with alt text (and its processing answer), Idempotency-Key on every
// attempt, reconciliation after a lost answer, and each kind of refusal.
import sharp from 'sharp';
import { describe, expect, it, onTestFinished } from 'vitest';
import { failureWords } from '../../src-renderer/src/i18n/owner-words';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { startMastodonWorld, type MastodonWorld } from '../support/mastodon-world';
import { SECOND } from '../support/time';

async function world(options?: Parameters<typeof startMastodonWorld>[0]) {
  const w = await startMastodonWorld(options);
  onTestFinished(() => w.dispose());
  return { m: w, channelId: await w.connect() };
}

async function publishNow(m: MastodonWorld, channelId: string, body: string) {
  const post = await m.t.call('posts.create', { body, channelIds: [channelId] });
  await m.t.call('posts.publishNow', { id: post.id });
  await m.t.core.whenIdle();
  return m.t.call('posts.get', { id: post.id });
}

const statusRequests = (m: MastodonWorld) => m.requests('POST', '/api/v1/statuses');

describe('publishing to Mastodon', () => {
  it('publishes text and an image with alt text, waiting while the server processes the image', async () => {
    const { m, channelId } = await world({ fake: { config: { mediaProcessingPolls: 2 } } });
    const post = await m.t.call('posts.create', { body: 'Lemon cake is back', channelIds: [channelId] });
    const png = await sharp({ create: { width: 8, height: 6, channels: 3, background: '#fab005' } })
      .png()
      .toBuffer();
    await m.t.call('media.add', {
      postId: post.id,
      fileName: 'cake.png',
      mimeType: 'image/png',
      dataBase64: png.toString('base64'),
      altText: 'A lemon cake on a blue plate',
    });
    await m.t.call('posts.publishNow', { id: post.id });
    await m.t.core.whenIdle();

    const published = await m.t.call('posts.get', { id: post.id });
    expect(published.status).toBe('published');
    const [status] = m.fake.statuses;
    expect(m.fake.statuses).toHaveLength(1);
    expect(published.targets[0]!.remoteUrl).toBe(`${m.fake.url}/@cadence_owner/${status!.id}`);
    expect(m.target(post.id).remote_id).toBe(status!.id);
    expect(status!.text).toBe('Lemon cake is back');
    const media = m.fake.store.media.get(status!.mediaIds[0]!)!;
    expect(media).toMatchObject({ description: 'A lemon cake on a blue plate', mimeType: 'image/png' });
    // Two answers of 206 (still processing), then 200.
    expect(m.requests('GET', /^\/api\/v1\/media\//)).toHaveLength(3);
    expect(statusRequests(m)[0]!.headers['idempotency-key']).toBe(m.target(post.id).idempotency_key);
    expect(m.fake.violations).toEqual([]);
  });

  it('counts each link as the server reserves and refuses an over-long post before sending', async () => {
    const { m, channelId } = await world({ fake: { config: { instance: { maxCharacters: 40 } } } });
    const longLink = `https://example.com/${'menu'.repeat(20)}`;
    expect((await publishNow(m, channelId, `Menu: ${longLink}`)).status).toBe('published');

    const refused = await publishNow(m, channelId, `Our whole spring menu: ${longLink}`);
    expect(refused.status).toBe('failed');
    expect(refused.targets[0]!.lastError).toBe(
      'Your Mastodon server allows 40 characters; this counts as 46, counting each link as 23. Shorten it by 6.',
    );
    // Keyed as the check wrote it, so the delivery row reads in the owner's language.
    const [check] = refused.targets[0]!.lastErrorKey!;
    expect(check!.key).toMatch(/^problems\./);
    await applyLanguageChoice('de');
    const german = failureWords(refused.targets[0]!.lastError!, refused.targets[0]!.lastErrorKey);
    await applyLanguageChoice('en');
    expect(german).not.toBe(refused.targets[0]!.lastError);
    expect(german).toContain('40');
    expect(statusRequests(m)).toHaveLength(1);
    expect(m.fake.violations).toEqual([]);
  });
});

describe('retries without duplicates', () => {
  it('after a lost answer, finds the status the first attempt made instead of posting again', async () => {
    const { m, channelId } = await world({ requestTimeoutMs: 500 });
    m.fake.faults.add({ kind: 'hang', afterHandling: true }, { method: 'POST', path: '/api/v1/statuses' });
    const pending = await publishNow(m, channelId, 'Open late on Friday');
    expect(pending.targets[0]).toMatchObject({ state: 'unknown' });
    expect(m.fake.statuses).toHaveLength(1);

    await m.runUntil(m.clock.now() + 5 * 60 * SECOND);
    const settled = await m.t.call('posts.get', { id: pending.id });
    expect(settled.status).toBe('published');
    expect(m.fake.statuses).toHaveLength(1);
    expect(m.target(pending.id).remote_id).toBe(m.fake.statuses[0]!.id);
    expect(statusRequests(m)).toHaveLength(1);
    expect(m.fake.violations).toEqual([]);
  });

  it('when the status is not there yet, resends with the same Idempotency-Key and gets the same status', async () => {
    const { m, channelId } = await world({ requestTimeoutMs: 500 });
    // The first answer is lost, and the owner edits the status on Mastodon before Cadence
    // checks, so its text no longer matches: only the Idempotency-Key can prevent a duplicate.
    m.fake.faults.add({ kind: 'hang', afterHandling: true }, { method: 'POST', path: '/api/v1/statuses' });
    const pending = await publishNow(m, channelId, 'Sourdough Saturday');
    const firstId = m.fake.statuses[0]!.id;
    m.fake.store.statuses.get(firstId)!.text = 'Sourdough Saturday (sold out!)';

    await m.runUntil(m.clock.now() + 5 * 60 * SECOND);
    const settled = await m.t.call('posts.get', { id: pending.id });
    expect(settled.status).toBe('published');
    expect(m.fake.statuses).toHaveLength(1);
    expect(m.target(pending.id).remote_id).toBe(firstId);
    const keys = statusRequests(m).map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(new Set(keys)).toEqual(new Set([m.target(pending.id).idempotency_key]));
    expect(m.fake.violations).toEqual([]);
  });

  it("honours 429 with X-RateLimit-Reset: nothing is sent before the server's reset time", async () => {
    const { m, channelId } = await world();
    m.fake.faults.add(
      { kind: 'rate-limited', resetInSeconds: 600 },
      { method: 'POST', path: '/api/v1/statuses' },
    );
    const sentAt = m.clock.now();
    const waiting = await publishNow(m, channelId, 'Pie of the week');
    expect(waiting.targets[0]!.state).toBe('retry_wait');
    expect(m.target(waiting.id).next_attempt_at).toBe(sentAt + 600 * SECOND);

    await m.runUntil(sentAt + 599 * SECOND);
    expect(statusRequests(m)).toHaveLength(1);
    expect((await m.t.call('posts.get', { id: waiting.id })).targets[0]!.state).toBe('retry_wait');
    await m.runUntil(sentAt + 600 * SECOND);
    expect((await m.t.call('posts.get', { id: waiting.id })).status).toBe('published');
    expect(statusRequests(m)).toHaveLength(2);
    expect(m.fake.statuses).toHaveLength(1);
    expect(m.fake.violations).toEqual([]);
  });

  it("fails a post Mastodon refuses (422) with the server's words, and checks before resending after a 500", async () => {
    const { m, channelId } = await world();
    m.fake.faults.add(
      { kind: 'unprocessable', error: 'Validation failed: Text contains a forbidden word' },
      { method: 'POST', path: '/api/v1/statuses' },
    );
    const refused = await publishNow(m, channelId, 'Something the server dislikes');
    expect(refused.status).toBe('failed');
    expect(refused.targets[0]!.lastError).toBe(
      'Mastodon refused the post (“Validation failed: Text contains a forbidden word”). Edit the post to fix that, then publish again.',
    );

    m.fake.faults.add({ kind: 'server-error', status: 500 }, { method: 'POST', path: '/api/v1/statuses' });
    const retrying = await publishNow(m, channelId, 'Soup of the day');
    // Mastodon keeps an Idempotency-Key for an hour only, so it is asked before a resend.
    expect(retrying.targets[0]).toMatchObject({
      state: 'unknown',
      lastError: `${new URL(m.fake.url).host} had a problem on its side (HTTP 500) after the request reached it. Cadence will check whether the post went out before trying again.`,
    });
    await m.runUntil(m.clock.now() + 5 * 60 * SECOND);
    expect((await m.t.call('posts.get', { id: retrying.id })).status).toBe('published');
    expect(m.fake.statuses.map((s) => s.text)).toEqual(['Soup of the day']);
    expect(
      statusRequests(m).filter((r) => r.headers['idempotency-key'] === m.target(retrying.id).idempotency_key),
    ).toHaveLength(2);
    expect(m.fake.violations).toEqual([]);
  });
});
