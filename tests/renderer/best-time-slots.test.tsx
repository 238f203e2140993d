// @vitest-environment happy-dom
// The Queue view's "Use the best time": with no posting times it sets the best hour straight away;
// with times already there it asks first and changes nothing on "Cancel".
import { act } from 'react';
import { expect, it } from 'vitest';
import type { ChannelBestTime } from '@shared/best-times';
import type { WeeklySlot } from '@shared/queue';
import { BestTimeSlots } from '../../src-renderer/src/features/queue/best-time-slots';
import { mountedRoot } from './support/mounted-root';

// Wednesday 25 November 2026, 07:00 in New York.
const NOW = Date.parse('2026-11-25T12:00:00Z');
const ZONE = 'America/New_York';
const typical: ChannelBestTime = {
  channelId: 'sky',
  channelName: 'Corner Bakery',
  network: 'bluesky',
  times: [
    { source: 'networkDefault', weekday: 2, hour: 18, postsSoFar: 0, postsNeeded: 12 },
    { source: 'networkDefault', weekday: 4, hour: 12, postsSoFar: 0, postsNeeded: 12 },
    { source: 'networkDefault', weekday: 6, hour: 10, postsSoFar: 0, postsNeeded: 12 },
  ],
};
const TYPICAL_SLOTS = [
  { weekday: 2, time: '18:00' },
  { weekday: 4, time: '12:00' },
  { weekday: 6, time: '10:00' },
];
const USE_TYPICAL = 'Use the best times: Tue 6:00 PM, Thu 12:00 PM, and Sat 10:00 AM';

const mounted = mountedRoot({ english: true, fakeTimers: { now: NOW, toFake: ['Date'] } });

async function shown(slots: WeeklySlot[], set: WeeklySlot[][], answer = typical) {
  await mounted.render(
    <BestTimeSlots
      channelId="sky"
      channelName="Corner Bakery"
      slots={slots}
      timeZone={ZONE}
      busy={false}
      onSet={(next) => set.push(next)}
    />,
  );
  const [read] = mounted.bridge.callsTo('metrics.bestTimes');
  expect(read!.input).toEqual({ channelIds: ['sky'] });
  await act(async () => read!.answer([answer]));
}

const button = (name: string) =>
  [...mounted.host.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;

it('sets the best hours as the posting times when the channel has none, saying they are defaults', async () => {
  const set: WeeklySlot[][] = [];
  await shown([], set);
  const use = button(USE_TYPICAL)!;
  // One note for the three defaults, not the same sentence three times.
  const notes = mounted.host.querySelector(`#${CSS.escape(use.getAttribute('aria-describedby')!)}`)!;
  expect(notes.querySelectorAll('li')).toHaveLength(1);
  expect(notes.textContent).toContain('Typical for Bluesky, not learned yet');
  await act(async () => use.click());
  expect(set).toEqual([TYPICAL_SLOTS]);
});

it('sets a single learned hour as one posting time, with its sample size', async () => {
  const set: WeeklySlot[][] = [];
  await shown([], set, {
    ...typical,
    times: [{ source: 'learned', weekday: 5, hour: 12, mean: 9, low: 6, high: 12, samples: 5 }],
  });
  const use = button('Use the best time: Fri 12:00 PM')!;
  expect(
    mounted.host.querySelector(`#${CSS.escape(use.getAttribute('aria-describedby')!)}`)!.textContent,
  ).toBe('Fri 12:00 PM: Learned from 5 of your posts at this hour: about 6–12 interactions each.');
  await act(async () => use.click());
  expect(set).toEqual([[{ weekday: 5, time: '12:00' }]]);
});

it('names each learned hour in its note, since each rests on its own posts', async () => {
  await shown([], [], {
    ...typical,
    times: [
      { source: 'learned', weekday: 2, hour: 18, mean: 30, low: 27, high: 33, samples: 4 },
      { source: 'learned', weekday: 4, hour: 12, mean: 16, low: 14, high: 18, samples: 3 },
    ],
  });
  const use = button('Use the best times: Tue 6:00 PM and Thu 12:00 PM')!;
  const notes = mounted.host.querySelector(`#${CSS.escape(use.getAttribute('aria-describedby')!)}`)!;
  expect([...notes.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'Tue 6:00 PM: Learned from 4 of your posts at this hour: about 27–33 interactions each.',
    'Thu 12:00 PM: Learned from 3 of your posts at this hour: about 14–18 interactions each.',
  ]);
});

it('asks before replacing posting times the channel has, and keeps them on Cancel', async () => {
  const set: WeeklySlot[][] = [];
  const existing = [
    { weekday: 1, time: '09:00' },
    { weekday: 3, time: '12:30' },
  ];
  await shown(existing, set);
  await act(async () => button(USE_TYPICAL)!.click());
  expect(set).toEqual([]);
  expect(mounted.host.querySelector('dialog')!.textContent).toContain(
    'The 2 posting times of Corner Bakery are replaced by the best found: Tue 6:00 PM, Thu 12:00 PM, and Sat 10:00 AM.',
  );

  await act(async () => button('Cancel')!.click());
  expect(set).toEqual([]);
  expect(mounted.host.querySelector('dialog h2')).toBeNull();

  await act(async () => button(USE_TYPICAL)!.click());
  await act(async () => button('Replace them')!.click());
  expect(set).toEqual([TYPICAL_SLOTS]);
});

it('offers nothing once the best times are already the posting times, in any order', async () => {
  await shown([...TYPICAL_SLOTS].reverse(), []);
  expect(mounted.host.querySelector('button')).toBeNull();
});

it('still offers them when the posting times are only some of them', async () => {
  await shown(TYPICAL_SLOTS.slice(0, 1), []);
  expect(button(USE_TYPICAL)).not.toBeNull();
});
