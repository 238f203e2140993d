// Light or dark: the owner's choice in Settings, kept with the core's settings. "System" leaves it
// to the computer (prefers-color-scheme in styles.css; in the desktop app main also sets
// nativeTheme, so the window's frame and menus follow the same choice).
import { useEffect } from 'react';
import type { AppSettings, ThemeChoice } from '@shared/app-settings';
import { call } from '../lib/api';
import { watchCore } from '../lib/core-query';

/** Shows the window in the chosen theme; "system" follows the computer. */
export function applyThemeChoice(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/** The app's first settings read (first-reads.ts), until the theme's watch takes it up. */
let firstRead: Promise<AppSettings> | null = null;

/** Applies the theme from the app's first settings read, before anything renders. */
export function applyStoredTheme(read: Promise<AppSettings>): void {
  firstRead = read;
  // Unread, the computer's theme stays, which is the default anyway.
  void read.then((stored) => applyThemeChoice(stored.theme)).catch(() => undefined);
}

/** The first read if nobody has taken it up yet (start-up reads the settings once), else a new one. */
function readSettings(): Promise<AppSettings> {
  const read = firstRead ?? call('settings.get');
  firstRead = null;
  return read;
}

/** Applies the stored theme at start and whenever the settings change. */
export function useStoredTheme(): void {
  useEffect(() => {
    const watch = watchCore(
      readSettings,
      (answer) => {
        // Unread settings leave the computer's theme, which is the default anyway.
        if (answer.ok) applyThemeChoice(answer.value.theme);
      },
      { refreshOn: ['settings.changed'] },
    );
    return () => watch.stop();
  }, []);
}
