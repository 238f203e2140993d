// localAt reads an instant's wall clock with one offset lookup; it must agree with @date-fns/tz's
// TZDate minute for minute, across every DST change of zones with whole-hour, half-hour,
// 45-minute and 30-minute-DST offsets, and Morocco's Ramadan changes.
import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { localAt } from '../../src-main/shared/zoned-time';
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
