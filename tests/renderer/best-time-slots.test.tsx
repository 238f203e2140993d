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
  best: { source: 'networkDefault', weekday: 2, hour: 18, postsSoFar: 0, postsNeeded: 12 },
};

const mounted = mountedRoot({ english: true, fakeTimers: { now: NOW, toFake: ['Date'] } });

async function shown(slots: WeeklySlot[], set: WeeklySlot[][]) {
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
  await act(async () => read!.answer([typical]));
}

const button = (name: string) =>
  [...mounted.host.querySelectorAll('button')].find((b) => b.textContent === name) ?? null;

it('sets the best hour as the posting time when the channel has none, saying it is a default', async () => {
  const set: WeeklySlot[][] = [];
  await shown([], set);
  const use = button('Use the best time: Tue 6:00 PM')!;
  expect(
    mounted.host.querySelector(`#${CSS.escape(use.getAttribute('aria-describedby')!)}`)!.textContent,
  ).toContain('Typical for Bluesky, not learned yet');
  await act(async () => use.click());
  expect(set).toEqual([[{ weekday: 2, time: '18:00' }]]);
});

it('asks before replacing posting times the channel has, and keeps them on Cancel', async () => {
  const set: WeeklySlot[][] = [];
  const existing = [
    { weekday: 1, time: '09:00' },
    { weekday: 3, time: '12:30' },
  ];
  await shown(existing, set);
  await act(async () => button('Use the best time: Tue 6:00 PM')!.click());
  expect(set).toEqual([]);
  expect(mounted.host.querySelector('dialog')!.textContent).toContain(
    'The 2 posting times of Corner Bakery are replaced by Tue 6:00 PM, its best time.',
  );

  await act(async () => button('Cancel')!.click());
  expect(set).toEqual([]);
  expect(mounted.host.querySelector('dialog h2')).toBeNull();

  await act(async () => button('Use the best time: Tue 6:00 PM')!.click());
  await act(async () => button('Replace them')!.click());
  expect(set).toEqual([[{ weekday: 2, time: '18:00' }]]);
});

it('offers nothing once the best time is already the posting time', async () => {
  await shown([{ weekday: 2, time: '18:00' }], []);
  expect(mounted.host.querySelector('button')).toBeNull();
});
