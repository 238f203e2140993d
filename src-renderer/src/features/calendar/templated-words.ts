// Words a grid writes hundreds of times with different values (every chip's name, every hour
// slot's): translated once per key and language with stand-ins for the values, then filled in
// for each use. One translation per chip and slot was the largest part of a week's render.
// Only for plain interpolation: words that change with a value (a count's plural) are not.

import { t } from '../../i18n/i18n';

/** Translates `key` with `values` put in. */
export type Say = (key: string, values: Readonly<Record<string, string>>) => string;

/** Each call a translation of its own, in the language shown. */
export const sayNow: Say = t;

// Private-use characters, which no translation contains, around each value's name.
const STAND_IN = /\uE000(\w+)\uE001/g;

/** `translate` once per key and set of value names; later uses fill the same words in. */
export function templatedSay(translate: Say): Say {
  const fills = new Map<string, (values: Readonly<Record<string, string>>) => string>();
  return (key, values) => {
    const names = Object.keys(values);
    const id = `${key}|${names.join(',')}`;
    let fill = fills.get(id);
    if (!fill) {
      const template = translate(key, Object.fromEntries(names.map((name) => [name, `\uE000${name}\uE001`])));
      fill = (given) => template.replace(STAND_IN, (_, name: string) => given[name] ?? '');
      fills.set(id, fill);
    }
    return fill(values);
  };
}

/** Each call a translation of its own, with a number among the values (a count). */
const sayCountedNow: (key: string, values: Readonly<Record<string, string | number>>) => string = t;

/** Translates words that change with a count (its plural form) and values put in. */
export type SayCount = (key: string, count: number, values: Readonly<Record<string, string>>) => string;

/**
 * `templatedSay` for counted words, in the language shown: one template per count, as each count
 * picks its own plural form.
 */
export function templatedSayCount(): SayCount {
  const byCount = new Map<number, Say>();
  return (key, count, values) => {
    let say = byCount.get(count);
    if (!say) {
      say = templatedSay((given, named) => sayCountedNow(given, { ...named, count }));
      byCount.set(count, say);
    }
    return say(key, values);
  };
}
