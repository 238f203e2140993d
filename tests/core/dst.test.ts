import { describe, expect } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { addLocalDays, localStringAt } from '../../src-main/shared/zoned-time';
import { fileTest } from '../support/core-fixture';
import { DAY, HOUR } from '../support/time';

/** One core for the file, with a channel to plan posts on. */
const it = fileTest.extend<{ newPost: () => Promise<string> }>({
  newPost: [
    async ({ t }, use) => {
      const channelId = (
        await t.call('channels.add', { network: 'bluesky', displayName: 'Shop', handle: 'shop.bsky.social' })
      ).id;
      await use(
        async () => (await t.call('posts.create', { body: 'Open at nine', channelIds: [channelId] })).id,
      );
    },
    { scope: 'file' },
  ],
});
// Before every clock change the tests schedule across, so no post is in the past.
it.override({ coreOptions: { clock: new ManualClock(Date.UTC(2026, 0, 1)) } });

/**
 * Days either side of a 2026 clock change, and the UTC offsets (hours) in force on each.
 * São Paulo has kept -03 all year since 2019: the same dates must not move at all.
 */
const changes = [
  { zone: 'America/New_York', before: '2026-03-07', after: '2026-03-09', offsets: [-5, -4] },
  { zone: 'America/New_York', before: '2026-10-31', after: '2026-11-02', offsets: [-4, -5] },
  { zone: 'Europe/Berlin', before: '2026-03-28', after: '2026-03-30', offsets: [1, 2] },
  { zone: 'Europe/Berlin', before: '2026-10-24', after: '2026-10-26', offsets: [2, 1] },
  { zone: 'Australia/Sydney', before: '2026-04-04', after: '2026-04-06', offsets: [11, 10] },
  { zone: 'Australia/Sydney', before: '2026-10-03', after: '2026-10-05', offsets: [10, 11] },
  { zone: 'America/Sao_Paulo', before: '2026-03-07', after: '2026-03-09', offsets: [-3, -3] },
] as const;

const utcOf = (day: string, offsetHours: number) => Date.parse(`${day}T09:00Z`) - offsetHours * HOUR;

describe('a post planned at 09:00 local', () => {
  it.for(changes)(
    'keeps 09:00 in $zone across $before → $after',
    async ({ zone, before, after, offsets }, { t, newPost }) => {
      const early = await t.call('posts.schedule', {
        id: await newPost(),
        local: `${before}T09:00`,
        timeZone: zone,
      });
      const late = await t.call('posts.schedule', {
        id: await newPost(),
        local: `${after}T09:00`,
        timeZone: zone,
      });

      expect(early.scheduledAt).toBe(utcOf(before, offsets[0]));
      expect(late.scheduledAt).toBe(utcOf(after, offsets[1]));
      // Two calendar days apart, less whatever the clocks moved by.
      expect(late.scheduledAt! - early.scheduledAt!).toBe(2 * DAY - (offsets[1] - offsets[0]) * HOUR);
      for (const post of [early, late]) {
        expect(post.scheduledTimeZone).toBe(zone);
        expect(localStringAt(post.scheduledAt!, zone)).toBe(post.scheduledLocal);
        expect(post.scheduledLocal!.slice(11)).toBe('09:00');
      }
    },
  );

  it.for(changes)(
    'stays at 09:00 when rescheduled across the change in $zone',
    async ({ zone, before, after, offsets }, { t, newPost }) => {
      const id = await newPost();
      const first = await t.call('posts.schedule', { id, local: `${before}T09:00`, timeZone: zone });
      // What dragging the post two days later in the calendar asks for.
      const moved = await t.call('posts.schedule', {
        id,
        local: addLocalDays(first.scheduledLocal!, 2),
        timeZone: zone,
      });
      expect(moved.scheduledLocal).toBe(`${after}T09:00`);
      expect(moved.scheduledAt).toBe(utcOf(after, offsets[1]));

      const [entry] = await t.call('activity.list', { postId: id });
      expect(entry).toMatchObject({
        kind: 'post.rescheduled',
        detail: { scheduledAt: moved.scheduledAt, timeZone: zone },
      });
      const onTheDay = await t.call('calendar.range', {
        from: utcOf(after, offsets[1]) - 9 * HOUR,
        to: utcOf(after, offsets[1]) + 15 * HOUR,
      });
      expect(onTheDay.map((post) => post.id)).toContain(id);
    },
  );
});

