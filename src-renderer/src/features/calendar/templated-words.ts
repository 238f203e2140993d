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
