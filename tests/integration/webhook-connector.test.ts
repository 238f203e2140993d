// The webhook connector through the real core, against the fake receiver on loopback, which
// checks every signature and dedupes by Idempotency-Key as the receiver contract requires.
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { headerValue } from '../fakes/http-fake-kit';
import {
  signWebhookBody,
  startWebhookReceiverFake,
  type WebhookReceiverFake,
} from '../fakes/webhook-receiver-fake';
import {
  draftWithPhotos,
  pngBase64,
  publishNow,
  runToNextAttempt,
  targetRow,
} from '../support/publish-steps';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';

const SECRET = 'owner-signing-secret-0123456789';
let hook: WebhookReceiverFake;
let t: TestCore;
let host: string;
const cleanups: Array<() => unknown> = [];

async function start(options: { requestTimeoutMs?: number } = {}) {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
  hook = await startWebhookReceiverFake({ secret: SECRET, now: () => clock.now() });
  host = new URL(hook.url).host;
  const data = tempDir();
  t = startTestCore({ dataDir: data.dir, clock, requestTimeoutMs: options.requestTimeoutMs });
  cleanups.push(
    data.cleanup,
    () => t.core.close(),
    () => hook.close(),
  );
}

afterEach(async () => {
  expect(hook.violations).toEqual([]);
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const connect = (overrides: { url?: string; signingSecret?: string } = {}) =>
  t.call('channels.connect', {
    network: 'webhook',
    url: hook.url,
    signingSecret: SECRET,
    displayName: 'Shop site',
    ...overrides,
  });
const postDeliveries = () =>
  hook.deliveries.filter((d) => (d.body as { type?: string }).type !== 'cadence.test');
const postRequests = () => hook.requests.filter((r) => headerValue(r.headers, 'x-cadence-event') === 'post');

describe('connecting a webhook', () => {
  it('sends a signed test event and keeps the URL and secret out of SQLite', async () => {
    await start();
    const channel = await connect();
    expect(channel).toMatchObject({
      network: 'webhook',
      displayName: 'Shop site',
      handle: host,
      connection: 'connected',
      serverUrl: new URL(hook.url).origin,
    });
    const [test] = hook.requests;
    expect(JSON.parse(test!.body.toString())).toEqual({ type: 'cadence.test' });
    expect(headerValue(test!.headers, 'x-cadence-event')).toBe('test');
    const rows = JSON.stringify(t.core.database.sqlite.prepare('select * from channels').all());
    expect(rows).not.toContain(SECRET);
    expect(rows).not.toContain('/hooks/cadence');
    expect(await t.call('channels.test', { id: channel.id })).toMatchObject({ connection: 'connected' });
    expect(hook.requests).toHaveLength(2);
  });

  it('refuses a signing secret the receiver does not share', async () => {
    await start();
    await expect(connect({ signingSecret: 'a-different-secret-0000' })).rejects.toThrow(
      `The webhook at ${host} refused Cadence's signature (HTTP 401). Check that the signing secret in Settings matches the one the receiver checks.`,
    );
    expect(hook.violations.splice(0)).toEqual(['X-Cadence-Signature does not match the body']);
  });

  it('refuses an address where nothing takes webhooks', async () => {
    await start();
    await expect(connect({ url: hook.url.replace('/hooks/cadence', '/wrong') })).rejects.toThrow(
      `Nothing at ${host} takes webhooks at that address (HTTP 405). Check the webhook URL in Settings.`,
    );
    expect(hook.violations.splice(0)).toEqual(['POST /wrong: deliveries are POSTs to /hooks/cadence']);
  });

  it('refuses an unreachable receiver', async () => {
    await start();
    await expect(connect({ url: 'http://127.0.0.1:9/hook' })).rejects.toThrow('Could not reach 127.0.0.1:9');
  });

  it('sends nothing signed over plain http to another computer', async () => {
    await start();
    await expect(connect({ url: 'http://hooks.bakery.example/zap/abc123' })).rejects.toThrow(
      'Cadence did not contact hooks.bakery.example: the address http://hooks.bakery.example is not encrypted',
    );
    expect(await t.call('channels.list')).toEqual([]);
  });
});

describe('delivering posts', () => {
  it('posts the text and photos as signed JSON the receiver accepts', async () => {
    await start();
    const channel = await connect();
    const post = await draftWithPhotos(t, channel.id, 'Spring menu is live', 2);
    const published = await publishNow(t, post.id);
    expect(published.status).toBe('published');
    const target = published.targets[0]!;
    const [delivery] = postDeliveries();
    const row = targetRow(t, target.id);
    expect(delivery!.body).toEqual({
      id: target.id,
      idempotencyKey: row.idempotency_key,
      text: 'Spring menu is live',
      images: [
        {
          fileName: 'photo-1.png',
          mimeType: 'image/png',
          altText: 'Photo 1',
          dataBase64: await pngBase64(0),
        },
        {
          fileName: 'photo-2.png',
          mimeType: 'image/png',
          altText: 'Photo 2',
          dataBase64: await pngBase64(1),
        },
      ],
      channel: { name: 'Shop site' },
      sentAt: new Date(t.clock.now()).toISOString(),
    });
    const [request] = postRequests();
    expect(headerValue(request!.headers, 'idempotency-key')).toBe(row.idempotency_key);
    expect(headerValue(request!.headers, 'x-cadence-timestamp')).toBe(
      String(Math.floor(t.clock.now() / 1000)),
    );
    expect(headerValue(request!.headers, 'x-cadence-signature')).toBe(signWebhookBody(SECRET, request!.body));
    // The receiver named what it stored; there is no public link.
    expect(row).toMatchObject({ remote_id: delivery!.id, remote_url: null });
  });
});

describe('webhook failures', () => {
  it('waits out a 429 for Retry-After seconds, sending nothing before', async () => {
    await start();
    const channel = await connect();
    hook.faults.add({ kind: 'rate-limited', retryAfter: 45 });
    const post = await draftWithPhotos(t, channel.id, 'Weekend hours');
    const target = (await publishNow(t, post.id)).targets[0]!;
    expect(targetRow(t, target.id)).toMatchObject({
      state: 'retry_wait',
      next_attempt_at: t.clock.now() + 45_000,
      last_error: `${host} asked Cadence to slow down; it will try again in 45 seconds.`,
    });
    t.clock.advance(44_999);
    await t.core.whenIdle();
    expect(postRequests()).toHaveLength(1);
    expect((await runToNextAttempt(t, target.id)).status).toBe('published');
    expect(postRequests()).toHaveLength(2);
    expect(postDeliveries()).toHaveLength(1);
  });

  it('retries after a 5xx with the same key', async () => {
    await start();
    const channel = await connect();
    hook.faults.add({ kind: 'server-error' });
    const post = await draftWithPhotos(t, channel.id, 'Gift cards');
    const target = (await publishNow(t, post.id)).targets[0]!;
    expect(targetRow(t, target.id).last_error).toBe(
      `${host} had a problem on its side (HTTP 500). Cadence will try again.`,
    );
    expect((await runToNextAttempt(t, target.id)).status).toBe('published');
    const keys = postRequests().map((r) => headerValue(r.headers, 'idempotency-key'));
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
  });

  it('resends after a lost answer, and the receiver keeps exactly one', async () => {
    await start({ requestTimeoutMs: 500 });
    const channel = await connect();
    hook.faults.add({ kind: 'hang', afterHandling: true });
    const post = await draftWithPhotos(t, channel.id, 'Pie preorders open', 1);
    const target = (await publishNow(t, post.id)).targets[0]!;
    expect(targetRow(t, target.id).state).toBe('unknown');
    expect(postDeliveries()).toHaveLength(1);

    // verify says a resend is safe, so the outbox sends again with the same key and body.
    const published = await runToNextAttempt(t, target.id);
    expect(published.status).toBe('published');
    const [first, second] = postRequests();
    expect(second).toBeDefined();
    expect(second!.body.equals(first!.body)).toBe(true);
    expect(postDeliveries()).toHaveLength(1);
    expect(targetRow(t, target.id).remote_id).toBe(postDeliveries()[0]!.id);
  });
});
