import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Channel, PostSummary } from '@shared/entities';
import {
  dayLabel,
  entryName,
  groupByDay,
  monthGridDays,
  moveToDay,
  moveToSlot,
  periodLabel,
  shiftAnchor,
  todayIn,
  visibleDays,
  weekDays,
  weekStartFor,
  windowFor,
  dayKey,
} from '../../src-renderer/src/features/calendar/calendar-model';
import { channelFixture } from '../support/channel-fixture';
import { HOUR } from '../support/time';
import { postSummary } from './support/post-summary';

// Run with a machine zone far from the business zones below, to prove the calendar never
// reads the laptop's zone.
const machineZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Tokyo';
});
afterAll(() => {
  process.env.TZ = machineZone;
});

function summary(overrides: Partial<PostSummary>): PostSummary {
  return postSummary({ id: 'p1', excerpt: 'Fresh bread today', ...overrides });
}

describe('week start', () => {
  it('follows the locale', () => {
    expect(weekStartFor('en-US')).toBe(0);
    expect(weekStartFor('en-GB')).toBe(1);
    expect(weekStartFor('de-DE')).toBe(1);
  });

  it('falls back to Sunday for a locale it cannot read', () => {
    expect(weekStartFor('not a locale!')).toBe(0);
  });
});

describe('grids', () => {
  it('covers a month in whole weeks from the week start', () => {
    const sunday = monthGridDays({ year: 2026, month: 12, day: 15 }, 0);
    expect(dayKey(sunday[0]!)).toBe('2026-11-29');
    expect(dayKey(sunday.at(-1)!)).toBe('2027-01-02');
    expect(sunday).toHaveLength(35);

    const monday = monthGridDays({ year: 2026, month: 12, day: 15 }, 1);
    expect(dayKey(monday[0]!)).toBe('2026-11-30');
    expect(dayKey(monday.at(-1)!)).toBe('2027-01-03');
  });

  it('gives every day of a DST month exactly one cell', () => {
    // March 2026: New York springs forward on the 8th, London on the 29th.
    const days = monthGridDays({ year: 2026, month: 3, day: 1 }, 0);
    const keys = days.map(dayKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('2026-03-08');
    expect(keys).toContain('2026-03-29');
    expect(days.length % 7).toBe(0);
  });

  it('lists a week of seven days', () => {
    const days = weekDays({ year: 2026, month: 12, day: 3 }, 1);
    expect(days.map(dayKey)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });
});

describe('day boundaries in the business zone', () => {
  it('queries from local midnight to local midnight, not the machine zone', () => {
    const days = visibleDays('week', { year: 2026, month: 12, day: 1 }, 1);
    const { from, to } = windowFor(days, 'America/New_York');
    expect(from).toBe(Date.UTC(2026, 10, 30, 5));
    expect(to).toBe(Date.UTC(2026, 11, 7, 5));
  });

  it('makes the spring-forward week one hour shorter', () => {
    const days = visibleDays('week', { year: 2026, month: 3, day: 8 }, 0);
    const { from, to } = windowFor(days, 'America/New_York');
    expect(from).toBe(Date.UTC(2026, 2, 8, 5));
    expect(to).toBe(Date.UTC(2026, 2, 15, 4));
    expect(to - from).toBe(7 * 24 * HOUR - HOUR);
  });

  it('keeps a month window within the 100-day query limit', () => {
    const days = monthGridDays({ year: 2026, month: 3, day: 1 }, 1);
    const { from, to } = windowFor(days, 'Pacific/Auckland');
    expect(to - from).toBeLessThanOrEqual(100 * 24 * HOUR);
  });

  it('reads today in the business zone', () => {
    // 03:00 UTC on Dec 2 is still Dec 1 in New York and already Dec 2 in Auckland.
    const now = Date.UTC(2026, 11, 2, 3);
    expect(dayKey(todayIn(now, 'America/New_York'))).toBe('2026-12-01');
    expect(dayKey(todayIn(now, 'Pacific/Auckland'))).toBe('2026-12-02');
  });

  it('groups posts by their business-zone day and hour, leaving drafts out', () => {
    const channels = [channelFixture('c1', 'bluesky', { displayName: 'Shop', connection: 'manual' })];
    const posts = [
      summary({ id: 'late', scheduledAt: Date.UTC(2026, 11, 2, 3, 30), channelIds: ['c1'] }),
      summary({ id: 'morning', scheduledAt: Date.UTC(2026, 11, 1, 14), channelIds: ['c1'] }),
      summary({ id: 'draft', status: 'draft', scheduledAt: Date.UTC(2026, 11, 1, 15) }),
    ];
    const byDay = groupByDay(posts, 'America/New_York', channels);
    const dec1 = byDay.get('2026-12-01')!;
    expect(dec1.map((e) => [e.post.id, e.time, e.hour])).toEqual([
      ['morning', '09:00', 9],
      ['late', '22:30', 22],
    ]);
    expect(byDay.size).toBe(1);
    expect(entryName(dec1[0]!)).toBe('09:00, Fresh bread today, Bluesky: Shop, Scheduled');
    expect(dec1.map((e) => e.atRisk)).toEqual([false, false]);

    // A post whose channel must be reconnected first says so in its name (the mark is drawn).
    const marked = groupByDay(posts, 'America/New_York', channels, new Set(['late'])).get('2026-12-01')!;
    expect(marked.map((e) => e.atRisk)).toEqual([false, true]);
    expect(entryName(marked[1]!)).toBe(
      '22:30, Fresh bread today, Bluesky: Shop, Scheduled, reconnect its channel before it is due',
    );

    // A post a network's scheduler holds says so, first in the week where the status shows first.
    const held = groupByDay([{ ...posts[1]!, handedOff: true }], 'America/New_York', channels).get(
      '2026-12-01',
    )!;
    expect(entryName(held[0]!)).toBe(
      '09:00, Fresh bread today, Bluesky: Shop, Handed to the network’s schedule',
    );
    expect(entryName(held[0]!, true)).toBe(
      '09:00, Handed to the network’s schedule, Fresh bread today, Bluesky: Shop',
    );

    // A post of a recurring series says it repeats (the mark is drawn), before any warning.
    const repeating = groupByDay(
      [{ ...posts[1]!, repeats: true }],
      'America/New_York',
      channels,
      new Set(['morning']),
    ).get('2026-12-01')!;
    expect(entryName(repeating[0]!)).toBe(
      '09:00, Fresh bread today, Bluesky: Shop, Scheduled, repeats, reconnect its channel before it is due',
    );
    // A recycled copy of an evergreen post says so too.
    const recycled = groupByDay([{ ...posts[1]!, recycled: true }], 'America/New_York', channels).get(
      '2026-12-01',
    )!;
    expect(entryName(recycled[0]!)).toBe(
      '09:00, Fresh bread today, Bluesky: Shop, Scheduled, an evergreen post again',
    );
  });

  it("names each post's channels, shared, removed or none, and its networks once each", () => {
    const channel = (id: string, network: Channel['network'], displayName: string) =>
      channelFixture(id, network, { displayName, connection: 'manual' });
    const channels = [
      channel('c1', 'bluesky', 'Shop'),
      channel('c2', 'mastodon', 'Cafe'),
      channel('c3', 'bluesky', 'Deli'),
    ];
    const at = (hour: number) => Date.UTC(2026, 11, 1, hour);
    const posts = [
      summary({ id: 'a', scheduledAt: at(14), channelIds: ['c1', 'c2'] }),
      summary({ id: 'b', scheduledAt: at(15), channelIds: ['c1', 'c2'] }),
      summary({ id: 'c', scheduledAt: at(16), channelIds: ['c2', 'gone'] }),
      summary({ id: 'd', scheduledAt: at(17), channelIds: [] }),
      summary({ id: 'e', scheduledAt: at(18), channelIds: ['c1', 'c3'] }),
    ];
    const day = groupByDay(posts, 'America/New_York', channels).get('2026-12-01')!;
    expect(day.map((e) => [e.post.id, e.channelLabel, e.networks])).toEqual([
      ['a', 'Bluesky: Shop, Mastodon: Cafe', ['bluesky', 'mastodon']],
      ['b', 'Bluesky: Shop, Mastodon: Cafe', ['bluesky', 'mastodon']],
      ['c', 'Mastodon: Cafe, Removed channel', ['mastodon']],
      ['d', 'No channel', []],
      ['e', 'Bluesky: Shop, Bluesky: Deli', ['bluesky']],
    ]);
  });
});

describe('labels and moves', () => {
  it('names periods and days', () => {
    expect(periodLabel('month', { year: 2026, month: 12, day: 9 }, 1)).toBe('December 2026');
    expect(periodLabel('week', { year: 2026, month: 12, day: 3 }, 1)).toBe('Nov 30 – Dec 6, 2026');
    expect(periodLabel('week', { year: 2026, month: 12, day: 9 }, 1)).toBe('Dec 7 – 13, 2026');
    expect(periodLabel('week', { year: 2026, month: 12, day: 31 }, 1)).toBe('Dec 28, 2026 – Jan 3, 2027');
    expect(dayLabel({ year: 2026, month: 12, day: 1 })).toBe('Tuesday, December 1, 2026');
  });

  it('moves by whole periods', () => {
    expect(shiftAnchor('month', { year: 2026, month: 1, day: 31 }, 1)).toEqual({
      year: 2026,
      month: 2,
      day: 1,
    });
    expect(shiftAnchor('month', { year: 2026, month: 1, day: 15 }, -1)).toEqual({
      year: 2025,
      month: 12,
      day: 1,
    });
    expect(shiftAnchor('week', { year: 2026, month: 12, day: 29 }, 1)).toEqual({
      year: 2027,
      month: 1,
      day: 5,
    });
  });

  it('keeps the time of day when moving to a day, and the minutes when moving to a slot', () => {
    expect(moveToDay('2026-12-01T09:00', { year: 2026, month: 12, day: 2 })).toBe('2026-12-02T09:00');
    expect(moveToDay('2026-03-07T09:15', { year: 2026, month: 3, day: 9 })).toBe('2026-03-09T09:15');
    expect(moveToSlot('2026-12-01T09:45', { year: 2026, month: 12, day: 3 }, 14)).toBe('2026-12-03T14:45');
  });
});
