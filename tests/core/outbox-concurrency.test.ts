// One send at a time per channel, in due order; channels independent of each other; and a
// send cut short by a crash is checked with the network before anything is sent again.
import { describe, expect } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { SleepingClock } from '../support/sleeping-clock';
import { it, type CoreFixtures } from '../support/core-fixture';
import { attemptRows, targetRow } from '../support/outbox-harness';
import { HOUR, MINUTE } from '../support/time';

const NINE_AM = Date.parse('2026-11-25T14:00:00Z');

/** Lets every pending promise chain run (the sender awaits the keychain and the database). */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

describe('one channel', () => {
  it('sends its due posts one at a time, in due order', async ({ startOutbox }) => {
    const clock = new SleepingClock(NINE_AM - HOUR);
    const h = startOutbox({ clock });
    const channel = await h.connect('webhook');
    const later = await h.schedule([channel], '2026-11-25T09:01', 'Second');
    const earlier = await h.schedule([channel], '2026-11-25T09:00', 'First');
    h.webhook.scriptPublish({ kind: 'held' }, { kind: 'held' });

    // Both fall due together: the laptop wakes at 09:05.
    clock.sleep(HOUR + 5 * MINUTE);
    h.core.wake('resume');
    await h.webhook.untilCalls(1);
    await settle();
    expect(h.webhook.publishes.map((c) => c.text)).toEqual(['First']);
    expect(targetRow(h, later.targets[0]!.id).state).toBe('scheduled');

    h.webhook.held[0]!.succeed();
    await h.webhook.untilCalls(2);
    expect(targetRow(h, earlier.targets[0]!.id).state).toBe('published');
    expect(h.webhook.publishes.map((c) => c.text)).toEqual(['First', 'Second']);
    h.webhook.held[1]!.succeed();
    await h.core.whenIdle();
    expect(h.webhook.maxInFlight).toBe(1);
    expect(targetRow(h, later.targets[0]!.id).state).toBe('published');
  });

  it('holds a post that falls due while an earlier one on the channel is still sending', async ({
    startOutbox,
  }) => {
    const h = startOutbox();
    const channel = await h.connect('webhook');
    await h.schedule([channel], '2026-11-25T09:00', 'First');
    await h.schedule([channel], '2026-11-25T09:02', 'Second');
    h.webhook.scriptPublish({ kind: 'held' });
    h.clock.set(NINE_AM);
    await h.webhook.untilCalls(1);
    h.clock.set(NINE_AM + 5 * MINUTE);
    await settle();
    expect(h.webhook.publishes).toHaveLength(1);

    // Freed, the channel picks up what fell due meanwhile, without waiting for a timer.
    h.webhook.held[0]!.succeed();
    await h.core.whenIdle();
    expect(h.webhook.publishes.at(-1)?.at).toBe(NINE_AM + 5 * MINUTE);
    expect(h.webhook.publishes.map((c) => c.text)).toEqual(['First', 'Second']);
    expect(h.webhook.maxInFlight).toBe(1);
  });
});

describe('several channels', () => {
  it('send in parallel when due together, on the same or different networks', async ({ startOutbox }) => {
    const h = startOutbox();
    const shop = await h.connect('webhook', 'Shop hook');
    const blog = await h.connect('webhook', 'Blog hook');
    const discord = await h.connect('discord', 'Regulars');
    const both = await h.schedule([shop, discord], '2026-11-25T09:00', 'Everywhere');
    await h.schedule([blog], '2026-11-25T09:00', 'Blog only');
    h.webhook.scriptPublish({ kind: 'held' }, { kind: 'held' });
    h.discord.scriptPublish({ kind: 'held' });

    h.clock.set(NINE_AM);
    await Promise.all([h.webhook.untilCalls(2), h.discord.untilCalls(1)]);
    expect(h.webhook.maxInFlight).toBe(2);
    expect(new Set(h.webhook.publishes.map((c) => c.channelId))).toEqual(new Set([shop, blog]));
    expect(h.discord.publishes).toEqual([expect.objectContaining({ channelId: discord, at: NINE_AM })]);

    for (const held of [...h.webhook.held, ...h.discord.held]) held.succeed();
    await h.core.whenIdle();
    expect((await h.call('posts.get', { id: both.id })).status).toBe('published');
  });

  it('do not wait for a slow channel: a post due later on another channel goes out on time', async ({
    startOutbox,
  }) => {
    const h = startOutbox();
    const slow = await h.connect('webhook', 'Slow hook');
    const quick = await h.connect('discord', 'Regulars');
    await h.schedule([slow], '2026-11-25T09:00', 'Slow');
    const onTime = await h.schedule([quick], '2026-11-25T09:05', 'On time');
    h.webhook.scriptPublish({ kind: 'held' });

    h.clock.set(NINE_AM);
    await h.webhook.untilCalls(1);
    expect(h.clock.nextDueAt()).toBe(NINE_AM + 5 * MINUTE);
    h.clock.set(NINE_AM + 5 * MINUTE);
    await h.discord.untilCalls(1);
    expect(h.discord.publishes).toEqual([expect.objectContaining({ at: NINE_AM + 5 * MINUTE })]);
    await settle();
    expect(targetRow(h, onTime.targets[0]!.id).state).toBe('published');

    h.webhook.held[0]!.succeed();
    await h.core.whenIdle();
    expect(h.clock.pendingTimers).toBe(0);
  });
});

