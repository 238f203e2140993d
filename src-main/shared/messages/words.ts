// Cadence's words in the owner's language where the window's i18next does not reach: the menu,
// the tray, the update prompts and the notifications main shows. Same catalogs, same keys, same
// plural and {{value, format}} rules as the window.
import type { SpokenLanguage } from '../spoken-language';
import { wordsLocale } from '../words-locale';
import { CORE_MESSAGES } from './core-messages';
import { core as GERMAN } from './de';
import {
  fillIn,
  nestIn,
  templateIn,
  type CoreMessageKey,
  type KeyedText,
  type MessageParams,
} from './owner-message';

const CATALOGS: Record<SpokenLanguage, object> = { en: CORE_MESSAGES, de: GERMAN };

export interface Words {
  readonly language: SpokenLanguage;
  /** The locale dates and numbers are written in: the system's variant of the language. */
  readonly locale: string;
  (key: CoreMessageKey, params?: MessageParams): string;
}

/** Cadence's words in a language; dates and numbers in the system's variant of it ("de-AT"). */
export function wordsIn(language: SpokenLanguage, systemLocale?: string): Words {
  const locale = wordsLocale(language, systemLocale);
  const words = (key: CoreMessageKey, params?: MessageParams) =>
    fillIn(
      locale,
      nestIn(CATALOGS[language], templateIn(CATALOGS[language], locale, key, params), params),
      params,
    );
  return Object.assign(words, { language, locale });
}

/** A message the core keyed (a notification's title), in these words. */
export function sayKeyed(words: Words, said: KeyedText): string {
  return words(said.key as CoreMessageKey, said.params);
}
