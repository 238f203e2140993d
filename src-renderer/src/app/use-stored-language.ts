// The owner's language choice is kept with the core's settings: read once at start, before the
// workspace shows, so an owner who chose German never sees the screens in English first.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '@shared/app-settings';
import { applyLanguageChoice } from '../i18n/i18n';
import { call } from '../lib/api';

let storedLanguage: Promise<void> | null = null;
let storedLanguageApplied = false;

/**
 * Reads the stored choice (from `read`, the first time) and applies it, once: started with the
 * app's first reads, before the first render, and awaited by the shell. Without an answer the
 * system's language stays: the workspace's own error says what failed.
 */
export function applyStoredLanguage(
  read: () => Promise<AppSettings> = () => call('settings.get'),
): Promise<void> {
  storedLanguage ??= read()
    .then((settings) => applyLanguageChoice(settings.language))
    .catch(() => undefined)
    .then(() => {
      storedLanguageApplied = true;
    });
  return storedLanguage;
}

/** Whether the stored choice has been applied (or could not be read), and the language shown. */
export function useStoredLanguage(): { ready: boolean; language: string } {
  const { i18n } = useTranslation();
  // Applied before the first render (see main.tsx), the workspace is drawn at once.
  const [ready, setReady] = useState(() => storedLanguageApplied);

  useEffect(() => {
    let live = true;
    void applyStoredLanguage().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, []);

  return { ready, language: i18n.language };
}
