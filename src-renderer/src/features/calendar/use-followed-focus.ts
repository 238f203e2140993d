// Keyboard focus stays on a chip the owner moves with Alt+arrows. The chip re-mounts in its new
// cell at once, again when the core's answer or a refresh places it, and again if the save fails
// and it goes back; each time focus would drop to the page and swallow the owner's next key.
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

/** The post's chip in the period on screen: a period drawn ahead, hidden, is no place for focus. */
function chipElement(postId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `.calendar .calendar-pane[data-state="current"] [data-post-id="${CSS.escape(postId)}"]`,
  );
}

/**
 * Returns `follow(postId)`: from then on, every render that left focus nowhere (on the page
 * itself) puts it back on that post's chip, wherever the chip now is. It ends when the owner
 * puts focus elsewhere or presses a pointer, or when the loaded period no longer shows the post.
 */
export function useFollowedFocus(loaded: boolean): (postId: string) => void {
  const followed = useRef<string | null>(null);

  // After every render of the calendar, before the browser paints or handles the next key.
  useLayoutEffect(() => {
    const postId = followed.current;
    if (!postId) return;
    const chip = chipElement(postId);
    const active = document.activeElement;
    const focusLost = active === null || active === document.body;
    if ((!focusLost && active !== chip) || (!chip && loaded)) {
      followed.current = null;
      return;
    }
    if (chip && focusLost) chip.focus();
  });

  useEffect(() => {
    const stop = () => (followed.current = null);
    document.addEventListener('pointerdown', stop, true);
    return () => document.removeEventListener('pointerdown', stop, true);
  }, []);

  return useCallback((postId: string) => {
    followed.current = postId;
  }, []);
}
