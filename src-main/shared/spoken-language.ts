// Which of Cadence's languages the owner gets: their choice in Settings, or for "system" the
// first of the computer's languages Cadence speaks, else English. The window and main both
// follow this rule, so the menu and the tray speak the window's language.
import { LANGUAGE_CHOICES, type LanguageChoice } from './app-settings';

/** The languages with a complete catalog. */
export type SpokenLanguage = Exclude<LanguageChoice, 'system'>;
export const SPOKEN_LANGUAGES = LANGUAGE_CHOICES.filter(
  (choice): choice is SpokenLanguage => choice !== 'system',
);

/** The first of these language tags ("de-AT", "en-GB") Cadence speaks, or null. */
export function firstSpoken(tags: readonly string[]): SpokenLanguage | null {
  for (const tag of tags) {
    const spoken = SPOKEN_LANGUAGES.find((language) => language === tag.split('-')[0]?.toLowerCase());
    if (spoken) return spoken;
  }
  return null;
}

/** The language for a choice in Settings, given the computer's languages. */
export function spokenLanguage(choice: LanguageChoice, system: readonly string[]): SpokenLanguage {
  return choice === 'system' ? (firstSpoken(system) ?? 'en') : choice;
}
