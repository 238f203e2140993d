// The one place dates, numbers and money are written for the owner: through Intl, in the
// locale of the language shown (the system's own variant of it, such as de-AT or en-GB). In the
// pseudo-locale each result is bracketed like catalog strings, so a tour can tell a formatted
// value from text that skipped both.
import { formatLocale, uiLanguage } from '../i18n/i18n';
import { PSEUDO_LANGUAGE } from '../i18n/languages';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../i18n/pseudo';

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.ListFormat;

// Building a formatter costs far more than using one, and a month grid formats ~100 labels.
const formatters = new Map<string, Formatter>();

function cached<F extends Formatter>(kind: string, options: object, make: (locale: string) => F): F {
  const locale = formatLocale();
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Newer ICU puts narrow and thin spaces around AM/PM and range dashes; plain spaces read and match better. */
function plain(text: string): string {
  const spaced = text.replace(/[\u202f\u2009]/g, ' ');
  return uiLanguage() === PSEUDO_LANGUAGE ? `${PSEUDO_OPEN}${spaced}${PSEUDO_CLOSE}` : spaced;
}

/** A date, a time or both, as Intl writes them with these options (give timeZone for the business's clocks). */
export function formatDateTime(at: number | Date, options: Intl.DateTimeFormatOptions): string {
  return plain(cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options)).format(at));
}

/** Two moments as one range ("Nov 30 – Dec 6, 2026"), written the locale's way. */
export function formatDateRange(
  from: number | Date,
  to: number | Date,
  options: Intl.DateTimeFormatOptions,
): string {
  // formatRange builds an interval formatter of its own on every call (about half a millisecond,
  // twice on each calendar page turn for the heading), so the ranges written lately are kept.
  const key = `${formatLocale()}|${uiLanguage()}|${JSON.stringify(options)}|${+from}|${+to}`;
  let range = ranges.get(key);
  if (range === undefined) {
    const formatter = cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options));
    range = plain(formatter.formatRange(from, to));
    ranges.set(key, range);
    if (ranges.size > RANGES_KEPT) ranges.delete(ranges.keys().next().value!);
  }
  return range;
}

const ranges = new Map<string, string>();
const RANGES_KEPT = 64;

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return plain(cached('number', options, (locale) => new Intl.NumberFormat(locale, options)).format(value));
}

/** A fraction as a percentage: 0.125 -> "12.5%" ("12,5 %" in German). */
export function formatPercent(fraction: number, maximumFractionDigits = 2): string {
  return formatNumber(fraction, { style: 'percent', maximumFractionDigits });
}

/** An amount in `currency`'s major units (12.5 EUR -> "€12.50", "12,50 €"). */
export function formatCurrency(amount: number, currency: string): string {
  return formatNumber(amount, { style: 'currency', currency });
}

/** "5 minutes ago", "in 2 hours", "yesterday". */
export function formatRelative(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  const options = { numeric: 'auto' } as const;
  return plain(
    cached('relative', options, (locale) => new Intl.RelativeTimeFormat(locale, options)).format(value, unit),
  );
}

/** "Bluesky, Mastodon and X" ("Bluesky, Mastodon und X"). */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  const options = { type } as const;
  return plain(cached('list', options, (locale) => new Intl.ListFormat(locale, options)).format(items));
}

/** A language's name in that language itself ("Deutsch"), as language menus show them. */
export function formatLanguageName(language: string): string {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  const name = names.of(language) ?? language;
  return plain(name.charAt(0).toLocaleUpperCase(language) + name.slice(1));
}
