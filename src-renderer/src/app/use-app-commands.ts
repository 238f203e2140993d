// The application menu's commands (and "?" for the shortcuts), carried out in the window.
import { useEffect } from 'react';
import type { AppCommand } from '@shared/app-commands';
import { subscribe } from '../lib/api';
import { isTyping } from '../lib/is-typing';
import { useNavigationStore } from '../state/navigation-store';
import { useShortcutsStore } from '../state/shortcuts-store';

const SEARCH_FIELD = 'main input[type="search"]';

/** Find: the page's own search field, or the search over all posts when the page has none. */
function find(): void {
  const field = document.querySelector<HTMLInputElement>(SEARCH_FIELD);
  if (field) {
    field.focus();
    return;
  }
  useNavigationStore.getState().go('search');
  // The search page loads when first opened: focus its field as soon as it is there.
  const observer = new MutationObserver(() => {
    const shown = document.querySelector<HTMLInputElement>(SEARCH_FIELD);
    if (!shown) return;
    observer.disconnect();
    shown.focus();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  // Gone elsewhere before the field showed: stop looking.
  const stopWatching = useNavigationStore.subscribe(() => {
    observer.disconnect();
    stopWatching();
  });
}

export function runAppCommand(command: AppCommand): void {
  const navigation = useNavigationStore.getState();
  if (command === 'new-post') navigation.openPost(null);
  else if (command === 'preferences') navigation.go('settings');
  else if (command === 'shortcuts') useShortcutsStore.getState().show();
  else find();
}

export function useAppCommands(): void {
  useEffect(
    () =>
      subscribe((event) => {
        if (event.type === 'app.command') runAppCommand(event.command);
      }),
    [],
  );
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey)
        return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      useShortcutsStore.getState().show();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
