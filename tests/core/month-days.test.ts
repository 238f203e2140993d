// The month view's answer ('calendar.month'): each day of the business's calendar keeps its first
// posts by time up to what a cell shows and counts all of them, with days read in the business
// zone across a clock change, drafts left out as the calendar leaves them out, and the whole
// answer the same through the core as the pure function gives.
import { expect } from 'vitest';
import { firstPostsPerDay } from '../../src-main/core/store/month-days';
import type { PostSummary } from '../../src-main/shared/entities';
import { checkLocalTime, formatLocal, localAt } from '../../src-main/shared/zoned-time';
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

it("places every post on its own day across clock changes, reading each day's key once", () => {
  // Posts every 37 minutes over the days around each change of 2026 in zones whose changes fall
  // at midnight (Havana, Santiago), at 02:00, at half hours (Lord Howe) and in Morocco's Ramadan.
  const zones = [
    'America/Havana',
    'America/Santiago',
    'America/New_York',
    'Australia/Lord_Howe',
    'Africa/Casablanca',
  ];
  const starts = [
    Date.UTC(2026, 1, 10),
    Date.UTC(2026, 2, 5),
    Date.UTC(2026, 3, 1),
    Date.UTC(2026, 8, 3),
    Date.UTC(2026, 9, 1),
    Date.UTC(2026, 9, 30),
  ];
  for (const timeZone of zones) {
    for (const start of starts) {
      const times = Array.from({ length: 400 }, (_, i) => ({
        scheduledAt: start + i * 37 * 60_000,
        status: 'scheduled' as const,
      }));
      const naive: Record<string, number> = {};
      for (const { scheduledAt } of times) {
        const day = formatLocal(localAt(scheduledAt, timeZone)).slice(0, 10);
        naive[day] = (naive[day] ?? 0) + 1;
      }
      expect(
        firstPostsPerDay(times, timeZone, 3).dayTotals,
        `${timeZone} from ${new Date(start).toISOString()}`,
      ).toEqual(naive);
    }
  }
});
