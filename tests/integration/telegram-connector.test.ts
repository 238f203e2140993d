// The Telegram connector through the real core, against the fake Bot API on loopback.
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { ManualClock } from '../../src-main/core/clock';
import { startTelegramFake, type TelegramFake, type TelegramFakeOptions } from '../fakes/telegram-fake';
import { draftWithPhotos, publishNow, runToNextAttempt, targetRow } from '../support/publish-steps';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';

let tg: TelegramFake;
let t: TestCore;
const cleanups: Array<() => unknown> = [];

async function start(options: { fake?: TelegramFakeOptions; requestTimeoutMs?: number } = {}) {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
  tg = await startTelegramFake({ now: () => clock.now(), ...options.fake });
  const data = tempDir();
  t = startTestCore({ dataDir: data.dir, clock, requestTimeoutMs: options.requestTimeoutMs });
  cleanups.push(
    data.cleanup,
    () => t.core.close(),
    () => tg.close(),
  );
}

afterEach(async () => {
  expect(tg.violations).toEqual([]);
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function connect(overrides: { botToken?: string; chat?: string; apiBaseUrl?: string } = {}) {
  return t.call('channels.connect', {
    network: 'telegram',
    botToken: tg.token,
    chat: '@cadence_bakery',
    apiBaseUrl: tg.url,
    ...overrides,
  });
}

const sent = (method: string) => tg.requests.filter((r) => r.path.endsWith(`/${method}`)).length;

describe('connecting a Telegram channel', () => {
  it('checks the bot, the channel and its right to post, and keeps the token out of SQLite', async () => {
    await start();
    const channel = await connect();
    expect(channel).toMatchObject({
      network: 'telegram',
      displayName: 'Cadence Bakery',
      handle: '@cadence_bakery',
      connection: 'connected',
      serverUrl: tg.url,
      followersCount: 128,
    });
    const rows = JSON.stringify(t.core.database.sqlite.prepare('select * from channels').all());
    expect(rows).not.toContain(tg.token);
    expect(tg.requests.map((r) => r.path.split('/').pop())).toEqual([
      'getMe',
      'getChat',
      'getChatMember',
      'getChatMemberCount',
    ]);
    expect(await t.call('channels.test', { id: channel.id })).toMatchObject({ connection: 'connected' });
  });

  it('takes the channel by its numeric id as well', async () => {
    await start();
    expect(await connect({ chat: String(tg.channel.id) })).toMatchObject({ handle: '@cadence_bakery' });
  });

  it.each([
    [
      'a wrong bot token',
      {},
      () => ({ botToken: `${tg.bot.id}:not-the-real-token` }),
      'Telegram did not accept that bot token. Copy it again from @BotFather',
    ],
    [
      'an unknown channel',
      {},
      () => ({ chat: '@nobody_bakes_here' }),
      'Telegram cannot find the channel @nobody_bakes_here. Check its @username or numeric id.',
    ],
    [
      'a bot that is only a member',
      { channel: { bot: 'member' as const } },
      () => ({}),
      'Make @cadence_test_bot an admin of @cadence_bakery with permission to post.',
    ],
    [
      'an admin bot without the right to post',
      { channel: { canPostMessages: false } },
      () => ({}),
      'Make @cadence_test_bot an admin of @cadence_bakery with permission to post.',
    ],
    [
      'an unreachable Bot API server',
      {},
      () => ({ apiBaseUrl: 'http://127.0.0.1:9' }),
      'Could not reach Telegram',
    ],
    [
      'a Bot API server on another computer over plain http (the token is in every URL)',
      {},
      () => ({ apiBaseUrl: 'http://bot-api.bakery.example' }),
      'Cadence did not contact Telegram: the address http://bot-api.bakery.example is not encrypted',
    ],
  ])('refuses %s with a clear message', async (_case, fake, overrides, message) => {
    await start({ fake });
    await expect(connect(overrides())).rejects.toThrow(message);
    expect(await t.call('channels.list')).toEqual([]);
  });
});

describe('publishing to Telegram', () => {
  it('sends text with sendMessage and links to the public post', async () => {
    await start();
    const channel = await connect();
    const post = await draftWithPhotos(t, channel.id, 'Fresh sourdough at 8 — come early!');
    const published = await publishNow(t, post.id);
    expect(published.status).toBe('published');
    expect(published.targets[0]!.remoteUrl).toBe('https://t.me/cadence_bakery/1');
    expect(tg.channelPosts).toEqual([
      expect.objectContaining({ text: 'Fresh sourdough at 8 — come early!' }),
    ]);
  });

  it('sends one photo with sendPhoto and the text as its caption', async () => {
    await start();
    const channel = await connect();
    const post = await draftWithPhotos(t, channel.id, 'Our new rye', 1);
    expect((await publishNow(t, post.id)).status).toBe('published');
    expect(sent('sendPhoto')).toBe(1);
    expect(tg.channelPosts).toHaveLength(1);
    expect(tg.channelPosts[0]).toMatchObject({ caption: 'Our new rye', photo: [expect.any(Object)] });
  });

  // A 12 MB photo goes through IPC, the media store and one re-encode: slow on a busy machine.
  it('shrinks a photo over Telegram’s 10 MB to a JPEG that fits, instead of refusing the post', async () => {
    await start();
    const channel = await connect();
    const side = 2_000;
    const noise = randomBytes(side * side * 3);
    const big = await sharp(noise, { raw: { width: side, height: side, channels: 3 } })
      .png({ compressionLevel: 0 })
      .toBuffer();
    expect(big.byteLength).toBeGreaterThan(10 * 1024 * 1024);
    const post = await t.call('posts.create', { body: 'The whole shop', channelIds: [channel.id] });
    await t.call('media.add', {
      postId: post.id,
      fileName: 'shop.png',
      mimeType: 'image/png',
      dataBase64: big.toString('base64'),
      altText: 'The shop',
    });
    expect((await publishNow(t, post.id)).status).toBe('published');
    const upload = tg.requests.find((r) => r.path.endsWith('/sendPhoto'))!;
    expect(upload.body.byteLength).toBeLessThan(10 * 1024 * 1024);
    expect(upload.body.toString('latin1')).toContain('filename="shop.jpg"');
    expect(tg.channelPosts[0]).toMatchObject({ caption: 'The whole shop' });
  }, 120_000);

  it('sends an album with sendMediaGroup, caption on the first photo, linking to the first message', async () => {
    await start();
    const channel = await connect();
    const post = await draftWithPhotos(t, channel.id, 'Three loaves', 3);
    const published = await publishNow(t, post.id);
    expect(published.targets[0]!.remoteUrl).toBe('https://t.me/cadence_bakery/1');
    expect(tg.channelPosts).toHaveLength(3);
    expect(tg.channelPosts[0]).toMatchObject({ caption: 'Three loaves' });
    expect(tg.channelPosts.slice(1).every((m) => m.caption === undefined)).toBe(true);
    expect(new Set(tg.channelPosts.map((m) => m.media_group_id)).size).toBe(1);
  });

  it('gives no link for a private channel', async () => {
    await start({ fake: { channel: { username: '' } } });
    const channel = await connect({ chat: String(tg.channel.id) });
    expect(channel.handle).toBe('Cadence Bakery');
    const post = await draftWithPhotos(t, channel.id, 'Members only: tasting on Friday');
    const published = await publishNow(t, post.id);
    expect(published.status).toBe('published');
    expect(published.targets[0]!.remoteUrl).toBeNull();
  });

  it.each([
    ['text over 4,096 characters', 'a'.repeat(4097), 0, 'Telegram allows 4,096 characters; this is 4,097.'],
    ['a caption over 1,024 characters', 'a'.repeat(1025), 1, 'Telegram allows 1,024 characters under photos'],
  ])('refuses %s before sending anything', async (_case, body, photos, message) => {
    await start();
    const channel = await connect();
    const before = tg.requests.length;
    const post = await draftWithPhotos(t, channel.id, body, photos);
    const failed = await publishNow(t, post.id);
    expect(failed.status).toBe('failed');
    expect(failed.targets[0]!.lastError).toContain(message);
    expect(tg.requests.length).toBe(before);
  });

  it('stops with the admin advice when the bot lost its right to post', async () => {
    await start();
    const channel = await connect();
    tg.channel.rights.can_post_messages = false;
    const post = await draftWithPhotos(t, channel.id, 'Closed Monday');
    const failed = await publishNow(t, post.id);
    expect(failed.targets[0]).toMatchObject({
      state: 'failed',
      lastError: 'Make @cadence_test_bot an admin of @cadence_bakery with permission to post.',
    });
    await expect(t.call('channels.test', { id: channel.id })).rejects.toThrow(
      'Make @cadence_test_bot an admin',
    );
  });
});

describe('Telegram failures', () => {
  it('asks for a reconnect when the bot token was revoked', async () => {
    await start();
    const channel = await connect();
    tg.faults.add({ kind: 'unauthorized' }, { path: 'getMe' });
    await expect(t.call('channels.test', { id: channel.id })).rejects.toThrow(
      'Telegram no longer accepts the bot token; it may have been revoked in @BotFather. Reconnect Telegram in Settings with the current token.',
    );
    expect((await t.call('channels.list'))[0]!.connection).toBe('needs_reconnect');
  });

  it('waits out a 429 for retry_after seconds, sending nothing before', async () => {
    await start();
    const channel = await connect();
    tg.faults.add({ kind: 'rate-limited', retryAfter: 30 }, { path: 'sendMessage' });
    const post = await draftWithPhotos(t, channel.id, 'Pretzels are back');
    const target = (await publishNow(t, post.id)).targets[0]!;
    const row = targetRow(t, target.id);
    expect(row).toMatchObject({ state: 'retry_wait', next_attempt_at: t.clock.now() + 30_000 });
    expect(row.last_error).toBe('Telegram asked Cadence to slow down; it will try again in 30 seconds.');
    t.clock.advance(29_999);
    await t.core.whenIdle();
    expect(sent('sendMessage')).toBe(1);
    expect((await runToNextAttempt(t, target.id)).status).toBe('published');
    expect(sent('sendMessage')).toBe(2);
    expect(tg.channelPosts).toHaveLength(1);
  });

  it('asks the owner after a 5xx to a send, and retries a 5xx to a read', async () => {
    await start();
    const channel = await connect();
    tg.faults.add({ kind: 'server-error' }, { path: 'sendMessage' });
    const post = await draftWithPhotos(t, channel.id, 'Cinnamon rolls');
    const target = (await publishNow(t, post.id)).targets[0]!;
    // Telegram may have sent it before failing, and cannot say: the owner is asked.
    expect(targetRow(t, target.id)).toMatchObject({ state: 'unknown' });
    expect(targetRow(t, target.id).last_error).toContain(
      'Telegram had a problem on its side (HTTP 500) after the request reached it.',
    );
    const held = await runToNextAttempt(t, target.id);
    expect(held.targets[0]).toMatchObject({
      state: 'unknown',
      lastError: expect.stringMatching(/^Telegram cannot tell/),
    });
    expect(sent('sendMessage')).toBe(1);

    tg.faults.add({ kind: 'server-error' }, { path: 'getMe' });
    await expect(t.call('channels.test', { id: channel.id })).rejects.toThrow(
      'Telegram had a problem on its side (HTTP 500). Cadence will try again.',
    );
  });

  it('after a timeout asks the owner, and "Send again" sends exactly once', async () => {
    await start({ requestTimeoutMs: 500 });
    const channel = await connect();
    tg.faults.add({ kind: 'hang' }, { path: 'sendMessage' });
    const post = await draftWithPhotos(t, channel.id, 'Holiday hours');
    const target = (await publishNow(t, post.id)).targets[0]!;
    expect(targetRow(t, target.id).state).toBe('unknown');

    const held = await runToNextAttempt(t, target.id);
    expect(held.targets[0]).toMatchObject({
      state: 'unknown',
      lastError:
        'Telegram cannot tell Cadence whether the post reached @cadence_bakery. Check the channel: if it is there, choose “It was published”; otherwise “Send again”.',
    });
    expect(targetRow(t, target.id).next_attempt_at).toBeNull();
    expect(t.notifier.notices.at(-1)).toMatchObject({ kind: 'failure' });
    expect(sent('sendMessage')).toBe(1);

    await t.call('outbox.resolve', { targetId: target.id, resolution: 'send-again' });
    await t.core.whenIdle();
    expect((await t.call('posts.get', { id: post.id })).status).toBe('published');
    expect(sent('sendMessage')).toBe(2);
    expect(tg.channelPosts).toHaveLength(1);
  });
});
