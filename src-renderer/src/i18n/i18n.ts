// The renderer's one i18next instance, ready as soon as this module loads with the first screen's
// English words (bundled), in the system's language until the owner's choice is read. The other
// screens' English words load with those screens (loadScreenCatalogs), and other languages'
// catalogs when first shown (loadCatalog), so the first screen carries only what it shows.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LanguageChoice } from '@shared/app-settings';
import { enAtOnce } from './en/at-once';
import { formatLocaleFor, LANGUAGES, PSEUDO_LANGUAGE, resolveLanguage, systemLanguages } from './languages';
import type { UiLanguage } from './languages';
import { pseudoCatalog } from './pseudo';

export const i18n: I18n = i18next.createInstance();

/** A key with no string is a bug: loud in development and tests, logged (and caught by e2e) in a build. */
function reportMissing(languages: readonly string[], namespace: string, key: string): void {
  const problem = `[cadence] No "${languages.join(', ')}" text for ${namespace}:${key}`;
  if (import.meta.env.DEV) throw new Error(problem);
  console.error(problem);
}

void i18n.use(initReactI18next).init({
  resources: { en: enAtOnce, [PSEUDO_LANGUAGE]: pseudoCatalog(enAtOnce) },
  partialBundledLanguages: true,
  lng: resolveLanguage('system', systemLanguages()),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES, PSEUDO_LANGUAGE],
  load: 'currentOnly',
  ns: Object.keys(enAtOnce),
  defaultNS: 'common',
  initAsync: false,
  // React escapes what it renders; escaping here as well would show "&amp;".
  interpolation: { escapeValue: false },
  saveMissing: true,
  missingKeyHandler: reportMissing,
  react: { useSuspense: false },
});

// English writes a list's name in lower case inside a sentence ("Add to words to prefer");
// German keeps its capitals, so only the English catalog asks for this.
i18n.services.formatter?.add('lowercase', (value: unknown, language: string | undefined) =>
  String(value).toLocaleLowerCase(language),
);

// {{name, day}}: the core sends an instant and the zone it is a day in (params.timeZone); it is
// written in the owner's locale, as the calendar writes days.
i18n.services.formatter?.add(
  'day',
  (value: unknown, _language: string | undefined, options: { timeZone?: string }) =>
    new Intl.DateTimeFormat(formatLocale(), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: options.timeZone,
    }).format(Number(value)),
);

/** The language shown now. */
export function uiLanguage(): UiLanguage {
  return i18n.language as UiLanguage;
}

let lastLocale: { language: UiLanguage; system: string; locale: string } | null = null;

/**
 * The locale Intl writes dates and numbers in, for the language shown. Asked for on every date
 * and number written, so it is worked out again only when the language or the system's
 * languages change.
 */
export function formatLocale(): string {
  const language = uiLanguage();
  const languages = systemLanguages();
  const system = languages.join(',');
  if (lastLocale?.language !== language || lastLocale.system !== system)
    lastLocale = { language, system, locale: formatLocaleFor(language, languages) };
  return lastLocale.locale;
}

const CATALOG_LOADERS: Partial<Record<UiLanguage, () => Promise<object>>> = {
  de: async () => (await import('./de')).de,
};

function addCatalog(language: string, catalog: object): void {
  for (const [namespace, strings] of Object.entries(catalog)) {
    i18n.addResourceBundle(language, namespace, strings, true, true);
  }
}

/** Puts a language's catalog in place before anything is shown in it; English is always there. */
export async function loadCatalog(language: string): Promise<void> {
  const load = CATALOG_LOADERS[language as UiLanguage];
  if (!load || i18n.hasResourceBundle(language, 'common')) return;
  addCatalog(language, await load());
}

let screenCatalogs: Promise<void> | undefined;

/**
 * Puts the English (and pseudo-locale) words of every screen but the first in place; the shell
 * awaits it with each screen's code, so no screen shows before its words. Loaded once, on the
 * first call; a failed load is tried again on the next.
 */
export function loadScreenCatalogs(): Promise<void> {
  screenCatalogs ??= import('./en/later').then(
    ({ enLater }) => {
      addCatalog('en', enLater);
      addCatalog(PSEUDO_LANGUAGE, pseudoCatalog(enLater));
    },
    (error: unknown) => {
      screenCatalogs = undefined;
      throw error;
    },
  );
  return screenCatalogs;
}

/** Shows Cadence in the chosen language ("system": the computer's, when Cadence speaks it). */
export async function applyLanguageChoice(choice: LanguageChoice): Promise<void> {
  const language = resolveLanguage(choice, systemLanguages());
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  await loadCatalog(language);
  if (language !== i18n.language) await i18n.changeLanguage(language);
}

/** The translate function for code outside components (helpers that build words). */
export const t = i18n.t.bind(i18n);
