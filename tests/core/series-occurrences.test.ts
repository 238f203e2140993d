import { describe, expect, it } from 'vitest';
import { nextLocals, occurrencesOf, type SeriesShape } from '../../src-main/core/series/occurrences';
import { localStringAt } from '../../src-main/shared/zoned-time';
import { HOUR } from '../support/time';

const FAR = Date.UTC(2030, 0, 1);
const weekly = (weekdays: number[]) => ({ frequency: 'weekly', interval: 1, weekdays }) as const;
const never = { kind: 'never' } as const;

/** Every occurrence, as wall clock (what the owner sees) and UTC offset in hours. */
function expand(series: SeriesShape, before = FAR) {
  return occurrencesOf(series, null, before).map((o) => ({
    shown: localStringAt(o.utc, series.timeZone),
    offset: (Date.parse(`${o.local}Z`) - o.utc) / HOUR,
    movedByGap: o.movedByGap,
  }));
}

describe('weekly at 09:00 across a clock change keeps 09:00 on the wall clock', () => {
  const cases = [
    { zone: 'Europe/Berlin', start: '2026-03-17T09:00', weekday: 2, offsets: [1, 1, 2, 2] },
    { zone: 'America/New_York', start: '2026-10-27T09:00', weekday: 2, offsets: [-4, -5, -5, -5] },
    { zone: 'Australia/Sydney', start: '2026-09-27T09:00', weekday: 7, offsets: [10, 11, 11, 11] },
    { zone: 'Australia/Sydney', start: '2026-03-29T09:00', weekday: 7, offsets: [11, 10, 10, 10] },
  ];
  for (const { zone, start, weekday, offsets } of cases) {
    it(`${zone} from ${start}`, () => {
      const got = expand({
        rule: weekly([weekday]),
        end: { kind: 'afterCount', count: 4 },
        startLocal: start,
        timeZone: zone,
      });
      expect(got.map((o) => o.shown.slice(11))).toEqual(['09:00', '09:00', '09:00', '09:00']);
      expect(got.map((o) => o.offset)).toEqual(offsets);
    });
  }
});

describe('a time the clocks skip or repeat', () => {
  it('Berlin 02:30 on the spring-forward Sunday goes out at 03:30, and at 02:30 the week after', () => {
    const got = expand({
      rule: weekly([7]),
      end: { kind: 'afterCount', count: 3 },
      startLocal: '2026-03-22T02:30',
      timeZone: 'Europe/Berlin',
    });
    expect(got.map((o) => o.shown)).toEqual(['2026-03-22T02:30', '2026-03-29T03:30', '2026-04-05T02:30']);
    expect(got.map((o) => o.movedByGap)).toEqual([false, true, false]);
  });

  it('New York: the 2nd Sunday of March at 02:30 falls in the gap, the other months do not', () => {
    const got = expand({
      rule: { frequency: 'nthWeekday', interval: 1, nth: 2, weekday: 7 },
      end: { kind: 'afterCount', count: 3 },
      startLocal: '2026-02-08T02:30',
      timeZone: 'America/New_York',
    });
    expect(got.map((o) => o.shown)).toEqual(['2026-02-08T02:30', '2026-03-08T03:30', '2026-04-12T02:30']);
  });

  it('Sydney: 02:30 on the fall-back Sunday happens twice and goes out at the first', () => {
    const [, fallBack] = occurrencesOf(
      { rule: weekly([7]), end: never, startLocal: '2026-03-29T02:30', timeZone: 'Australia/Sydney' },
      null,
      Date.UTC(2026, 3, 10),
    );
    expect(fallBack!.local).toBe('2026-04-05T02:30');
    // The first 02:30 is still summer time (+11).
    expect(fallBack!.utc).toBe(Date.UTC(2026, 3, 4, 15, 30));
  });

  it('Sydney: the spring-forward Sunday at 02:15 goes out at 03:15', () => {
    const got = expand({
      rule: weekly([7]),
      end: { kind: 'afterCount', count: 2 },
      startLocal: '2026-09-27T02:15',
      timeZone: 'Australia/Sydney',
    });
    expect(got.map((o) => o.shown)).toEqual(['2026-09-27T02:15', '2026-10-04T03:15']);
  });
});

describe('monthly rules', () => {
  it('the second Tuesday, every month', () => {
    const got = nextLocals(
      {
        rule: { frequency: 'nthWeekday', interval: 1, nth: 2, weekday: 2 },
        end: never,
        startLocal: '2026-01-13T18:00',
        timeZone: 'Europe/Berlin',
      },
      '2026-01-13T18:00',
      4,
    );
    expect(got).toEqual(['2026-01-13T18:00', '2026-02-10T18:00', '2026-03-10T18:00', '2026-04-14T18:00']);
  });

  it('the last Friday, every other month', () => {
    const got = nextLocals(
      {
        rule: { frequency: 'nthWeekday', interval: 2, nth: -1, weekday: 5 },
        end: never,
        startLocal: '2026-01-30T12:00',
        timeZone: 'America/New_York',
      },
      '2026-01-01T00:00',
      3,
    );
    expect(got).toEqual(['2026-01-30T12:00', '2026-03-27T12:00', '2026-05-29T12:00']);
  });

  it('on the 31st skips the months without one', () => {
    const got = nextLocals(
      {
        rule: { frequency: 'monthly', interval: 1 },
        end: never,
        startLocal: '2026-01-31T10:00',
        timeZone: 'UTC',
      },
      '2026-01-01T00:00',
      3,
    );
    expect(got).toEqual(['2026-01-31T10:00', '2026-03-31T10:00', '2026-05-31T10:00']);
  });
});

describe('where a series ends', () => {
  const base = { rule: weekly([1, 4]), startLocal: '2026-03-23T08:00', timeZone: 'Europe/Berlin' } as const;

  it('after N posts, counted from the first', () => {
    const got = expand({ ...base, end: { kind: 'afterCount', count: 5 } });
    expect(got.map((o) => o.shown)).toEqual([
      '2026-03-23T08:00',
      '2026-03-26T08:00',
      '2026-03-30T08:00',
      '2026-04-02T08:00',
      '2026-04-06T08:00',
    ]);
  });

  it('on a date, which still has its post (the day is inclusive, on the business clock)', () => {
    const got = expand({ ...base, end: { kind: 'onDate', date: '2026-04-02' } });
    expect(got.at(-1)!.shown).toBe('2026-04-02T08:00');
    expect(got).toHaveLength(4);
  });

  it('late on the end date in Sydney, when it is still the day before in UTC', () => {
    const got = expand({
      rule: weekly([5]),
      end: { kind: 'onDate', date: '2026-10-16' },
      startLocal: '2026-10-02T23:30',
      timeZone: 'Australia/Sydney',
    });
    expect(got.map((o) => o.shown)).toEqual(['2026-10-02T23:30', '2026-10-09T23:30', '2026-10-16T23:30']);
  });

  it('a window after the last made occurrence and before a horizon', () => {
    const series = { ...base, end: never };
    const got = occurrencesOf(series, '2026-03-26T08:00', Date.UTC(2026, 3, 6, 6, 0));
    expect(got.map((o) => o.local)).toEqual(['2026-03-30T08:00', '2026-04-02T08:00']);
  });
});
