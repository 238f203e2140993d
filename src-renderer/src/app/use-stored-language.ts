// The owner's language choice is kept with the core's settings: read once at start, before the
// workspace shows, so an owner who chose German never sees the screens in English first.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLanguageChoice } from '../i18n/i18n';
import { call } from '../lib/api';

/** Whether the stored choice has been applied (or could not be read), and the language shown. */
export function useStoredLanguage(): { ready: boolean; language: string } {
  const { i18n } = useTranslation();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    // Without an answer the system's language stays: the workspace's own error says what failed.
    call('settings.get')
      .then((settings) => applyLanguageChoice(settings.language))
      .catch(() => undefined)
      .finally(() => {
        if (live) setReady(true);
      });
    return () => {
      live = false;
    };
  }, []);

  return { ready, language: i18n.language };
}
