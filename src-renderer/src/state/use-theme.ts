// Light or dark: the owner's choice in Settings, kept with the core's settings. "System" leaves it
// to the computer (prefers-color-scheme in styles.css; in the desktop app main also sets
// nativeTheme, so the window's frame and menus follow the same choice).
import { useEffect } from 'react';
import type { ThemeChoice } from '@shared/app-settings';
import { call } from '../lib/api';
import { watchCore } from '../lib/core-query';

/** Shows the window in the chosen theme; "system" follows the computer. */
export function applyThemeChoice(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/** Applies the stored theme at start and whenever the settings change. */
export function useStoredTheme(): void {
  useEffect(() => {
    const watch = watchCore(
      () => call('settings.get'),
      (answer) => {
        // Unread settings leave the computer's theme, which is the default anyway.
        if (answer.ok) applyThemeChoice(answer.value.theme);
      },
      { refreshOn: ['settings.changed'] },
    );
    return () => watch.stop();
  }, []);
}
