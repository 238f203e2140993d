// The schedule exported as an iCalendar file, read back with a small RFC 5545 reader: one event
// per scheduled post at its instant in UTC, the post's text and channels, and the range and
// channel the owner chose.
import { describe, expect } from 'vitest';
import { test } from '../support/core-fixture';
import type { TestCore } from '../support/test-core';

interface IcsEvent {
  [property: string]: string;
}

/** Unfolds continuation lines, then reads each VEVENT's properties (parameters dropped, text unescaped). */
function readIcs(text: string): { calendar: IcsEvent; events: IcsEvent[] } {
  expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const calendar: IcsEvent = {};
  const events: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0]!;
      const value = line
        .slice(colon + 1)
        .replace(/\\n/gi, '\n')
        .replace(/\\([,;\\])/g, '$1');
      (current ?? calendar)[name] = value;
    }
  }
  return { calendar, events };
}

const channelsOf = async (t: TestCore) => ({
  sky: (
    await t.call('channels.add', { network: 'bluesky', displayName: 'Bakery Sky', handle: 'b.bsky.social' })
  ).id,
  toots: (
    await t.call('channels.add', { network: 'mastodon', displayName: 'Toots & Co', handle: '@b@m.example' })
  ).id,
});

describe('the schedule as a calendar file', () => {
  test('has one event per scheduled post, read back with its time, text and channels', async ({ t }) => {
    const { sky, toots } = await channelsOf(t);
    const csv = [
      'text,date,time,channels',
      '"Fresh bread, warm\nfrom the oven; — ☕ and a very long first line that goes on and on and on",2026-12-01,09:30,"Bakery Sky|Toots & Co"',
      'Closed Monday,2026-12-07,08:00,Bakery Sky',
    ].join('\n');
    await t.call('postImport.commit', { fileName: 'week.csv', csvText: csv });
    await t.call('posts.create', { body: 'A draft stays out', channelIds: [sky] });

    const file = await t.call('schedule.exportIcs', {});
    expect(file).toMatchObject({ fileName: 'cadence-schedule-2026-11-25.ics', events: 2 });
    const { calendar, events } = readIcs(file.text);
    expect(calendar).toMatchObject({ VERSION: '2.0', 'X-WR-CALNAME': 'Cadence' });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      DTSTART: '20261201T143000Z',
      DURATION: 'PT15M',
      SUMMARY: 'Fresh bread, warm',
      DESCRIPTION:
        'Fresh bread, warm\nfrom the oven; — ☕ and a very long first line that goes on and on and on\n\nBakery Sky (Bluesky), Toots & Co (Mastodon)',
      CATEGORIES: 'Bluesky,Mastodon',
    });
    expect(events[0]!.UID).toMatch(/@cadence\.local$/);
    // Written when the file was made, by the core's clock (2026-11-25 12:00 UTC).
    expect(events[0]!.DTSTAMP).toBe('20261125T120000Z');
    expect(events[1]).toMatchObject({ DTSTART: '20261207T130000Z', SUMMARY: 'Closed Monday' });
    expect(toots).toBeDefined();
  });

  test('keeps to the range and the channel asked for, and is a valid calendar when empty', async ({ t }) => {
    const { toots } = await channelsOf(t);
    const csv = [
      'text,date,time,channels',
      'One,2026-12-01,09:00,Bakery Sky',
      'Two,2026-12-02,09:00,Toots & Co',
      'Three,2026-12-03,09:00,Bakery Sky',
    ].join('\n');
    await t.call('postImport.commit', { fileName: 'week.csv', csvText: csv });
    const summaries = async (input: object) =>
      readIcs((await t.call('schedule.exportIcs', input)).text).events.map((event) => event.SUMMARY);

    expect(await summaries({ from: Date.parse('2026-12-02T00:00:00Z') })).toEqual(['Two', 'Three']);
    expect(await summaries({ to: Date.parse('2026-12-02T14:00:00Z') })).toEqual(['One']);
    expect(await summaries({ channelId: toots })).toEqual(['Two']);
    expect(await summaries({ from: Date.parse('2027-01-01T00:00:00Z') })).toEqual([]);
    expect(await t.errorOf('schedule.exportIcs', { from: 10, to: 5 })).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
