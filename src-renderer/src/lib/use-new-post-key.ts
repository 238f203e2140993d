// "N" starts a new post from the list pages, as it does on the calendar. Ignored while the owner
// types in a field or answers a dialog.
import { useEffect } from 'react';
import { useNavigationStore } from '../state/navigation-store';
import { isTyping } from './is-typing';

export function useNewPostKey(): void {
  const openPost = useNavigationStore((s) => s.openPost);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key.toLowerCase() !== 'n' || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      openPost(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openPost]);
}
