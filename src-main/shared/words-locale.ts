// The locale a date is written in inside a sentence: the owner's own variant of the sentence's
// language ("en-GB" for English words on a British system), else the language itself, so a date
// never comes in another language than the words around it. The window follows the same rule
// (formatLocaleFor in the renderer's i18n/languages.ts); this is for text main and the core write.
export function wordsLocale(language: string, systemLocale: string | undefined): string {
  if (!systemLocale) return language;
  try {
    const [canonical] = Intl.getCanonicalLocales(systemLocale);
    if (canonical && canonical.split('-')[0]?.toLowerCase() === language) return canonical;
  } catch {
    // A malformed tag from the system is no reason to fail: the language alone still reads right.
  }
  return language;
}
