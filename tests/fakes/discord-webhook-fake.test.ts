import { afterEach, describe, expect, test } from 'vitest';
import {
  startDiscordWebhookFake,
  type DiscordWebhookFake,
  type DiscordWebhookFakeOptions,
} from './discord-webhook-fake';

let fake: DiscordWebhookFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: DiscordWebhookFakeOptions = {}) {
  fake = await startDiscordWebhookFake(options);
  return fake;
}

async function send(url: string, body: unknown, method = 'POST') {
  const init: RequestInit = { method };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe('Discord webhook fake', () => {
  test('wait=true returns the message; without it the answer is 204', async () => {
    const d = await start();
    const sent = await send(`${d.webhookUrl}?wait=true`, { content: 'Fresh bread at 8' });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({
      content: 'Fresh bread at 8',
      channel_id: d.webhook.channelId,
      webhook_id: d.webhook.id,
      attachments: [],
    });
    expect(sent.body.id).toMatch(/^\d{17,20}$/);
    expect(sent.headers.get('x-ratelimit-limit')).toBe('5');
    expect((await send(d.webhookUrl, { content: 'no wait' })).status).toBe(204);
    expect(d.messages.size).toBe(2);
    expect(d.violations).toEqual([]);
  });

  test('multipart with payload_json and files[n] becomes attachments', async () => {
    const d = await start();
    const form = new FormData();
    form.append(
      'payload_json',
      JSON.stringify({ content: 'Menu', attachments: [{ id: 0, description: 'Menu photo' }] }),
    );
    form.append('files[0]', new Blob([Buffer.from('png')], { type: 'image/png' }), 'menu.png');
    const sent = await send(`${d.webhookUrl}?wait=true`, form);
    expect(sent.body.attachments[0]).toMatchObject({
      filename: 'menu.png',
      size: 3,
      content_type: 'image/png',
      description: 'Menu photo',
    });
    expect(d.violations).toEqual([]);
  });

  test('content over 2000 characters and an empty message get Discord errors', async () => {
    const d = await start();
    expect((await send(d.webhookUrl, { content: '🙂'.repeat(2000) })).status).toBe(204);
    const tooLong = await send(d.webhookUrl, { content: 'x'.repeat(2001) });
    expect(tooLong).toMatchObject({
      status: 400,
      body: {
        code: 50035,
        message: 'Invalid Form Body',
        errors: {
          content: {
            _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }],
          },
        },
      },
    });
    expect((await send(d.webhookUrl, { content: '  ' })).body).toEqual({
      message: 'Cannot send an empty message',
      code: 50006,
    });
    expect(d.violations).toHaveLength(2);
  });

  test('get, edit and delete a message; unknown webhook and message ids', async () => {
    const d = await start();
    const sent = (await send(`${d.webhookUrl}?wait=true`, { content: 'v1' })).body;
    const messageUrl = `${d.webhookUrl}/messages/${sent.id}`;
    expect((await send(messageUrl, undefined, 'GET')).body.content).toBe('v1');
    const edited = await send(messageUrl, { content: 'v2' }, 'PATCH');
    expect(edited.body).toMatchObject({ content: 'v2', id: sent.id });
    expect(edited.body.edited_timestamp).not.toBeNull();
    expect((await send(messageUrl, undefined, 'DELETE')).status).toBe(204);
    expect((await send(messageUrl, undefined, 'GET')).body).toEqual({
      message: 'Unknown Message',
      code: 10008,
    });
    const unknown = await send(`${d.url}/api/webhooks/1234567890/${d.webhook.token}`, { content: 'x' });
    expect(unknown).toMatchObject({ status: 404, body: { message: 'Unknown Webhook', code: 10015 } });
    expect(d.violations).toEqual([]);
  });

  test('429 carries Retry-After in seconds and the JSON body, from a fault and from the real limit', async () => {
    const now = 1_750_000_000_000;
    const d = await start({ now: () => now });
    d.faults.add({ kind: 'rate-limited', retryAfter: 1.5 });
    const faulted = await send(d.webhookUrl, { content: 'x' });
    expect(faulted.status).toBe(429);
    expect(faulted.headers.get('retry-after')).toBe('2');
    expect(faulted.body).toEqual({ message: 'You are being rate limited.', retry_after: 1.5, global: false });
    for (let i = 0; i < 5; i += 1) expect((await send(d.webhookUrl, { content: `m${i}` })).status).toBe(204);
    const limited = await send(d.webhookUrl, { content: 'sixth' });
    expect(limited.status).toBe(429);
    expect(limited.body.retry_after).toBe(2);
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(d.messages.size).toBe(5);
  });
});
