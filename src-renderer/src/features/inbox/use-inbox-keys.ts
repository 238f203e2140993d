// Triage from the keyboard: j / k next and previous item, e done, u unread, r reply. They stay
// out of the way while the owner types or a dialog is open.
import { useEffect } from 'react';
import { isTyping } from '../../lib/is-typing';
import { setItemsStatus } from './inbox-actions';
import { useInboxStore } from './inbox-store';
import { REPLY_FIELD_ID } from './reply-composer';

/** Moves focus to an item's row and scrolls it into view. */
export function focusItem(id: string): void {
  requestAnimationFrame(() => {
    const button = document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"] .inbox-row-open`);
    button?.focus();
    button?.scrollIntoView({ block: 'nearest' });
  });
}

function move(step: 1 | -1): void {
  const { items, currentId, select } = useInboxStore.getState();
  if (items.length === 0) return;
  const index = items.findIndex((item) => item.id === currentId);
  const next = index === -1 ? (step === 1 ? 0 : items.length - 1) : index + step;
  const item = items[Math.min(Math.max(next, 0), items.length - 1)]!;
  select(item.id);
  focusItem(item.id);
}

function currentItem() {
  const { items, currentId } = useInboxStore.getState();
  return items.find((item) => item.id === currentId);
}

export function useInboxKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (
        isTyping(event.target, { togglesAreFields: false }) ||
        document.querySelector('dialog[open], [aria-modal="true"]')
      )
        return;
      const key = event.key.toLowerCase();
      if (key === 'j' || key === 'k') {
        event.preventDefault();
        move(key === 'j' ? 1 : -1);
        return;
      }
      const item = currentItem();
      if (!item) return;
      if (key === 'e') {
        event.preventDefault();
        void setItemsStatus([item], item.status === 'done' ? 'undone' : 'done').then((ok) => {
          const next = useInboxStore.getState().currentId;
          if (ok && next) focusItem(next);
        });
      } else if (key === 'u') {
        event.preventDefault();
        void setItemsStatus([item], 'new');
      } else if (key === 'r') {
        event.preventDefault();
        document.getElementById(REPLY_FIELD_ID)?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
