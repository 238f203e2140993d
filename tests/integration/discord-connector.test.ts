// The Discord connector through the real core, against the fake channel webhook on loopback.
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import type { Account } from '../../src-main/core/connectors/connector';
import { discordConnector } from '../../src-main/core/connectors/discord/discord-connector';
import { failureWords } from '../../src-renderer/src/i18n/owner-words';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { startDiscordWebhookFake, type DiscordWebhookFake } from '../fakes/discord-webhook-fake';
import { parseContentType } from '../fakes/http-fake-kit';
import { draftWithPhotos, publishNow, runToNextAttempt, targetRow } from '../support/publish-steps';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';

let d: DiscordWebhookFake;
let t: TestCore;
const cleanups: Array<() => unknown> = [];

async function start(options: { requestTimeoutMs?: number } = {}) {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
  // The per-webhook window runs on the manual clock; 429s in these tests come from faults.
  d = await startDiscordWebhookFake({ now: () => clock.now(), rateLimit: null });
  const data = tempDir();
  t = startTestCore({ dataDir: data.dir, clock, requestTimeoutMs: options.requestTimeoutMs });
  cleanups.push(
    data.cleanup,
    () => t.core.close(),
    () => d.close(),
  );
}

afterEach(async () => {
  await applyLanguageChoice('en');
  expect(d.violations).toEqual([]);
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const connect = (webhookUrl = d.webhookUrl) => t.call('channels.connect', { network: 'discord', webhookUrl });
const posts = () => d.requests.filter((r) => r.method === 'POST');
const messages = () => [...d.messages.values()];

describe('connecting a Discord webhook', () => {
  it('reads the webhook and keeps its token out of SQLite', async () => {
    await start();
    const channel = await connect();
    expect(channel).toMatchObject({
      network: 'discord',
      displayName: 'Cadence',
      handle: 'Cadence',
      connection: 'connected',
      serverUrl: d.url,
      followersCount: null,
    });
    const rows = JSON.stringify(t.core.database.sqlite.prepare('select * from channels').all());
    expect(rows).not.toContain(d.webhook.token);
    expect(d.requests.map((r) => r.method)).toEqual(['GET']);
    expect(await t.call('channels.test', { id: channel.id })).toMatchObject({ connection: 'connected' });
  });

  it.each([
    ['an unknown webhook', () => d.webhookUrl.replace(d.webhook.id, '123456789012345678')],
    ['a wrong webhook token', () => d.webhookUrl.replace(d.webhook.token, 'not-the-token')],
  ])('refuses %s with where to copy the URL again', async (_case, url) => {
    await start();
    await expect(connect(url())).rejects.toThrow(
      'Discord does not know this webhook; it may have been deleted. Copy the webhook URL again from Server Settings → Integrations → Webhooks.',
    );
    expect(await t.call('channels.list')).toEqual([]);
  });

  it('refuses an unreachable server', async () => {
    await start();
    await expect(connect('http://127.0.0.1:9/api/webhooks/1/abc')).rejects.toThrow('Could not reach Discord');
  });
});

describe('publishing to Discord', () => {
  it('posts JSON with wait=true and links to the message in its server', async () => {
    await start();
    const channel = await connect();
    const post = await draftWithPhotos(t, channel.id, 'Fresh croissants until noon 🥐');
    const published = await publishNow(t, post.id);
    expect(published.status).toBe('published');
    const [message] = messages();
    expect(message).toMatchObject({ content: 'Fresh croissants until noon 🥐', attachments: [] });
    expect(published.targets[0]!.remoteUrl).toBe(
      `https://discord.com/channels/${d.webhook.guildId}/${d.webhook.channelId}/${message!.id}`,
    );
    expect(posts()[0]!.query.get('wait')).toBe('true');
    expect(parseContentType(posts()[0]!.headers['content-type'])?.mediaType).toBe('application/json');
  });

  it.each([1, 3])(
    'sends %i photo(s) as multipart files with their alt text as descriptions',
    async (count) => {
      await start();
      const channel = await connect();
      const post = await draftWithPhotos(t, channel.id, 'The morning bake', count);
      expect((await publishNow(t, post.id)).status).toBe('published');
      expect(parseContentType(posts()[0]!.headers['content-type'])?.mediaType).toBe('multipart/form-data');
      const [message] = messages();
      expect(message!.content).toBe('The morning bake');
      expect(message!.attachments).toEqual(
        Array.from({ length: count }, (_, i) =>
          expect.objectContaining({
            filename: `photo-${i + 1}.png`,
            description: `Photo ${i + 1}`,
            content_type: 'image/png',
          }),
        ),
      );
    },
  );

  it('refuses more than 2,000 characters before sending anything', async () => {
    await start();
    const channel = await connect();
    const post = await draftWithPhotos(t, channel.id, 'b'.repeat(2001));
    const failed = await publishNow(t, post.id);
    expect(failed.targets[0]).toMatchObject({
      state: 'failed',
      lastError: 'Discord allows 2,000 characters; this is 2,001. Shorten it by 1.',
    });
    expect(posts()).toHaveLength(0);
  });

  it('asks for a reconnect when the webhook was deleted', async () => {
    await start();
    const channel = await connect();
    d.webhook.token = 'rotated-token';
    const post = await draftWithPhotos(t, channel.id, 'Closed for inventory');
    const failed = await publishNow(t, post.id);
    expect(failed.targets[0]).toMatchObject({
      state: 'failed',
      lastError:
        'The Discord webhook was deleted or its URL changed. Reconnect Discord in Settings with a new webhook URL.',
    });
    expect((await t.call('channels.list'))[0]!.connection).toBe('needs_reconnect');
  });
});

describe('Discord failures', () => {
  it('waits out a 429 for Retry-After seconds, sending nothing before', async () => {
    await start();
    const channel = await connect();
    d.faults.add({ kind: 'rate-limited', retryAfter: 12 }, { method: 'POST' });
    const post = await draftWithPhotos(t, channel.id, 'Bagels');
    const target = (await publishNow(t, post.id)).targets[0]!;
    expect(targetRow(t, target.id)).toMatchObject({
      state: 'retry_wait',
      next_attempt_at: t.clock.now() + 12_000,
      last_error: 'Discord asked Cadence to slow down; it will try again in 12 seconds.',
    });
    t.clock.advance(11_999);
    await t.core.whenIdle();
    expect(posts()).toHaveLength(1);
    expect((await runToNextAttempt(t, target.id)).status).toBe('published');
    expect(posts()).toHaveLength(2);
    expect(messages()).toHaveLength(1);
  });

  it('retries after a 5xx', async () => {
    await start();
    const channel = await connect();
    d.faults.add({ kind: 'server-error' }, { method: 'POST' });
    const post = await draftWithPhotos(t, channel.id, 'Baguettes');
    const target = (await publishNow(t, post.id)).targets[0]!;
    // Discord may have posted it before failing, and cannot say: the owner is asked.
    expect(targetRow(t, target.id)).toMatchObject({
      state: 'unknown',
      last_error: expect.stringContaining(
        'Discord had a problem on its side (HTTP 500) after the request reached it.',
      ),
    });
    const held = await runToNextAttempt(t, target.id);
    expect(held.targets[0]).toMatchObject({
      state: 'unknown',
      lastError: expect.stringMatching(/^Discord cannot tell/),
    });
    expect(targetRow(t, target.id).next_attempt_at).toBeNull();
    expect(posts()).toHaveLength(1);
  });

  it('after a timeout asks the owner in their language, and "Send again" sends exactly once', async () => {
    await start({ requestTimeoutMs: 500 });
    const channel = await connect();
    d.faults.add({ kind: 'hang' }, { method: 'POST' });
    const post = await draftWithPhotos(t, channel.id, 'Snow day: open at ten');
    const target = (await publishNow(t, post.id)).targets[0]!;
    expect(targetRow(t, target.id).state).toBe('unknown');

    const held = await runToNextAttempt(t, target.id);
    expect(held.targets[0]).toMatchObject({
      state: 'unknown',
      lastError:
        'Discord cannot tell Cadence whether the post reached the channel of the “Cadence” webhook. Check that channel: if the post is there, choose “It was published”; otherwise “Send again”.',
      lastErrorKey: [{ key: 'connectors.discord.cannotTell', params: { handle: 'Cadence' } }],
    });
    expect(targetRow(t, target.id).next_attempt_at).toBeNull();
    expect(t.notifier.notices.at(-1)).toMatchObject({
      kind: 'failure',
      body: held.targets[0]!.lastError,
      said: { body: { key: 'connectors.discord.cannotTell', params: { handle: 'Cadence' } } },
    });
    await applyLanguageChoice('de');
    expect(failureWords(held.targets[0]!.lastError!, held.targets[0]!.lastErrorKey)).toBe(
      'Discord kann Cadence nicht sagen, ob der Beitrag den Kanal des Webhooks „Cadence“ erreicht hat. Prüfen Sie diesen Kanal: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    );

    await t.call('outbox.resolve', { targetId: target.id, resolution: 'send-again' });
    await t.core.whenIdle();
    expect((await t.call('posts.get', { id: post.id })).status).toBe('published');
    expect(posts()).toHaveLength(2);
    expect(messages()).toHaveLength(1);
  });

  it('verify reads a known message back, and reports a deleted one as absent', async () => {
    await start();
    const channel = await connect();
    const post = await draftWithPhotos(t, channel.id, 'Rye is back');
    await publishNow(t, post.id);
    const [message] = messages();
    const connector = discordConnector({ clock: t.clock, fetch, requestTimeoutMs: 5_000 });
    const account: Account = {
      channelId: channel.id,
      network: 'discord',
      handle: 'Cadence',
      serverUrl: d.url,
      remoteAccountId: d.webhook.id,
      settings: { guildId: d.webhook.guildId },
      secret: JSON.stringify({ webhookUrl: d.webhookUrl }),
      app: null,
      expiry: { accessExpiresAt: null, refreshExpiresAt: null },
      saveSecret: async () => {},
    };
    const outgoing = {
      targetId: 't',
      idempotencyKey: 'k',
      text: 'Rye is back',
      images: [],
      firstAttemptAt: 0,
    };
    expect(await connector.verify(account, outgoing, message!.id)).toEqual({
      status: 'published',
      remoteId: message!.id,
      remoteUrl: `https://discord.com/channels/${d.webhook.guildId}/${d.webhook.channelId}/${message!.id}`,
    });
    d.messages.delete(message!.id);
    expect(await connector.verify(account, outgoing, message!.id)).toEqual({ status: 'absent' });
  });
});
