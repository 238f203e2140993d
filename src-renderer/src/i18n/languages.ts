// Which languages Cadence speaks, and which one an owner gets: their choice in Settings, or
// else the first of their system's languages that Cadence speaks, or else English.
import type { LanguageChoice } from '@shared/app-settings';
import { firstSpoken, SPOKEN_LANGUAGES, type SpokenLanguage } from '@shared/spoken-language';

/** The languages with a complete catalog, as the owner may choose them. */
export const LANGUAGES = SPOKEN_LANGUAGES;
export type Language = SpokenLanguage;

/**
 * A generated locale that accents every catalog string and brackets it in ⟦ ⟧, so a tour of the
 * app in it shows any text that did not come from a catalog. Picked only from the system's
 * languages (a test browser's), never offered in Settings.
 */
export const PSEUDO_LANGUAGE = 'en-XA';
export type UiLanguage = Language | typeof PSEUDO_LANGUAGE;

/** The system's preferred languages, most preferred first (none where there is no navigator). */
export function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/**
 * The language to show for a choice, given the system's languages: the rule main follows too
 * (spokenLanguage), except that a test browser asking for the pseudo-locale first gets it.
 */
export function resolveLanguage(choice: LanguageChoice, system: readonly string[]): UiLanguage {
  if (choice !== 'system') return choice;
  const pseudoAt = system.findIndex((tag) => tag.toLowerCase() === PSEUDO_LANGUAGE.toLowerCase());
  const spoken = firstSpoken(pseudoAt < 0 ? system : system.slice(0, pseudoAt));
  return spoken ?? (pseudoAt < 0 ? 'en' : PSEUDO_LANGUAGE);
}

/**
 * The locale dates and numbers are written in: the owner's own system locale when it is in the
 * language shown ("de-AT", "en-GB"), else the language itself. The pseudo-locale writes as English.
 */
export function formatLocaleFor(language: UiLanguage, system: readonly string[]): string {
  const base = language === PSEUDO_LANGUAGE ? 'en' : language;
  const own = system.find((tag) => tag.split('-')[0]?.toLowerCase() === base);
  if (!own || own.toLowerCase() === PSEUDO_LANGUAGE.toLowerCase()) return base;
  try {
    return Intl.getCanonicalLocales(own)[0] ?? base;
  } catch {
    return base;
  }
}
