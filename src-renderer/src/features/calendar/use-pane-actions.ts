// What a chip, a day or a slot does when the owner acts on it, handed to every pane as one object
// that never changes. The page's handlers change with every period shown (they look posts up in
// it), and as props they re-rendered every pane and grid on each page turn, the hidden ones too.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { LocalDate } from './calendar-model';
import type { ChipMove } from './chip-events';
import type { SelectGesture } from '../../components/post-selection';

export interface PaneActions {
  onOpen(postId: string): void;
  onDropOnDay(postId: string, day: LocalDate): void;
  onDropOnSlot(postId: string, day: LocalDate, hour: number): void;
  onKeyMove(postId: string, move: ChipMove): void;
  onPublish(postId: string, excerpt: string): void;
  onSelect(postId: string, gesture: SelectGesture): void;
  onShowDay(day: LocalDate): void;
}

/** `actions` as one lasting object whose functions call the newest render's. */
export function usePaneActions(actions: PaneActions): PaneActions {
  const latest = useRef(actions);
  // Before any event the committed render can receive.
  useLayoutEffect(() => {
    latest.current = actions;
  });
  return useMemo<PaneActions>(
    () => ({
      onOpen: (postId) => latest.current.onOpen(postId),
      onDropOnDay: (postId, day) => latest.current.onDropOnDay(postId, day),
      onDropOnSlot: (postId, day, hour) => latest.current.onDropOnSlot(postId, day, hour),
      onKeyMove: (postId, move) => latest.current.onKeyMove(postId, move),
      onPublish: (postId, excerpt) => latest.current.onPublish(postId, excerpt),
      onSelect: (postId, gesture) => latest.current.onSelect(postId, gesture),
      onShowDay: (day) => latest.current.onShowDay(day),
    }),
    [],
  );
}
