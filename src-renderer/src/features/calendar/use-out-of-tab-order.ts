// Keeps a week drawn ahead out of the keyboard's reach without `inert`. A hidden week is kept laid
// out off to the side (calendar.css), not put away with `content-visibility: hidden`, and `inert`
// is inherited through the style of every element under it: toggling it on two weeks of 300 posts
// restyled about 1,260 elements in each page turn, 7-8 ms. Taking the week's controls out of the
// tab order touches only them.
import { useLayoutEffect, type RefObject } from 'react';

/** What Tab can reach in a week: its chips and buttons, and the week's scroller (Chromium makes a
 * scroller with nothing focusable in it a tab stop). */
const REACHABLE = 'button, a[href], input, select, textarea, [tabindex], .week';

/**
 * While `out` holds, every control under `root` is `tabindex="-1"`, those added later too; the
 * focus, if it was there, is let go as `inert` would. Each control gets its own tabindex back after.
 */
export function useOutOfTabOrder(root: RefObject<HTMLElement | null>, out: boolean): void {
  useLayoutEffect(() => {
    const scope = root.current;
    if (!out || !scope) return;
    const taken = new Map<Element, string | null>();
    const take = (element: Element) => {
      if (taken.has(element) || element.getAttribute('tabindex') === '-1') return;
      taken.set(element, element.getAttribute('tabindex'));
      element.setAttribute('tabindex', '-1');
    };
    const takeWithin = (element: Element) => {
      if (element.matches(REACHABLE)) take(element);
      for (const reachable of element.querySelectorAll(REACHABLE)) take(reachable);
    };
    takeWithin(scope);
    if (document.activeElement instanceof HTMLElement && scope.contains(document.activeElement))
      document.activeElement.blur();
    // A post saved or published while its week is hidden comes back as a new chip.
    const observer = new MutationObserver((records) => {
      for (const record of records)
        for (const added of record.addedNodes) if (added instanceof Element) takeWithin(added);
    });
    observer.observe(scope, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      for (const [element, tabIndex] of taken)
        if (tabIndex === null) element.removeAttribute('tabindex');
        else element.setAttribute('tabindex', tabIndex);
    };
  }, [root, out]);
}
