// @vitest-environment happy-dom
// The Repeat card's "Custom…": every N weeks on ticked weekdays (the post's own one ticked to
// start with) or every N months on the same day or weekday; bad input is kept as typed, says what
// to fix and blocks the start; a good one sends the rule the owner sees described.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Post } from '@shared/entities';
import { RepeatSection } from '../../src-renderer/src/features/composer/repeat-section';
import { applyLanguageChoice, loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import { FakeBridge } from './support/fake-bridge';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Monday 7 December 2026, 09:00.
const post = { id: 'p1', scheduledLocal: '2026-12-07T09:00', seriesId: null } as unknown as Post;

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
  await act(async () =>
    root.render(
      <RepeatSection post={post} ensureSaved={async () => 'p1'} onChanged={() => {}} onDeleted={() => {}} />,
    ),
  );
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  delete window.cadence;
  await applyLanguageChoice('en');
});

const byLabel = <E extends Element>(name: string) =>
  [...host.querySelectorAll<HTMLElement>('[aria-label], label')]
    .map((element) => (element.tagName === 'LABEL' ? element.querySelector('input, select') : element))
    .find((control) => control && accessibleName(control) === name) as unknown as E;

function accessibleName(control: Element): string {
  return control.getAttribute('aria-label') ?? control.closest('label')!.textContent!.trim();
}

async function choose(name: string, value: string) {
  const select = byLabel<HTMLSelectElement>(name);
  select.value = value;
  await act(async () => select.dispatchEvent(new Event('change', { bubbles: true })));
}

async function type(name: string, value: string) {
  const input = byLabel<HTMLInputElement>(name);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(element: HTMLElement) {
  await act(async () => element.click());
}

const startButton = () =>
  [...host.querySelectorAll('button')].find((button) => button.textContent === 'Repeat this post')!;
const weekday = (name: string) => byLabel<HTMLInputElement>(name);
const problem = () => host.querySelector('.custom-repeat .inline-error')?.textContent ?? null;

it('offers Custom… last, with the post’s own weekday ticked and every week to start with', async () => {
  const menu = byLabel<HTMLSelectElement>('Repeat');
  expect([...menu.options].map((option) => option.textContent).at(-1)).toBe('Custom…');
  await choose('Repeat', 'custom');
  expect(host.querySelector('legend')!.textContent).toBe('Custom repeat');
  expect(byLabel<HTMLInputElement>('Every').value).toBe('1');
  expect(weekday('Monday').checked).toBe(true);
  expect(weekday('Wednesday').checked).toBe(false);
  expect(problem()).toBeNull();
});

it('keeps bad input as typed, says what to fix, and does not start', async () => {
  await choose('Repeat', 'custom');
  await type('Every', '0');
  expect(byLabel<HTMLInputElement>('Every').value).toBe('0');
  expect(byLabel<HTMLInputElement>('Every').getAttribute('aria-invalid')).toBe('true');
  expect(problem()).toBe('Enter a whole number of weeks from 1 to 52.');
  expect(startButton().disabled).toBe(true);

  await type('Every', '3');
  await click(weekday('Monday'));
  expect(problem()).toBe('Tick at least one day of the week.');
  await click(weekday('Wednesday'));
  expect(problem()).toBe(
    'Keep Monday ticked: this post is the first of the repeat and goes out on that day.',
  );
  expect(bridge.callsTo('series.repeat')).toHaveLength(0);
});

it('sends every 3 weeks on Mon, Wed and Fri with the chosen end', async () => {
  await choose('Repeat', 'custom');
  await type('Every', '3');
  await click(weekday('Friday'));
  await click(weekday('Wednesday'));
  await type('Number of posts', '6');
  await click(startButton());
  const [sent] = bridge.callsTo('series.repeat');
  expect(sent!.input).toEqual({
    postId: 'p1',
    rule: { frequency: 'weekly', interval: 3, weekdays: [1, 3, 5] },
    end: { kind: 'afterCount', count: 6 },
  });
});

it('every 2 months offers the same day or the same weekday, in German too', async () => {
  await act(async () => applyLanguageChoice('de'));
  await choose('Wiederholen', 'custom');
  await type('Alle', '2');
  await choose('Wochen oder Monate', 'months');
  const on = byLabel<HTMLSelectElement>('Am');
  expect([...on.options].map((option) => option.textContent)).toEqual(['7. Tag', 'ersten Montag']);
  await choose('Am', 'nth');
  await click(
    [...host.querySelectorAll('button')].find((b) => b.textContent === 'Diesen Beitrag wiederholen')!,
  );
  expect(bridge.callsTo('series.repeat')[0]!.input).toMatchObject({
    rule: { frequency: 'nthWeekday', interval: 2, nth: 1, weekday: 1 },
  });
});
