// The queue through the real dispatch on real SQLite: slots, "Add to queue", reorder and shuffle,
// pause (nothing is sent), composer warnings, and evergreen posts recycled into empty slots.
import { describe, expect } from 'vitest';
import { SUGGESTED_SLOTS } from '../../src-main/shared/queue';
import { localStringAt } from '../../src-main/shared/zoned-time';
import { freeSlotsByDay } from '../../src-renderer/src/features/queue/use-month-free-slots';
import { test } from '../support/core-fixture';
import type { TestCore } from '../support/test-core';
import { DAY, HOUR, MINUTE } from '../support/time';

const ZONE = 'America/New_York';
const daily = (...times: string[]) =>
  [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => times.map((time) => ({ weekday, time })));
const localOf = (at: number | null) => localStringAt(at!, ZONE);

const addChannel = async (t: TestCore, network: 'bluesky' | 'x' | 'mastodon' = 'bluesky', name = 'Shop') =>
  (await t.call('channels.add', { network, displayName: name, handle: name })).id;

const draft = async (t: TestCore, channelIds: string[], body: string) =>
  (await t.call('posts.create', { body, channelIds })).id;

// The core starts at Wednesday 25 November 2026, 07:00 in New York.
describe('slots and "Add to queue"', () => {
  test('a channel without slots offers its network’s suggestion and refuses to queue', async ({ t }) => {
    const channel = await addChannel(t);
    const queue = await t.call('queue.get', { channelId: channel });
    expect(queue).toMatchObject({ slots: [], paused: false, entries: [] });
    expect(queue.suggested).toEqual(SUGGESTED_SLOTS.bluesky);
    const post = await draft(t, [channel], 'Fresh bread');
    expect(await t.errorOf('queue.add', { postId: post })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('Shop has no posting times yet'),
    });
  });

  test('three posts fill the next three free slots in order, in the business zone', async ({ t }) => {
    const channel = await addChannel(t);
    const saved = await t.call('queue.setSlots', {
      channelId: channel,
      slots: [...daily('18:00', '09:00'), { weekday: 1, time: '09:00' }],
    });
    expect(saved.slots).toHaveLength(14);
    expect(saved.slots[0]).toEqual({ weekday: 1, time: '09:00' });

    const posts = [];
    for (const body of ['One', 'Two', 'Three']) {
      const post = await t.call('queue.add', { postId: await draft(t, [channel], body) });
      expect(post).toMatchObject({ status: 'scheduled', queued: true, scheduledTimeZone: ZONE });
      posts.push(post);
    }
    expect(posts.map((p) => localOf(p.scheduledAt))).toEqual([
      '2026-11-25T09:00',
      '2026-11-25T18:00',
      '2026-11-26T09:00',
    ]);
    const queue = await t.call('queue.get', { channelId: channel });
    expect(queue.entries.map((e) => e.excerpt)).toEqual(['One', 'Two', 'Three']);
  });

  test('a post on two channels takes the earliest free slot they share', async ({ t }) => {
    const a = await addChannel(t, 'bluesky', 'A');
    const b = await addChannel(t, 'mastodon', 'B');
    await t.call('queue.setSlots', { channelId: a, slots: daily('09:00', '18:00') });
    await t.call('queue.setSlots', { channelId: b, slots: daily('18:00') });
    await t.call('queue.add', { postId: await draft(t, [b], 'Only B') });
    const both = await t.call('queue.add', { postId: await draft(t, [a, b], 'Both') });
    // Today 09:00 is not a slot of B, and today 18:00 is taken on B.
    expect(localOf(both.scheduledAt)).toBe('2026-11-26T18:00');

    const c = await addChannel(t, 'mastodon', 'C');
    await t.call('queue.setSlots', { channelId: c, slots: daily('07:30') });
    expect(await t.errorOf('queue.add', { postId: await draft(t, [a, c], 'Never') })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('share no free posting time'),
    });
  });

  test('reorder swaps slot times, shuffle keeps them, and a time picked by hand leaves the queue', async ({
    t,
  }) => {
    const channel = await addChannel(t);
    await t.call('queue.setSlots', { channelId: channel, slots: daily('09:00') });
    const ids = [];
    for (const body of ['One', 'Two', 'Three'])
      ids.push((await t.call('queue.add', { postId: await draft(t, [channel], body) })).id);
    const times = (await t.call('queue.get', { channelId: channel })).entries.map((e) => e.scheduledAt);

    const moved = await t.call('queue.move', { channelId: channel, postId: ids[2]!, toIndex: 0 });
    expect(moved.entries.map((e) => e.excerpt)).toEqual(['Three', 'One', 'Two']);
    expect(moved.entries.map((e) => e.scheduledAt)).toEqual(times);
    const down = await t.call('queue.move', { channelId: channel, postId: ids[2]!, toIndex: 1 });
    expect(down.entries.map((e) => e.excerpt)).toEqual(['One', 'Three', 'Two']);

    const shuffled = await t.call('queue.shuffle', { channelId: channel });
    expect(shuffled.entries.map((e) => e.scheduledAt)).toEqual(times);
    expect(shuffled.entries.map((e) => e.excerpt).sort()).toEqual(['One', 'Three', 'Two']);

    const pinned = await t.call('posts.schedule', { id: ids[0]!, local: '2026-12-24T10:00', timeZone: ZONE });
    expect(pinned.queued).toBe(false);
    expect((await t.call('queue.get', { channelId: channel })).entries).toHaveLength(2);
    expect(await t.errorOf('queue.move', { channelId: channel, postId: ids[0]!, toIndex: 0 })).toMatchObject({
      code: 'CONFLICT',
    });
  });

  test('empty slots from now on are the calendar’s gaps, taken ones are not', async ({ t }) => {
    const channel = await addChannel(t);
    await t.call('queue.setSlots', { channelId: channel, slots: daily('09:00') });
    await t.call('queue.add', { postId: await draft(t, [channel], 'One') });
    const now = t.clock.now();
    const gaps = await t.call('queue.emptySlots', { from: now - 2 * DAY, to: now + 3 * DAY });
    expect(gaps.map((gap) => localOf(gap.at))).toEqual(['2026-11-26T09:00', '2026-11-27T09:00']);
    await t.call('queue.setPaused', { channelId: channel, paused: true });
    expect(await t.call('queue.emptySlots', { from: now, to: now + 3 * DAY })).toEqual([]);
  });

  test('the month view counts each day’s free slots on the business clock, from now on', async ({ t }) => {
    const bluesky = await addChannel(t);
    const x = await addChannel(t, 'x', 'Shop on X');
    await t.call('queue.setSlots', { channelId: bluesky, slots: daily('09:00', '23:30') });
    await t.call('queue.setSlots', { channelId: x, slots: daily('09:00') });
    await t.call('queue.add', { postId: await draft(t, [bluesky], 'Rye') });
    // November 2026's grid in New York: Sunday 1 November to Saturday 12 December.
    const from = Date.parse('2026-11-01T04:00:00Z');
    const to = Date.parse('2026-12-13T05:00:00Z');
    const byDay = freeSlotsByDay(await t.call('queue.emptySlots', { from, to }), ZONE);
    // Today (the 25th): Bluesky's 09:00 holds the post; its 23:30 (04:30 UTC on the 26th) and X's
    // 09:00 are free. Days gone by have none; every later day has all three.
    expect(byDay.get('2026-11-24')).toBeUndefined();
    expect(byDay.get('2026-11-25')).toBe(2);
    expect(byDay.get('2026-11-26')).toBe(3);
    expect(byDay.get('2026-12-12')).toBe(3);
    expect(byDay.size).toBe(18);
  });
});

