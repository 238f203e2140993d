// The language main writes in (the menu, the tray, dialogs and notifications): the owner's
// choice in Settings, or the computer's, by the rule the window follows (spokenLanguage). The
// desktop preferences set it from the settings; the menu and the tray re-read it when it changes.
import type { LanguageChoice } from './shared/app-settings';
import { wordsIn, type Words } from './shared/messages/words';
import { spokenLanguage } from './shared/spoken-language';

export interface OwnerLanguage {
  words(): Words;
  /** The owner's choice, as read from the settings; listeners run when the language changes. */
  choose(choice: LanguageChoice): void;
  onChange(listener: () => void): () => void;
}

/** `system` is the computer's languages, most preferred first; `systemLocale` its locale ("de-AT"). */
export function ownerLanguage(system: readonly string[], systemLocale: string): OwnerLanguage {
  let words = wordsIn(spokenLanguage('system', system), systemLocale);
  const listeners = new Set<() => void>();
  return {
    words: () => words,
    choose(choice) {
      const language = spokenLanguage(choice, system);
      if (language === words.language) return;
      words = wordsIn(language, systemLocale);
      for (const listener of listeners) listener();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
