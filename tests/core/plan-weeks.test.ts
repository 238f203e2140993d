import { afterEach, describe, expect, it } from 'vitest';
import { monthOf, weekOf } from '../../src-main/core/plan/periods';
import { newYork, startPlanWorld, type PlanWorld } from '../support/plan-world';
import { DAY, HOUR } from '../support/time';

const NY = 'America/New_York';

describe('weeks and months in the business time zone', () => {
  it.each([
    // Sunday 22 November 2026, 23:30 in New York is already Monday 04:30 UTC.
    ['2026-11-22T23:30', 1, 'week:2026-11-16', '2026-11-16T00:00', '2026-11-23T00:00'],
    ['2026-11-22T23:30', 0, 'week:2026-11-22', '2026-11-22T00:00', '2026-11-29T00:00'],
    ['2026-11-23T00:00', 1, 'week:2026-11-23', '2026-11-23T00:00', '2026-11-30T00:00'],
    ['2026-11-28T23:59', 0, 'week:2026-11-22', '2026-11-22T00:00', '2026-11-29T00:00'],
    // A new year inside a week.
    ['2027-01-01T12:00', 1, 'week:2026-12-28', '2026-12-28T00:00', '2027-01-04T00:00'],
  ] as const)('%s with weeks starting on day %i is in %s', (local, startsOn, key, from, to) => {
    expect(weekOf(newYork(local), NY, startsOn)).toEqual({ key, from: newYork(from), to: newYork(to) });
  });

  it('keeps seven local days in a DST week: 169 hours in autumn, 167 in spring', () => {
    const autumn = weekOf(newYork('2026-11-01T23:30'), NY, 1);
    expect(autumn.key).toBe('week:2026-10-26');
    expect(autumn.to - autumn.from).toBe(7 * DAY + HOUR);
    expect(weekOf(newYork('2026-11-02T00:30'), NY, 1).key).toBe('week:2026-11-02');
    const sundayStart = weekOf(newYork('2026-11-01T00:30'), NY, 0);
    expect([sundayStart.key, sundayStart.to - sundayStart.from]).toEqual(['week:2026-11-01', 7 * DAY + HOUR]);

    const spring = weekOf(newYork('2026-03-08T12:00'), NY, 1);
    expect(spring.key).toBe('week:2026-03-02');
    expect(spring.to - spring.from).toBe(7 * DAY - HOUR);
  });

  it('reads the same instant into different weeks and months in different zones', () => {
    const instant = Date.UTC(2026, 10, 30, 3); // Monday 30 Nov 04:00 in Berlin, Sunday 29 Nov 22:00 in New York
    expect(weekOf(instant, 'Europe/Berlin', 1).key).toBe('week:2026-11-30');
    expect(weekOf(instant, NY, 1).key).toBe('week:2026-11-23');
    const december = Date.UTC(2026, 11, 1, 2); // 1 December in Berlin, still 30 November in New York
    expect(monthOf(december, 'Europe/Berlin').key).toBe('month:2026-12');
    expect(monthOf(december, NY)).toEqual({
      key: 'month:2026-11',
      from: newYork('2026-11-01T00:00'),
      to: newYork('2026-12-01T00:00'),
    });
  });
});

describe('the plan reads weeks as the owner’s locale starts them', () => {
  let w: PlanWorld;
  afterEach(() => w.cleanup());

  it.each([
    [1, 0, 'week:2026-11-23'],
    [0, 1, 'week:2026-11-22'],
  ] as const)(
    'weeks starting on day %i: a post published Sunday 23:30 New York counts %i this week',
    async (weekStartsOn, counted, key) => {
      w = startPlanWorld({ now: newYork('2026-11-25T12:00') });
      await w.call('onboarding.skip', { weekStartsOn });
      w.published(newYork('2026-11-22T23:30'));
      const plan = await w.plan();
      expect(plan.weekStartsOn).toBe(weekStartsOn);
      expect(plan.week.key).toBe(key);
      expect(plan.items.find((item) => item.id === 'publish-posts')!.progress.done).toBe(counted);
    },
  );

  it('counts a post published on the DST night in the week of its local day', async () => {
    w = startPlanWorld({ now: newYork('2026-11-01T12:00') });
    w.published(newYork('2026-11-01T23:30')); // Sunday night, after the clocks went back
    w.published(newYork('2026-11-02T00:30')); // Monday: the next week
    expect((await w.item('publish-posts', newYork('2026-11-01T23:59'))).progress.done).toBe(1);
  });
});
