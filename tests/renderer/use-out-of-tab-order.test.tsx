// @vitest-environment happy-dom
// A week drawn ahead is kept out of the tab order control by control (not inert, which restyles
// the whole week in each page turn): every control under it, those added while it is hidden too,
// and each gets its own tabindex back when the week is shown.
import { act, useRef } from 'react';
import { describe, expect, it } from 'vitest';
import { useOutOfTabOrder } from '../../src-renderer/src/features/calendar/use-out-of-tab-order';
import { mountedRoot } from './support/mounted-root';

const mounted = mountedRoot({ bridge: 'none' });

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

const show = (out: boolean, chips: string[]) => mounted.render(<Week out={out} chips={chips} />);
const tabIndexes = () =>
  [...mounted.host.querySelectorAll('.week, button')].map((element) => element.getAttribute('tabindex'));
const chip = (id: string) => mounted.host.querySelector<HTMLButtonElement>(`[data-post-id="${id}"]`)!;

describe('useOutOfTabOrder', () => {
  it('takes every control and the scroller out of the tab order while out, and gives each its own back', async () => {
    await show(false, ['a', 'b']);
    expect(tabIndexes()).toEqual(['0', null, null]);
    await show(true, ['a', 'b']);
    expect(tabIndexes()).toEqual(['-1', '-1', '-1']);
    expect(mounted.host.querySelector('span')!.hasAttribute('tabindex')).toBe(false);
    await show(false, ['a', 'b']);
    expect(tabIndexes()).toEqual(['0', null, null]);
  });

  it('takes out a chip added while out', async () => {
    await show(true, ['a']);
    await show(true, ['a', 'new']);
    await act(() => Promise.resolve());
    expect(chip('new').getAttribute('tabindex')).toBe('-1');
    await show(false, ['a', 'new']);
    expect(tabIndexes()).toEqual(['0', null, null]);
  });

  it('lets go of the focus when the week it is in goes out', async () => {
    await show(false, ['a']);
    chip('a').focus();
    expect(document.activeElement).toBe(chip('a'));
    await show(true, ['a']);
    expect(document.activeElement?.getAttribute('data-post-id') ?? null).toBeNull();
  });
});
