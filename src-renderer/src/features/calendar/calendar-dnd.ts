// Native HTML5 drag and drop, delegated to each grid's container: one set of handlers
// for every cell or slot instead of one per target.
import { useCallback, useRef, type DragEvent } from 'react';

const POST_DRAG_TYPE = 'application/x-cadence-post';

export function startPostDrag(event: DragEvent, postId: string): void {
  event.dataTransfer.setData(POST_DRAG_TYPE, postId);
  event.dataTransfer.setData('text/plain', postId);
  event.dataTransfer.effectAllowed = 'move';
}

function carriesPost(event: DragEvent): boolean {
  return event.dataTransfer.types.includes(POST_DRAG_TYPE);
}

/**
 * Handlers for a container whose drop targets match `selector`. `onDropPost` receives the
 * target element (read its data attributes) and the dragged post's id.
 */
export function useDropZone(selector: string, onDropPost: (target: HTMLElement, postId: string) => void) {
  const highlighted = useRef<HTMLElement | null>(null);

  const highlight = useCallback((target: HTMLElement | null) => {
    if (highlighted.current === target) return;
    highlighted.current?.removeAttribute('data-drop-active');
    target?.setAttribute('data-drop-active', 'true');
    highlighted.current = target;
  }, []);

  const targetOf = useCallback(
    (event: DragEvent) => (event.target as Element).closest<HTMLElement>(selector),
    [selector],
  );

  return {
    onDragOver(event: DragEvent) {
      const target = targetOf(event);
      if (!target || !carriesPost(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      highlight(target);
    },
    onDragLeave(event: DragEvent) {
      const next = event.relatedTarget as Node | null;
      if (!next || !event.currentTarget.contains(next)) highlight(null);
    },
    onDragEnd() {
      highlight(null);
    },
    onDrop(event: DragEvent) {
      const target = targetOf(event);
      highlight(null);
      if (!target || !carriesPost(event)) return;
      event.preventDefault();
      const postId = event.dataTransfer.getData(POST_DRAG_TYPE);
      if (postId) onDropPost(target, postId);
    },
  };
}
