import { afterEach, describe, expect, test } from 'vitest';
import { signWebhookBody, startWebhookReceiverFake, type WebhookReceiverFake } from './webhook-receiver-fake';

const SECRET = 'owner-shared-secret';
let fake: WebhookReceiverFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

function deliver(url: string, body: string, headers: Record<string, string> = {}, signal?: AbortSignal) {
  return fetch(url, {
    method: 'POST',
    body,
    signal,
    headers: {
      'content-type': 'application/json',
      'idempotency-key': 'target-42',
      'x-cadence-timestamp': String(Math.floor(Date.now() / 1000)),
      'x-cadence-signature': signWebhookBody(SECRET, body),
      ...headers,
    },
  });
}

describe('webhook receiver fake', () => {
  test('accepts a signed delivery and dedupes a repeat by Idempotency-Key', async () => {
    fake = await startWebhookReceiverFake({ secret: SECRET });
    const body = JSON.stringify({ text: 'Spring menu', channel: 'webhook' });
    const first = await deliver(fake.url, body);
    const again = await deliver(fake.url, body);
    expect(first.status).toBe(200);
    expect(await again.json()).toEqual(await first.json());
    expect(fake.deliveries).toHaveLength(1);
    expect(fake.deliveries[0]?.body).toEqual({ text: 'Spring menu', channel: 'webhook' });
    expect(fake.violations).toEqual([]);
  });

  test('a wrong or missing signature is refused and recorded', async () => {
    fake = await startWebhookReceiverFake({ secret: SECRET });
    const body = '{"text":"hi"}';
    const wrong = await deliver(fake.url, body, {
      'x-cadence-signature': signWebhookBody('other-secret', body),
    });
    expect(wrong.status).toBe(401);
    const missing = await deliver(fake.url, body, { 'x-cadence-signature': '' });
    expect(missing.status).toBe(401);
    const stale = await deliver(fake.url, body, { 'x-cadence-timestamp': '1000' });
    expect(stale.status).toBe(401);
    expect(fake.deliveries).toHaveLength(0);
    expect(fake.violations).toEqual([
      'X-Cadence-Signature does not match the body',
      'X-Cadence-Signature must be sha256=<hex>',
      'X-Cadence-Timestamp is outside the tolerance window',
    ]);
  });

  test('faults: 429 with Retry-After, 500, and a hang that stores first', async () => {
    fake = await startWebhookReceiverFake({ secret: SECRET });
    fake.faults.add({ kind: 'rate-limited', retryAfter: 30 });
    fake.faults.add({ kind: 'server-error' });
    const limited = await deliver(fake.url, '{}');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    expect((await deliver(fake.url, '{}')).status).toBe(500);
    expect(fake.deliveries).toHaveLength(0);
    fake.faults.add({ kind: 'hang', afterHandling: true });
    await expect(deliver(fake.url, '{}', {}, AbortSignal.timeout(300))).rejects.toThrow(/abort|timeout/i);
    expect(fake.deliveries).toHaveLength(1);
    expect((await deliver(fake.url, '{}')).status).toBe(200);
    expect(fake.deliveries).toHaveLength(1);
  });
});