/** A wall-clock time the clocks skip (gap) and one they repeat (ambiguous), per zone. */
const oddTimes = [
  {
    zone: 'America/New_York',
    gap: '2026-03-08T02:30',
    gapOptions: ['01:30', '03:30'],
    ambiguous: '2026-11-01T01:30',
    offsets: [-4, -5],
  },
  {
    zone: 'Europe/Berlin',
    gap: '2026-03-29T02:30',
    gapOptions: ['01:30', '03:30'],
    ambiguous: '2026-10-25T02:30',
    offsets: [2, 1],
  },
  {
    zone: 'Australia/Sydney',
    gap: '2026-10-04T02:30',
    gapOptions: ['01:30', '03:30'],
    ambiguous: '2026-04-05T02:30',
    offsets: [11, 10],
  },
] as const;

describe('times the clocks skip or repeat', () => {
  it.for(oddTimes)(
    'are reported as a gap with both readings in $zone',
    async ({ zone, gap, gapOptions }, { t }) => {
      const check = await t.call('time.check', { local: gap, timeZone: zone });
      expect(check.kind).toBe('gap');
      if (check.kind !== 'gap') return;
      expect(check.options.map((option) => option.choice)).toEqual(['earlier', 'later']);
      expect(check.options.map((option) => option.local.slice(11))).toEqual(gapOptions);
      expect(check.options[1]!.utc - check.options[0]!.utc).toBe(HOUR);
    },
  );

  it.for(oddTimes)(
    'are reported as ambiguous with both instants in $zone',
    async ({ zone, ambiguous, offsets }, { t }) => {
      const check = await t.call('time.check', { local: ambiguous, timeZone: zone });
      expect(check.kind).toBe('ambiguous');
      if (check.kind !== 'ambiguous') return;
      const naive = Date.parse(`${ambiguous}Z`);
      expect(check.options.map((option) => option.utc)).toEqual([
        naive - offsets[0] * HOUR,
        naive - offsets[1] * HOUR,
      ]);
      expect(check.options.map((option) => option.local)).toEqual([ambiguous, ambiguous]);
      expect(check.options[0]!.offset).not.toBe(check.options[1]!.offset);
    },
  );

  it.for(oddTimes)(
    'need a choice before scheduling in $zone, and store the chosen instant',
    async ({ zone, gap, ambiguous }, { t, newPost }) => {
      for (const local of [gap, ambiguous]) {
        const id = await newPost();
        const refused = await t.core.invoke('posts.schedule', { id, local, timeZone: zone });
        expect(refused).toMatchObject({
          ok: false,
          error: { code: 'TIME_NEEDS_CHOICE', message: expect.stringMatching(/clocks change/) },
        });
        expect((await t.call('posts.get', { id })).status).toBe('draft');

        const check = await t.call('time.check', { local, timeZone: zone });
        if (check.kind === 'exact') throw new Error(`${local} should not be exact in ${zone}`);
        for (const option of check.options) {
          const post = await t.call('posts.schedule', { id, local, timeZone: zone, choice: option.choice });
          expect(post.scheduledAt).toBe(option.utc);
          expect(post.scheduledLocal).toBe(option.local);
          expect((await t.call('posts.get', { id })).scheduledAt).toBe(option.utc);
        }
      }
    },
  );

  it('report an ordinary time as exact, and ignore a choice there', async ({ t, newPost }) => {
    const check = await t.call('time.check', { local: '2026-06-01T09:00', timeZone: 'America/Sao_Paulo' });
    expect(check).toEqual({
      kind: 'exact',
      utc: Date.parse('2026-06-01T12:00Z'),
      offset: expect.any(String),
    });
    const post = await t.call('posts.schedule', {
      id: await newPost(),
      local: '2026-06-01T09:00',
      timeZone: 'America/Sao_Paulo',
      choice: 'later',
    });
    expect(post.scheduledAt).toBe(Date.parse('2026-06-01T12:00Z'));
  });
});