describe('warnings in the composer', () => {
  test('two posts within the hour, and the same text again on X but not on Bluesky', async ({ t }) => {
    const x = await addChannel(t, 'x', 'Shop on X');
    const bluesky = await addChannel(t, 'bluesky', 'Shop on Bluesky');
    const first = await draft(t, [x, bluesky], 'Open late today');
    await t.call('posts.schedule', { id: first, local: '2026-11-27T09:00', timeZone: ZONE });
    const second = await draft(t, [x, bluesky], 'Open late today');
    await t.call('posts.schedule', { id: second, local: '2026-11-28T09:00', timeZone: ZONE });
    const third = await draft(t, [bluesky], 'Something else');
    await t.call('posts.schedule', { id: third, local: '2026-11-28T09:30', timeZone: ZONE });

    const warnings = await t.call('queue.warnings', { postId: second });
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'duplicateText', channelId: x, otherPostId: first }),
        expect.objectContaining({ kind: 'sameHour', channelId: bluesky, otherPostId: third }),
      ]),
    );
    expect(warnings).toHaveLength(2);
    expect(await t.call('queue.warnings', { postId: await draft(t, [x], 'Draft') })).toEqual([]);
  });
});

describe('pause and evergreen, with the outbox running', () => {
  test('a paused queue sends nothing; resumed, its post goes out', async ({ h, hook }) => {
    await h.call('queue.setSlots', { channelId: hook, slots: daily('09:00') });
    const post = await h.call('queue.add', { postId: await draft(h, [hook], 'Paused bread') });
    const paused = await h.call('queue.setPaused', { channelId: hook, paused: true });
    expect(paused.paused).toBe(true);
    await h.runUntil(post.scheduledAt! + 10 * MINUTE);
    expect(h.webhook.publishes).toHaveLength(0);
    expect((await h.call('posts.get', { id: post.id })).status).toBe('scheduled');

    await h.call('queue.setPaused', { channelId: hook, paused: false });
    await h.runFor(MINUTE);
    expect(h.webhook.publishes).toHaveLength(1);
    expect((await h.call('posts.get', { id: post.id })).status).toBe('published');
  });

  test('evergreen posts fill empty slots with their gap, alternate, and each copy goes out once', async ({
    h,
    hook,
  }) => {
    await h.call('queue.setSlots', { channelId: hook, slots: daily('09:00') });
    const a = await h.call('queue.add', { postId: await draft(h, [hook], 'Try our sourdough') });
    const b = await h.call('queue.add', { postId: await draft(h, [hook], 'Coffee from 7') });
    await h.call('queue.setEvergreen', { postId: a.id, evergreen: true, gapDays: 2 });
    const marked = await h.call('queue.setEvergreen', { postId: b.id, evergreen: true, gapDays: 2 });
    expect(marked).toMatchObject({ evergreen: true, evergreenGapDays: 2, evergreenUntil: null });

    const queue = await h.call('queue.get', { channelId: hook });
    expect(queue.entries.map((e) => [localOf(e.scheduledAt).slice(0, 10), e.excerpt, e.recycled])).toEqual([
      ['2026-11-25', 'Try our sourdough', false],
      ['2026-11-26', 'Coffee from 7', false],
      ['2026-11-27', 'Try our sourdough', true],
      ['2026-11-28', 'Coffee from 7', true],
      ['2026-11-29', 'Try our sourdough', true],
      ['2026-11-30', 'Coffee from 7', true],
      ['2026-12-01', 'Try our sourdough', true],
    ]);
    // The calendar and the search mark the copies, and only them, as recycled (not as repeats).
    const range = { from: queue.entries[0]!.scheduledAt, to: queue.entries.at(-1)!.scheduledAt + 1 };
    const marks = (posts: Array<{ recycled?: boolean; repeats?: boolean }>) =>
      posts.map((post) => [post.recycled, post.repeats]);
    const expected = [false, false, true, true, true, true, true].map((recycled) => [recycled, false]);
    expect(marks(await h.call('calendar.range', range))).toEqual(expected);
    const found = await h.call('posts.search', { ...range, channelId: hook });
    expect(marks(found.posts).sort()).toEqual(expected.sort());
    // Asking again recycles nothing twice: the slots are taken.
    await h.call('queue.setSlots', { channelId: hook, slots: daily('09:00') });
    expect((await h.call('queue.get', { channelId: hook })).entries).toHaveLength(7);

    const firstCopy = queue.entries[2]!;
    await h.runUntil(firstCopy.scheduledAt + 10 * MINUTE);
    expect(h.webhook.publishes).toHaveLength(3);
    expect((await h.call('posts.get', { id: firstCopy.postId })).recycledFromId).toBe(a.id);
    await h.runFor(HOUR);
    expect(h.webhook.publishes).toHaveLength(3);
  });
});
