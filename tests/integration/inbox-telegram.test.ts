// The Telegram inbox through the real core, against the fake Bot API on loopback: comments in
// the channel's discussion group and messages to the bot, read with getUpdates and an offset.
import { describe, expect, test } from 'vitest';
import type { ManualClock } from '../../src-main/core/clock';
import type { TelegramFake, TelegramFakeOptions } from '../fakes/telegram-fake';
import { telegramWorlds } from '../support/telegram-world';
import type { TestCore } from '../support/test-core';

let tg: TelegramFake;
let t: TestCore;
let clock: ManualClock;
const startWorld = telegramWorlds();

async function start(fake: Omit<TelegramFakeOptions, 'now'> = {}) {
  const world = await startWorld(fake);
  ({ tg, t, clock } = world);
  return world.channelId;
}

/** The JSON parameters of each getUpdates call, in order. */
const getUpdatesCalls = () =>
  tg.requests
    .filter((r) => r.path.endsWith('/getUpdates'))
    .map((r) => JSON.parse(r.body.toString('utf8') || '{}') as Record<string, unknown>);

async function publish(channelId: string, body: string) {
  const post = await t.call('posts.create', { body, channelIds: [channelId] });
  await t.call('posts.publishNow', { id: post.id });
  await t.core.whenIdle();
  return post.id;
}

const sam = { id: 501, first_name: 'Sam', last_name: 'Baker', username: 'sam_b' };
const kim = { id: 502, first_name: 'Kim' };

describe('Telegram inbox sync', () => {
  test('comments under our channel post and messages to the bot arrive once, by offset', async () => {
    const channelId = await start();
    const postId = await publish(channelId, 'New: cardamom buns');
    const channelPost = tg.channelPosts[0]!.message_id;
    clock.advance(60_000);
    tg.addComment({ postId: channelPost, from: sam, text: 'Are they vegan?' });
    clock.advance(60_000);
    tg.addDirectMessage({ from: kim, text: 'Do you deliver?' });

    await t.call('inbox.refresh', {});
    const list = await t.call('inbox.list', {});
    expect(list.items.map((i) => [i.kind, i.authorName, i.authorHandle, i.text])).toEqual([
      ['message', 'Kim', 'Kim', 'Do you deliver?'],
      ['comment', 'Sam Baker', '@sam_b', 'Are they vegan?'],
    ]);
    const comment = list.items[1]!;
    expect(comment).toMatchObject({ inReplyToPostId: postId, channelId });
    expect(comment.url).toBe(`https://t.me/cadence_bakery/${channelPost}?comment=2`);
    expect((await t.call('inbox.get', { id: comment.id })).ourPost).toMatchObject({
      postId,
      text: 'New: cardamom buns',
    });
    // The first read takes what Telegram holds; the next confirms it with offset = last update + 1.
    await t.call('inbox.refresh', {});
    expect((await t.call('inbox.list', {})).total).toBe(2);
    const calls = getUpdatesCalls();
    expect(calls[0]).toMatchObject({ allowed_updates: ['message'], timeout: 0 });
    expect(calls[0]!.offset).toBeUndefined();
    const lastUpdate = 100_000_003; // forward of our post, the comment, the message
    expect(calls[1]!.offset).toBe(lastUpdate + 1);
    expect(tg.world.updates).toEqual([]);

    // An answer to an answer in the same thread still belongs to our post.
    clock.advance(60_000);
    tg.addComment({ postId: channelPost, from: kim, text: 'Ask at the counter' });
    await t.call('inbox.refresh', {});
    const [latest] = (await t.call('inbox.list', {})).items;
    expect(latest).toMatchObject({ text: 'Ask at the counter', inReplyToPostId: postId });
    expect(getUpdatesCalls().at(-1)!.offset).toBe(lastUpdate + 1);
  });

  test('a reply to a comment is sent to the discussion group as a reply, exactly once', async () => {
    const channelId = await start();
    await publish(channelId, 'Sourdough class on Saturday');
    const comment = tg.addComment({ postId: tg.channelPosts[0]!.message_id, from: sam, text: 'How long?' });
    await t.call('inbox.refresh', {});
    const [item] = (await t.call('inbox.list', {})).items;
    const { post } = await t.call('inbox.reply', { id: item!.id, text: 'Three hours, bread included.' });
    expect(post.body).toBe('Three hours, bread included.');
    await t.core.whenIdle();
    const group = tg.discussion!;
    const answers = (tg.world.messages.get(group.id) ?? []).filter(
      (m) => m.text === 'Three hours, bread included.',
    );
    expect(answers).toHaveLength(1);
    expect((answers[0]!.reply_to_message as { message_id: number }).message_id).toBe(comment.message_id);
    expect(tg.channelPosts).toHaveLength(1);
    const thread = await t.call('inbox.get', { id: item!.id });
    expect(thread.conversation.at(-1)).toMatchObject({ type: 'reply', reply: { state: 'published' } });
    expect(thread.item.firstRepliedAt).toBe(clock.now());
    // Our own answer coming back through getUpdates is not an inbox item.
    await t.call('inbox.refresh', {});
    expect((await t.call('inbox.list', {})).total).toBe(1);
  });

  test('what the bot cannot see is said plainly', async () => {
    await start({ channel: { discussion: null } });
    tg.addDirectMessage({ from: kim, text: 'Hello?' });
    const [source] = await t.call('inbox.refresh', {});
    expect(source).toMatchObject({ hasInbox: true, lastError: null });
    expect(source!.notice).toContain('no discussion group');
    expect((await t.call('inbox.list', {})).total).toBe(1);
  });

  test('a failed sync says why in plain words, and the next one resumes', async () => {
    await start();
    tg.faults.add({ kind: 'server-error' }, { path: 'getUpdates' });
    const [failed] = await t.call('inbox.refresh', {});
    expect(failed!.lastError).toContain('Telegram had a problem');
    expect(failed!.nextSyncAt).toBeNull();
    tg.addDirectMessage({ from: kim, text: 'Still there?' });
    const [recovered] = await t.call('inbox.refresh', {});
    expect(recovered!.lastError).toBeNull();
    expect((await t.call('inbox.list', {})).total).toBe(1);
  });
});
