// What the core tells the owner travels as a key into the message catalogs, the values it
// names, and its English text: the renderer shows it in the owner's language from the key (the
// English text is the fallback), and logs, notifications and tests read the English. Values a
// network wrote (a server's own error) go in as params and are shown as they are.
import { z } from 'zod';
import { CORE_MESSAGES } from './core-messages';

export const MessageParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type MessageParams = z.infer<typeof MessageParams>;

/** A message's key and values as they cross the bridge beside its English text. */
export const KeyedText = z.object({ key: z.string(), params: MessageParams.optional() });
export type KeyedText = z.infer<typeof KeyedText>;

/** An OwnerMessage as data crossing the contract: its key, its values and its English. */
export const SaidText = KeyedText.extend({ message: z.string() });
export type SaidText = z.infer<typeof SaidText>;

/** Words shown to the owner: keyed when Cadence wrote them, else someone else's words as they are. */
export const ShownWords = SaidText.partial({ key: true });
export type ShownWords = z.infer<typeof ShownWords>;

/**
 * A stored failure's words as catalog keys, sentence by sentence ("Mastodon timed out." then
 * "Cadence will check…"), shown joined by a space; null when any part was plain text.
 */
export const KeyedSentences = z.array(KeyedText).nullable();
export type KeyedSentences = z.infer<typeof KeyedSentences>;

/** Sentences said one after another: their English joined, and their keys in order. */
export function sentences(...parts: OwnerMessage[]): { message: string; messageKey: KeyedText[] } {
  return {
    message: parts.map((part) => part.message).join(' '),
    messageKey: parts.map(keyOf),
  };
}

type PluralSuffix = '_one' | '_other';
type Unplural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/** The dotted path of every string in a catalog, plurals by their base key. */
type KeysOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? Unplural<`${Prefix}${K}`> : KeysOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type CoreMessageKey = KeysOf<typeof CORE_MESSAGES>;

/** A message for the owner, as the catalogs know it. */
export interface OwnerMessage {
  key: CoreMessageKey;
  params?: MessageParams;
  /** The English text, for logs, notifications and anything without the catalogs. */
  message: string;
}

/**
 * {{name, day}}: an instant written as a day ("Tue, Dec 9") in the zone params.timeZone names;
 * the renderer's i18next has the same format in the owner's locale.
 */
function dayIn(locale: string, at: number, timeZone: unknown): string {
  const zone = typeof timeZone === 'string' ? timeZone : undefined;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: zone,
  }).format(at);
}

// Built once per locale: say() runs on every keystroke the composer checks, and building Intl's
// formatters costs far more than using them.
const formattersByLocale = new Map<string, { plurals: Intl.PluralRules; numbers: Intl.NumberFormat }>();
function formatters(locale: string) {
  let found = formattersByLocale.get(locale);
  if (!found) {
    found = { plurals: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
    formattersByLocale.set(locale, found);
  }
  return found;
}

function lookup(catalog: object, path: string): string | undefined {
  let node: unknown = catalog;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

/** A key's template in a catalog: its plural form for params.count, as i18next picks it. */
export function templateIn(
  catalog: object,
  locale: string,
  key: CoreMessageKey,
  params: MessageParams | undefined,
): string {
  const count = params?.count;
  const plural =
    typeof count === 'number'
      ? lookup(catalog, `${key}_${formatters(locale).plurals.select(count)}`)
      : undefined;
  const text = plural ?? lookup(catalog, key);
  if (text === undefined) throw new Error(`No core message ${key}`);
  return text;
}

/** Fills {{name}}, {{name, number}} and {{name, day}} the way the renderer's i18next does, in a locale. */
export function fillIn(locale: string, text: string, params: MessageParams = {}): string {
  return text.replace(/\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (whole, name: string, format?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number' && format === 'number') return formatters(locale).numbers.format(value);
    if (typeof value === 'number' && format === 'day') return dayIn(locale, value, params.timeZone);
    return String(value);
  });
}

/**
 * A template with the catalog's words it names ("$t(core:imports.formats.{{wanted}})", an export's
 * name) put in from a catalog, in its language, before its values are filled in: like i18next, it
 * nests what the template names and never what a value says (a file named "$t(…)" stays so).
 */
export function nestIn(catalog: object, template: string, params: MessageParams = {}): string {
  return template.replace(
    /\$t\(core:([^()]+)\)/g,
    (whole, key: string) => lookup(catalog, fillIn('en-US', key, params)) ?? whole,
  );
}

/** Fills a template in English (logs, notifications, tests). */
export function fillEnglish(text: string, params: MessageParams = {}): string {
  return fillIn('en-US', nestIn(CORE_MESSAGES, text, params), params);
}

/** The key and values of a message, for a schema that carries its English text elsewhere. */
export function keyOf({ key, params }: OwnerMessage): KeyedText {
  return params ? { key, params } : { key };
}

/** The message for a key and its values. */
export function say(key: CoreMessageKey, params?: MessageParams): OwnerMessage {
  const english = templateIn(CORE_MESSAGES, 'en-US', key, params);
  return { key, ...(params ? { params } : {}), message: fillEnglish(english, params) };
}
