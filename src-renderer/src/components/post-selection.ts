// Selecting several posts in a list, as in a file manager: Ctrl/⌘-click or Space toggles one,
// Shift-click (or Shift+Space) selects the range from the last one picked, a plain click or
// Enter opens the post. The rule is pure (nextSelection); usePostSelection holds it for a list.
import { useCallback, useState, type KeyboardEvent, type MouseEvent } from 'react';

export type SelectGesture = 'toggle' | 'range';

export interface Selection {
  ids: string[];
  /** Where a Shift-click range starts: the post picked last. */
  anchor: string | null;
}

export const NO_SELECTION: Selection = { ids: [], anchor: null };

/** The selection after a gesture on `id`, with `order` the posts as shown. */
export function nextSelection(
  current: Selection,
  id: string,
  gesture: SelectGesture,
  order: readonly string[],
): Selection {
  if (gesture === 'range' && current.anchor !== null && order.includes(current.anchor)) {
    const [from, to] = [order.indexOf(current.anchor), order.indexOf(id)].sort((a, b) => a - b);
    const range = order.slice(from, to! + 1);
    return { ids: [...new Set([...current.ids, ...range])], anchor: current.anchor };
  }
  const ids = current.ids.includes(id) ? current.ids.filter((other) => other !== id) : [...current.ids, id];
  return { ids, anchor: id };
}

/** What a click asks for: a gesture with a modifier held, or null for a plain click. */
export function gestureOf(event: {
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}): SelectGesture | null {
  if (event.shiftKey) return 'range';
  if (event.ctrlKey || event.metaKey) return 'toggle';
  return null;
}

export interface PostSelection {
  selected: string[];
  isSelected(id: string): boolean;
  clear(): void;
  /** Selects the post, or takes it out of the selection (its checkbox). */
  toggle(id: string): void;
  /** Handles a click with a modifier; returns false for a plain click, which opens the post. */
  onClick(event: MouseEvent, id: string): boolean;
  /** Space toggles the post (Shift+Space: the range); other keys are left to the item. */
  onKeyDown(event: KeyboardEvent, id: string): void;
}

export function usePostSelection(order: readonly string[]): PostSelection {
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  // Posts no longer shown (deleted, filtered out) are not acted on.
  const selected = selection.ids.filter((id) => order.includes(id));

  const apply = useCallback(
    (id: string, gesture: SelectGesture) =>
      setSelection((current) => nextSelection(current, id, gesture, order)),
    [order],
  );

  return {
    selected,
    isSelected: (id) => selected.includes(id),
    clear: () => setSelection(NO_SELECTION),
    toggle: (id) => apply(id, 'toggle'),
    onClick: (event, id) => {
      const gesture = gestureOf(event);
      if (!gesture) return false;
      event.preventDefault();
      apply(id, gesture);
      return true;
    },
    onKeyDown: (event, id) => {
      if (event.key !== ' ') return;
      event.preventDefault();
      apply(id, event.shiftKey ? 'range' : 'toggle');
    },
  };
}
