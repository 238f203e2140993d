// @vitest-environment happy-dom
// "Will it go out?" on the calendar: the day ahead in one line, the posts that need Cadence with
// their times, and "Hand off now" for those a network can take, whose answer replaces the panel's.
// It reads again when posts change and as time passes. The page's clock reads NOW.
import { act } from 'react';
import { expect, it, vi } from 'vitest';
import type { Preflight } from '@shared/preflight';
import { PreflightPanel } from '../../src-renderer/src/features/calendar/preflight-panel';
import { mountedRoot } from './support/mounted-root';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const mounted = mountedRoot({
  english: true,
  fakeTimers: { now: NOW, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] },
});

const rye = { postId: 'p1', excerpt: 'Rye at two', scheduledAt: NOW + 2 * 3_600_000 };
const cakes = { postId: 'p2', excerpt: 'Cakes at four', scheduledAt: NOW + 4 * 3_600_000 };
const before: Preflight = {
  from: NOW,
  until: NOW + 86_400_000,
  total: 3,
  onTheirOwn: 1,
  canHandOff: [rye],
  needCadence: [cakes],
};

it('says the day ahead and hands off what a network can take', async () => {
  await mounted.render(<PreflightPanel timeZone="UTC" />);
  const [asked] = mounted.bridge.callsTo('outbox.preflight');
  expect(asked!.input).toEqual({ hours: 24 });
  await act(async () => asked!.answer(before));
  expect(mounted.host.querySelector('summary')!.textContent).toBe(
    'Will it go out? Next 24 h: 3 posts · 1 goes out on its own · 2 need Cadence running at 2:00 PM and 4:00 PM',
  );
  expect([...mounted.host.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    '2:00 PM Rye at two Its network can hold it and publish it with this laptop closed.',
    '4:00 PM Cakes at four Keep Cadence running and this laptop awake then.',
  ]);

  const button = mounted.host.querySelector<HTMLButtonElement>('button')!;
  expect(button.textContent).toBe('Hand off 1 post now');
  await act(async () => button.click());
  const [handOff] = mounted.bridge.callsTo('outbox.handOffNow');
  await act(async () => handOff!.answer({ ...before, onTheirOwn: 2, canHandOff: [] }));
  expect(mounted.host.querySelector('summary')!.textContent).toContain(
    '2 go out on their own · 1 needs Cadence running at 4:00 PM',
  );
  expect(mounted.host.querySelector('button')).toBeNull();
});

it('shows nothing when nothing is due', async () => {
  await mounted.render(<PreflightPanel timeZone="UTC" />);
  await act(async () =>
    mounted.bridge
      .callsTo('outbox.preflight')[0]!
      .answer({ ...before, total: 0, onTheirOwn: 0, canHandOff: [], needCadence: [] }),
  );
  expect(mounted.host.innerHTML).toBe('');
});

it('names the day of a time that is not today', async () => {
  await mounted.render(<PreflightPanel timeZone="UTC" />);
  const breakfast = { postId: 'p3', excerpt: 'Breakfast', scheduledAt: NOW + 21 * 3_600_000 };
  await act(async () =>
    mounted.bridge
      .callsTo('outbox.preflight')[0]!
      .answer({ ...before, total: 1, onTheirOwn: 0, canHandOff: [], needCadence: [breakfast] }),
  );
  expect(mounted.host.querySelector('summary')!.textContent).toBe(
    'Will it go out? Next 24 h: 1 post · 1 needs Cadence running at Tue, Dec 8, 9:00 AM',
  );
});

it('reads again when a post changes, and as time passes, without reading in between', async () => {
  await mounted.render(<PreflightPanel timeZone="UTC" />);
  await act(async () => mounted.bridge.callsTo('outbox.preflight')[0]!.answer(before));

  mounted.bridge.emit({ type: 'post.changed', postId: 'p1' });
  await act(() => vi.advanceTimersByTimeAsync(250));
  expect(mounted.bridge.callsTo('outbox.preflight')).toHaveLength(2);
  await act(async () => mounted.bridge.callsTo('outbox.preflight')[1]!.answer({ ...before, total: 4 }));
  expect(mounted.host.querySelector('summary')!.textContent).toContain('Next 24 h: 4 posts');

  await act(() => vi.advanceTimersByTimeAsync(59_000));
  expect(mounted.bridge.callsTo('outbox.preflight')).toHaveLength(2);
  await act(() => vi.advanceTimersByTimeAsync(1_000));
  expect(mounted.bridge.callsTo('outbox.preflight')).toHaveLength(3);
  // The window moved on: the post due in two hours is past, and nothing is due any more.
  await act(async () =>
    mounted.bridge
      .callsTo('outbox.preflight')[2]!
      .answer({ ...before, total: 0, onTheirOwn: 0, canHandOff: [], needCadence: [] }),
  );
  expect(mounted.host.innerHTML).toBe('');
});

it('stops reading once it is gone', async () => {
  await mounted.render(<PreflightPanel timeZone="UTC" />);
  await mounted.render(<></>);
  await act(() => vi.advanceTimersByTimeAsync(120_000));
  expect(mounted.bridge.callsTo('outbox.preflight')).toHaveLength(1);
});
