// @vitest-environment happy-dom
// "Will it go out?" on the calendar: the day ahead in one line, the posts that need Cadence with
// their times, and "Hand off now" for those a network can take, whose answer replaces the panel's.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Preflight } from '@shared/preflight';
import { PreflightPanel } from '../../src-renderer/src/features/calendar/preflight-panel';
import { applyLanguageChoice } from '../../src-renderer/src/i18n/i18n';
import { FakeBridge } from './support/fake-bridge';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const NOW = Date.parse('2026-12-07T12:00:00Z');
let bridge: FakeBridge;
let host: HTMLDivElement;
let root: Root;
beforeEach(async () => {
  await applyLanguageChoice('en');
  bridge = new FakeBridge();
  window.cadence = bridge;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  delete window.cadence;
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
  await act(async () => root.render(<PreflightPanel timeZone="UTC" />));
  const [asked] = bridge.callsTo('outbox.preflight');
  expect(asked!.input).toEqual({ hours: 24 });
  await act(async () => asked!.answer(before));
  expect(host.querySelector('summary')!.textContent).toBe(
    'Will it go out? Next 24 h: 3 posts · 1 goes out on its own · 2 need Cadence running at 2:00 PM and 4:00 PM',
  );
  expect([...host.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    '2:00 PM Rye at two Its network can hold it and publish it with this laptop closed.',
    '4:00 PM Cakes at four Keep Cadence running and this laptop awake then.',
  ]);

  const button = host.querySelector<HTMLButtonElement>('button')!;
  expect(button.textContent).toBe('Hand off 1 post now');
  await act(async () => button.click());
  const [handOff] = bridge.callsTo('outbox.handOffNow');
  await act(async () => handOff!.answer({ ...before, onTheirOwn: 2, canHandOff: [] }));
  expect(host.querySelector('summary')!.textContent).toContain(
    '2 go out on their own · 1 needs Cadence running at 4:00 PM',
  );
  expect(host.querySelector('button')).toBeNull();
});

it('shows nothing when nothing is due', async () => {
  await act(async () => root.render(<PreflightPanel timeZone="UTC" />));
  await act(async () =>
    bridge
      .callsTo('outbox.preflight')[0]!
      .answer({ ...before, total: 0, onTheirOwn: 0, canHandOff: [], needCadence: [] }),
  );
  expect(host.innerHTML).toBe('');
});
