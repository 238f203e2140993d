// localAt reads an instant's wall clock with one offset lookup, and zonedClock with one per day
// for a zone's many instants; both must agree with @date-fns/tz's TZDate minute for minute, across
// every DST change of zones with whole-hour, half-hour, 45-minute and 30-minute-DST offsets, and
// Morocco's Ramadan changes.
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  checkLocalTime,
  formatLocal,
  localAt,
  startOfLocalDay,
  zonedClock,
} from '../../src-main/shared/zoned-time';
import { MINUTE } from '../support/time';

const ZONES = [
  'America/New_York',
  'America/St_Johns',
  'Europe/Berlin',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Africa/Casablanca',
];

const viaTzDate = (utc: number, timeZone: string) => {
  const zoned = new TZDate(utc, timeZone);
  return {
    year: zoned.getFullYear(),
    month: zoned.getMonth() + 1,
    day: zoned.getDate(),
    hour: zoned.getHours(),
    minute: zoned.getMinutes(),
  };
};

describe('localAt', () => {
  it.each(ZONES)('reads the same wall clock as TZDate in %s over two years', (zone) => {
    const differing: string[] = [];
    // An odd step, so the samples fall on every minute of the hour over the years.
    for (let utc = Date.UTC(2026, 0, 1); utc < Date.UTC(2028, 0, 1); utc += 97 * MINUTE + 7_000) {
      if (JSON.stringify(localAt(utc, zone)) !== JSON.stringify(viaTzDate(utc, zone)))
        differing.push(new Date(utc).toISOString());
    }
    expect(differing).toEqual([]);
  });

  it('reads both sides of a change exactly', () => {
    // New York springs forward at 07:00 UTC on 8 March 2026: 01:59 EST, then 03:00 EDT.
    const change = Date.UTC(2026, 2, 8, 7);
    expect(localAt(change - MINUTE, 'America/New_York')).toMatchObject({ day: 8, hour: 1, minute: 59 });
    expect(localAt(change, 'America/New_York')).toMatchObject({ day: 8, hour: 3, minute: 0 });
  });
});

describe('zonedClock', () => {
  it.each(ZONES)('reads the same wall clock as localAt in %s, every minute around each change', (zone) => {
    const clock = zonedClock(zone);
    const differing: string[] = [];
    const changes: number[] = [];
    // Find the changes of two years by the hour, then check every minute of the day around each.
    for (let utc = Date.UTC(2026, 0, 1); utc < Date.UTC(2028, 0, 1); utc += 60 * MINUTE) {
      const before = localAt(utc, zone);
      const after = localAt(utc + 60 * MINUTE, zone);
      if ((after.hour - before.hour + 24) % 24 !== 1 || after.minute !== before.minute) changes.push(utc);
    }
    for (const change of changes)
      for (let utc = change - 12 * 60 * MINUTE; utc < change + 12 * 60 * MINUTE; utc += MINUTE)
        if (JSON.stringify(clock(utc)) !== JSON.stringify(localAt(utc, zone)))
          differing.push(new Date(utc).toISOString());
    expect(differing).toEqual([]);
  });

  it('agrees with TZDate on instants in any order, the same clock reused', () => {
    const clock = zonedClock('Africa/Casablanca');
    const differing: string[] = [];
    for (let i = 0; i < 5_000; i++) {
      // A scattered walk over two years, so days are asked for out of order and more than once.
      const utc =
        Date.UTC(2026, 0, 1) + ((i * 7_919_993) % 730) * 86_400_000 + ((i * 104_729) % 1440) * MINUTE;
      if (JSON.stringify(clock(utc)) !== JSON.stringify(viaTzDate(utc, 'Africa/Casablanca')))
        differing.push(new Date(utc).toISOString());
    }
    expect(differing).toEqual([]);
  });
});

describe('startOfLocalDay', () => {
  // Midnight itself is skipped in Havana and Santiago when their clocks spring forward, and
  // named twice in Havana and Asuncion's old rules as they fall back; the others change later in the night.
  const MIDNIGHT_ZONES = [...ZONES, 'America/Havana', 'America/Santiago', 'America/Asuncion', 'Asia/Beirut'];

  it('begins every day of two years at the first instant checkLocalTime offers for its midnight', () => {
    for (const timeZone of MIDNIGHT_ZONES) {
      for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2028, 0, 1); day += 24 * 60 * MINUTE) {
        const date = new Date(day);
        const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const check = checkLocalTime(
          formatLocal({ year, month, day: dayOfMonth, hour: 0, minute: 0 }),
          timeZone,
        );
        const expected = check.kind === 'exact' ? check.utc : check.options[0]!.utc;
        expect(startOfLocalDay(year, month, dayOfMonth, timeZone), `${timeZone} ${date.toISOString()}`).toBe(
          expected,
        );
      }
    }
  });
});
