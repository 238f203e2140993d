// The month view's answer ('calendar.month'): each day of the business's calendar keeps its first
// posts by time up to what a cell shows and counts all of them, with days read in the business
// zone across a clock change, drafts left out as the calendar leaves them out, and the whole
// answer the same through the core as the pure function gives.
import { expect } from 'vitest';
import { firstPostsPerDay } from '../../src-main/core/store/month-days';
import type { PostSummary } from '../../src-main/shared/entities';
import { checkLocalTime } from '../../src-main/shared/zoned-time';
import { it } from '../support/core-fixture';

const ZONE = 'America/New_York';

function at(local: string): number {
  const check = checkLocalTime(local, ZONE);
  if (check.kind !== 'exact') throw new Error(`not one instant: ${local}`);
  return check.utc;
}

function post(id: string, local: string | null, status: PostSummary['status'] = 'scheduled'): PostSummary {
  return {
    id,
    excerpt: id,
    status,
    kind: 'organic',
    scheduledAt: local === null ? null : at(local),
    scheduledTimeZone: local === null ? null : ZONE,
    scheduledLocal: local,
    updatedAt: 0,
    channelIds: [],
    mediaCount: 0,
    handedOff: false,
    repeats: false,
    recycled: false,
  };
}

it('keeps the first posts of each day by time and counts every post of the day', () => {
  const posts = [
    post('a', '2026-11-01T00:30'), // the fall-back day in New York: 25 hours long
    post('b', '2026-11-01T09:00'),
    post('c', '2026-11-01T23:30'), // 04:30 the next day in UTC, still Sunday here
    post('d', '2026-11-02T08:00'),
  ];
  const month = firstPostsPerDay(posts, ZONE, 2);
  expect(month.posts.map((shown) => shown.id)).toEqual(['a', 'b', 'd']);
  expect(month.dayTotals).toEqual({ '2026-11-01': 3, '2026-11-02': 1 });
});

it('leaves out drafts and unscheduled posts, as the calendar does', () => {
  const month = firstPostsPerDay(
    [
      post('draft', '2026-11-03T09:00', 'draft'),
      post('loose', null),
      post('sent', '2026-11-03T10:00', 'published'),
    ],
    ZONE,
    3,
  );
  expect(month.posts.map((shown) => shown.id)).toEqual(['sent']);
  expect(month.dayTotals).toEqual({ '2026-11-03': 1 });
});

it('answers calendar.month from the stored posts, checked against the contract', async ({ t }) => {
  const channel = await t.call('channels.add', {
    network: 'bluesky',
    displayName: 'Shop',
    handle: 'shop.bsky.social',
  });
  for (const time of ['08:00', '10:00', '12:00', '16:00']) {
    const made = await t.call('posts.create', { body: `Busy day at ${time}`, channelIds: [channel.id] });
    await t.call('posts.schedule', { id: made.id, local: `2026-12-10T${time}`, timeZone: ZONE });
  }
  const window = { from: at('2026-12-01T00:00'), to: at('2026-12-31T00:00') };
  const month = await t.call('calendar.month', { ...window, timeZone: ZONE, perDay: 3 });
  expect(month.dayTotals).toEqual({ '2026-12-10': 4 });
  expect(month.posts.map((shown) => shown.excerpt)).toEqual([
    'Busy day at 08:00',
    'Busy day at 10:00',
    'Busy day at 12:00',
  ]);
  expect(month).toEqual(firstPostsPerDay(await t.call('calendar.range', window), ZONE, 3));
});