describe('a crash mid-send', () => {
  async function crashWhileSending(startOutbox: CoreFixtures['startOutbox']) {
    const first = startOutbox();
    const channel = await first.connect('webhook');
    const post = await first.schedule([channel], '2026-11-25T09:00', 'Cut short');
    const target = post.targets[0]!.id;
    first.webhook.scriptPublish({ kind: 'hang' });
    first.clock.set(NINE_AM);
    await first.webhook.untilCalls(1);
    await settle();
    // The attempt and its key were written before the request left.
    const row = targetRow(first, target);
    expect(row.state).toBe('sending');
    expect(row.idempotency_key).toBe(first.webhook.publishes[0]!.idempotencyKey);
    expect(attemptRows(first, target)).toEqual([
      expect.objectContaining({ started_at: NINE_AM, finished_at: null, outcome: null }),
    ]);
    return { first, post, target, key: row.idempotency_key! };
  }

  it('finds the post on the network and marks it published without sending it again', async ({
    startOutbox,
  }) => {
    const { first, post, target, key } = await crashWhileSending(startOutbox);
    // The request had arrived when the process died.
    first.webhook.delivered.set(key, { remoteId: 'r-1', remoteUrl: 'https://example.test/r-1' });

    first.crash();
    const second = first.reopen(new ManualClock(NINE_AM + 3 * MINUTE));
    await second.core.whenIdle();
    expect(second.webhook.calls.map((c) => [c.op, c.idempotencyKey, c.at])).toEqual([
      ['verify', key, NINE_AM + 3 * MINUTE],
    ]);
    expect(targetRow(second, target)).toMatchObject({
      state: 'published',
      remote_url: 'https://example.test/r-1',
    });
    expect(attemptRows(second, target)).toEqual([
      expect.objectContaining({ outcome: 'unknown', finished_at: NINE_AM + 3 * MINUTE }),
    ]);
    const kinds = (await second.call('activity.list', { postId: post.id })).map((e) => e.kind);
    expect(kinds.slice(0, 3)).toEqual(['attempt.published', 'attempt.verified', 'outbox.recovered']);
  });

  it('checks the interrupted post first: it was due before the ones queued behind it', async ({
    startOutbox,
  }) => {
    const { first, target } = await crashWhileSending(startOutbox);
    const channel = first.webhook.publishes[0]!.channelId;
    const behind = await first.schedule([channel], '2026-11-25T09:01', 'Queued behind');
    first.crash();
    const second = first.reopen(new ManualClock(NINE_AM + 5 * MINUTE));
    await second.core.whenIdle();
    expect(second.webhook.calls.map((c) => [c.op, c.targetId])).toEqual([
      ['verify', target],
      ['publish', target],
      ['publish', behind.targets[0]!.id],
    ]);
  });

  it('sends again with the same key when the network never got it', async ({ startOutbox }) => {
    const { first, target, key } = await crashWhileSending(startOutbox);
    first.crash();
    const second = first.reopen(new ManualClock(NINE_AM + HOUR));
    expect(targetRow(second, target).state).toBe('unknown');
    await second.core.whenIdle();
    expect(second.webhook.calls.map((c) => [c.op, c.idempotencyKey])).toEqual([
      ['verify', key],
      ['publish', key],
    ]);
    expect(targetRow(second, target).state).toBe('published');
    expect(attemptRows(second, target).map((a) => a.outcome)).toEqual(['unknown', 'published']);
  });
});
