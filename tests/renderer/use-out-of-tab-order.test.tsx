// @vitest-environment happy-dom
// A week drawn ahead is kept out of the tab order control by control (not inert, which restyles
// the whole week in each page turn): every control under it, those added while it is hidden too,
// and each gets its own tabindex back when the week is shown.
import { act, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useOutOfTabOrder } from '../../src-renderer/src/features/calendar/use-out-of-tab-order';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function Week({ out, chips }: { out: boolean; chips: string[] }) {
  const pane = useRef<HTMLDivElement>(null);
  useOutOfTabOrder(pane, out);
  return (
    <div ref={pane}>
      <div className="week" tabIndex={0}>
        {chips.map((chip) => (
          <button key={chip} type="button" data-post-id={chip}>
            {chip}
          </button>
        ))}
        <span>09:00</span>
      </div>
    </div>
  );
}

const show = (out: boolean, chips: string[]) => act(() => root.render(<Week out={out} chips={chips} />));
const tabIndexes = () =>
  [...host.querySelectorAll('.week, button')].map((element) => element.getAttribute('tabindex'));

describe('useOutOfTabOrder', () => {
  it('takes every control and the scroller out of the tab order while out, and gives each its own back', () => {
    show(false, ['a', 'b']);
    expect(tabIndexes()).toEqual(['0', null, null]);
    show(true, ['a', 'b']);
    expect(tabIndexes()).toEqual(['-1', '-1', '-1']);
    expect(host.querySelector('span')!.hasAttribute('tabindex')).toBe(false);
    show(false, ['a', 'b']);
    expect(tabIndexes()).toEqual(['0', null, null]);
  });

  it('takes out a chip added while out', async () => {
    show(true, ['a']);
    show(true, ['a', 'new']);
    await act(() => Promise.resolve());
    expect(host.querySelector('[data-post-id="new"]')!.getAttribute('tabindex')).toBe('-1');
    show(false, ['a', 'new']);
    expect(tabIndexes()).toEqual(['0', null, null]);
  });

  it('lets go of the focus when the week it is in goes out', () => {
    show(false, ['a']);
    host.querySelector<HTMLButtonElement>('[data-post-id="a"]')!.focus();
    expect(document.activeElement?.getAttribute('data-post-id')).toBe('a');
    show(true, ['a']);
    expect(document.activeElement?.getAttribute('data-post-id') ?? null).toBeNull();
  });
});
