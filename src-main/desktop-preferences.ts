// The owner's settings that main carries out itself: the theme (nativeTheme, so the window's
// frame, menus and the page's prefers-color-scheme follow it), the language of main's own words
// and starting at login. Read at start and again whenever the settings change.
import { nativeTheme } from 'electron';
import type { Core } from './core/create-core';
import { invokeCore } from './invoke-core';
import type { LoginItem } from './login-item';
import type { OwnerLanguage } from './owner-language';

export interface DesktopPreferencesOptions {
  core: Pick<Core, 'invoke' | 'subscribe'>;
  /** Null where the login item must not be touched (a development build would register Electron itself). */
  loginItem: LoginItem | null;
  /** Follows the language chosen in Settings. */
  language: OwnerLanguage;
}

/** Applies the settings now and on every change; returns the stop function. */
export function followDesktopPreferences(options: DesktopPreferencesOptions): () => void {
  let loginApplied: boolean | null = null;
  let latest = 0;
  const apply = async () => {
    const request = ++latest;
    const read = await invokeCore(options.core, 'settings.get', undefined);
    if (request !== latest) return;
    if (!read.ok) {
      console.error('[cadence] could not read the settings to apply', read.error);
      return;
    }
    nativeTheme.themeSource = read.value.theme;
    options.language.choose(read.value.language);
    if (options.loginItem && read.value.openAtLogin !== loginApplied) {
      try {
        options.loginItem.set(read.value.openAtLogin);
        loginApplied = read.value.openAtLogin;
      } catch (error) {
        console.error('[cadence] could not change starting at login', error);
      }
    }
  };
  const unsubscribe = options.core.subscribe((event) => {
    if (event.type === 'settings.changed') void apply();
  });
  void apply();
  return unsubscribe;
}
