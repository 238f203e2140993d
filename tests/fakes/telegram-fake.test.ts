import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { startTelegramFake, type TelegramFake, type TelegramFakeOptions } from './telegram-fake';

let fake: TelegramFake | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: TelegramFakeOptions = {}) {
  fake = await startTelegramFake(options);
  return fake;
}

async function call(base: string, method: string, body?: Record<string, unknown> | FormData) {
  const response = await fetch(`${base}/${method}`, {
    method: 'POST',
    headers: body instanceof FormData || body === undefined ? {} : { 'content-type': 'application/json' },
    body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** A real 2x1 PNG, so the fake can read its size. */
function png(): Blob {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const image = Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(7))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return new Blob([image], { type: 'image/png' });
}

describe('Telegram fake: sending', () => {
  test('getMe, getChat and getChatMember show the bot as a posting administrator', async () => {
    const t = await start();
    expect((await call(t.apiBase, 'getMe')).body.result).toMatchObject({
      is_bot: true,
      username: 'cadence_test_bot',
    });
    const chat = await call(t.apiBase, 'getChat', { chat_id: '@cadence_bakery' });
    expect(chat.body.result).toMatchObject({
      id: t.channel.id,
      type: 'channel',
      linked_chat_id: t.discussion?.id,
    });
    const member = await call(t.apiBase, 'getChatMember', { chat_id: t.channel.id, user_id: t.bot.id });
    expect(member.body.result).toMatchObject({ status: 'administrator', can_post_messages: true });
    expect(t.violations).toEqual([]);
  });

  test('text is limited to 4096 UTF-16 units after entity parsing and trimming', async () => {
    const t = await start();
    const send = (text: string, parse_mode?: string) =>
      call(t.apiBase, 'sendMessage', { chat_id: t.channel.id, text, parse_mode });
    // 2048 emoji are 4096 UTF-16 units: exactly at the limit.
    expect((await send('😀'.repeat(2048))).status).toBe(200);
    expect(await send('😀'.repeat(2048) + 'x')).toMatchObject({
      status: 400,
      body: { ok: false, error_code: 400, description: 'Bad Request: message is too long' },
    });
    // Markup does not count; surrounding whitespace is trimmed.
    expect((await send(`<b>${'a'.repeat(4096)}</b>`, 'HTML')).status).toBe(200);
    expect((await send(`  ${'a'.repeat(4096)}\n`)).status).toBe(200);
    expect((await send('Hello. World', 'MarkdownV2')).body.description).toBe(
      "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
    );
    expect((await send('<blink>hi</blink>', 'HTML')).body.description).toContain(
      'Unsupported start tag "blink"',
    );
    expect((await send('   ')).body.description).toBe('Bad Request: message text is empty');
    expect(t.channelPosts).toHaveLength(3);
  });

  test('sendPhoto uploads a photo with a caption of at most 1024 characters', async () => {
    const t = await start();
    const form = (caption: string) => {
      const data = new FormData();
      data.append('chat_id', String(t.channel.id));
      data.append('caption', caption);
      data.append('photo', png(), 'cake.png');
      return data;
    };
    const sent = await call(t.apiBase, 'sendPhoto', form('Fresh *today*'));
    expect(sent.body.result.photo[0]).toMatchObject({ width: 2, height: 1 });
    expect(sent.body.result.caption).toBe('Fresh *today*');
    expect((await call(t.apiBase, 'sendPhoto', form('c'.repeat(1025)))).body.description).toBe(
      'Bad Request: message caption is too long',
    );
    const notImage = new FormData();
    notImage.append('chat_id', String(t.channel.id));
    notImage.append('photo', new Blob(['hello'], { type: 'image/png' }), 'x.png');
    expect((await call(t.apiBase, 'sendPhoto', notImage)).body.description).toBe(
      'Bad Request: IMAGE_PROCESS_FAILED',
    );
    expect(t.violations).toEqual([]);
  });

  test('sendMediaGroup takes 2-10 photos by attach:// name', async () => {
    const t = await start();
    const album = (count: number) => {
      const data = new FormData();
      data.append('chat_id', String(t.channel.id));
      data.append(
        'media',
        JSON.stringify(
          Array.from({ length: count }, (_, i) => ({
            type: 'photo',
            media: `attach://p${i}`,
            caption: i === 0 ? 'Album' : undefined,
          })),
        ),
      );
      for (let i = 0; i < count; i += 1) data.append(`p${i}`, png(), `p${i}.png`);
      return data;
    };
    const sent = await call(t.apiBase, 'sendMediaGroup', album(2));
    expect(sent.body.result).toHaveLength(2);
    expect(sent.body.result[0].media_group_id).toBe(sent.body.result[1].media_group_id);
    expect((await call(t.apiBase, 'sendMediaGroup', album(1))).status).toBe(400);
    expect(t.violations).toEqual(['sendMediaGroup: media must be an array of 2-10 items']);
  });

  test('missing and unknown parameters are violations; chat and membership errors match Telegram', async () => {
    const t = await start({ channel: { bot: 'left' } });
    expect((await call(t.apiBase, 'sendMessage', { text: 'hi' })).body.description).toBe(
      'Bad Request: chat_id is empty',
    );
    await call(t.apiBase, 'getMe', { colour: 'blue' });
    expect(t.violations).toEqual([
      'sendMessage: missing required parameter chat_id',
      'getMe: parameter colour is not a parameter of this method',
    ]);
    expect(await call(t.apiBase, 'sendMessage', { chat_id: '@cadence_bakery', text: 'hi' })).toMatchObject({
      status: 403,
      body: { ok: false, error_code: 403, description: 'Forbidden: bot is not a member of the channel chat' },
    });
    expect((await call(t.apiBase, 'sendMessage', { chat_id: -100, text: 'hi' })).body.description).toBe(
      'Bad Request: chat not found',
    );
    expect(await call(`${t.url}/bot${t.bot.id}:wrongtoken`, 'getMe')).toMatchObject({
      status: 401,
      body: { description: 'Unauthorized' },
    });
  });

  test('faults: 429 with parameters.retry_after, and a hang', async () => {
    const t = await start();
    t.faults.add({ kind: 'rate-limited', retryAfter: 7 }, { path: 'sendMessage' });
    expect(await call(t.apiBase, 'sendMessage', { chat_id: t.channel.id, text: 'hi' })).toMatchObject({
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 7',
        parameters: { retry_after: 7 },
      },
    });
    t.faults.add({ kind: 'hang' }, { path: 'sendMessage' });
    const hung = fetch(`${t.apiBase}/sendMessage?chat_id=${t.channel.id}&text=hi`, {
      signal: AbortSignal.timeout(300),
    });
    await expect(hung).rejects.toThrow(/abort|timeout/i);
    expect(t.channelPosts).toHaveLength(0);
  });
});

describe('Telegram fake: getUpdates', () => {
  test('comments in the discussion group and direct messages arrive; an offset confirms them', async () => {
    const t = await start();
    const post = (await call(t.apiBase, 'sendMessage', { chat_id: t.channel.id, text: 'New bread' })).body
      .result;
    const comment = t.addComment({
      postId: post.message_id,
      from: { id: 501, first_name: 'Ana' },
      text: 'Gluten free?',
    });
    const answer = (message_id: number) =>
      call(t.apiBase, 'sendMessage', {
        chat_id: t.discussion?.id,
        text: 'Yes!',
        reply_parameters: { message_id },
      });
    expect((await answer(comment.message_id)).body.result.reply_to_message.text).toBe('Gluten free?');
    expect((await answer(999)).body.description).toBe('Bad Request: message to be replied not found');
    t.addDirectMessage({ from: { id: 502, first_name: 'Ben', username: 'ben' }, text: 'Hello bot' });
    const first = (await call(t.apiBase, 'getUpdates', { timeout: 0 })).body.result;
    // The automatic forward of the post, the comment replying to it, and the direct message.
    expect(first).toHaveLength(3);
    expect(first[1].message.reply_to_message).toMatchObject({
      is_automatic_forward: true,
      forward_origin: { message_id: post.message_id },
    });
    const again = (await call(t.apiBase, 'getUpdates', { offset: first[1].update_id })).body.result;
    expect(again.map((u: { update_id: number }) => u.update_id)).toEqual([
      first[1].update_id,
      first[2].update_id,
    ]);
    const last = first[2].update_id + 1;
    expect((await call(t.apiBase, 'getUpdates', { offset: last })).body.result).toEqual([]);
    expect(t.violations).toEqual([]);
  });

  test('a long poll answers as soon as an update arrives; allowed_updates filters new ones', async () => {
    const t = await start();
    expect((await call(t.apiBase, 'getUpdates', { allowed_updates: ['channel_post'] })).body.result).toEqual(
      [],
    );
    t.addDirectMessage({ from: { id: 9, first_name: 'Cy' }, text: 'dropped by the filter' });
    await call(t.apiBase, 'getUpdates', { allowed_updates: [] });
    const waiting = call(t.apiBase, 'getUpdates', { timeout: 20 });
    setTimeout(() => t.addDirectMessage({ from: { id: 9, first_name: 'Cy' }, text: 'kept' }), 100);
    const updates = (await waiting).body.result;
    expect(updates.map((u: { message: { text: string } }) => u.message.text)).toEqual(['kept']);
    expect(t.violations).toEqual([]);
  });
});
