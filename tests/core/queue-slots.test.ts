// Weekly posting slots as instants: 09:00 stays 09:00 across DST in two zones, slots in a gap or
// an overlap land where the rule says, and a multi-channel post waits for a slot its channels share.
import { describe, expect, it } from 'vitest';
import { nextCommonFreeSlot, slotInstant, slotInstants } from '../../src-main/core/queue/slot-calendar';
import { localStringAt } from '../../src-main/shared/zoned-time';
import { DAY, HOUR } from '../support/time';

const daily = (time: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, time }));

describe('slot instants across a DST change', () => {
  for (const { zone, from, to } of [
    { zone: 'Europe/Berlin', from: '2026-03-27T00:00Z', to: '2026-04-01T00:00Z' },
    { zone: 'Europe/Berlin', from: '2026-10-23T00:00Z', to: '2026-10-28T00:00Z' },
    { zone: 'America/New_York', from: '2026-03-06T12:00Z', to: '2026-03-11T12:00Z' },
    { zone: 'America/New_York', from: '2026-10-30T12:00Z', to: '2026-11-04T12:00Z' },
  ]) {
    it(`keep 09:00 at 09:00 in ${zone} around ${from.slice(0, 10)}`, () => {
      const instants = slotInstants(daily('09:00'), zone, Date.parse(from), Date.parse(to));
      expect(instants).toHaveLength(5);
      expect(instants.map((at) => localStringAt(at, zone).slice(11))).toEqual(Array(5).fill('09:00'));
      // One of the gaps between consecutive days is 23 or 25 hours: the change is really crossed.
      const gaps = instants.slice(1).map((at, i) => (at - instants[i]!) / HOUR);
      expect(gaps.some((hours) => hours !== 24)).toBe(true);
    });
  }

  it('move a slot in the spring-forward gap forward by the skipped hour', () => {
    // Berlin skips 02:00–03:00 on 29 March 2026.
    expect(localStringAt(slotInstant('2026-03-29T02:30', 'Europe/Berlin'), 'Europe/Berlin')).toBe(
      '2026-03-29T03:30',
    );
    // New York skips 02:00–03:00 on 8 March 2026.
    expect(localStringAt(slotInstant('2026-03-08T02:15', 'America/New_York'), 'America/New_York')).toBe(
      '2026-03-08T03:15',
    );
  });

  it('take the first of the two 02:30s when the clocks fall back', () => {
    const berlin = slotInstant('2026-10-25T02:30', 'Europe/Berlin');
    expect(berlin).toBe(Date.parse('2026-10-25T00:30Z')); // 02:30 CEST, the first one
    const newYork = slotInstant('2026-11-01T01:30', 'America/New_York');
    expect(newYork).toBe(Date.parse('2026-11-01T05:30Z')); // 01:30 EDT, the first one
  });

  it('never list a gap slot twice when it meets the slot after the gap', () => {
    const slots = [
      { weekday: 7, time: '02:30' },
      { weekday: 7, time: '03:30' },
    ];
    const instants = slotInstants(
      slots,
      'Europe/Berlin',
      Date.parse('2026-03-28T12:00Z'),
      Date.parse('2026-03-30T00:00Z'),
    );
    expect(instants).toEqual([Date.parse('2026-03-29T01:30Z')]);
  });

  it('follow the weekday in the zone, not in UTC', () => {
    // Monday 00:30 in Sydney is still Sunday in UTC.
    const instants = slotInstants(
      [{ weekday: 1, time: '00:30' }],
      'Australia/Sydney',
      Date.parse('2026-06-01T00:00Z'),
      Date.parse('2026-06-15T00:00Z'),
    );
    expect(instants.map((at) => localStringAt(at, 'Australia/Sydney'))).toEqual([
      '2026-06-08T00:30',
      '2026-06-15T00:30',
    ]);
  });
});

describe('the next common free slot', () => {
  const from = Date.parse('2026-06-01T00:00Z');
  const zone = 'Europe/Berlin';
  const week = (slots: { weekday: number; time: string }[]) =>
    slotInstants(slots, zone, from, from + 7 * DAY);

  it('skips taken slots and is the earliest slot every channel has free', () => {
    const a = week(daily('09:00').concat(daily('18:00')));
    const b = week(daily('18:00'));
    const taken = new Set([a[0]!]);
    const next = nextCommonFreeSlot([
      { channelId: 'a', instants: a, taken },
      { channelId: 'b', instants: b, taken: new Set([b[0]!]) },
    ]);
    // Monday 09:00 is taken on a and not a slot of b; Monday 18:00 is taken on b.
    expect(localStringAt(next!, zone)).toBe('2026-06-02T18:00');
  });

  it('is null when the channels share no slot', () => {
    const a = week(daily('09:00'));
    const b = week(daily('10:00'));
    expect(
      nextCommonFreeSlot([
        { channelId: 'a', instants: a, taken: new Set() },
        { channelId: 'b', instants: b, taken: new Set() },
      ]),
    ).toBeNull();
  });
});
