// The pseudo-locale, made from the English catalog: every letter accented and every string
// bracketed in ⟦ ⟧, with its {{params}}, $t() nestings and <tags> left intact. A text on screen
// without the brackets did not come from a catalog (or from lib/format); longer words also show
// where a layout would clip a longer language.
import type { Catalog } from './catalog';

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTS = [...'áƀçðéƒĝĥíĵķļɱñőþǫŕšţűṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑŐÞǪŔŠŢŰṼŴẊÝŽ'];
const ACCENTED = new Map([...PLAIN].map((letter, index) => [letter, ACCENTS[index]!]));

/** Parts a translation must keep as they are: {{params}}, $t(nestings) and <tags>. */
const KEPT = /(\{\{[^}]*\}\}|\$t\([^)]*\)|<\/?\w+\s*\/?>)/;

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (letter) => ACCENTED.get(letter) ?? letter);
}

/** One string in the pseudo-locale. */
export function pseudoString(text: string): string {
  const parts = text.split(KEPT).map((part, index) => (index % 2 === 1 ? part : accent(part)));
  return `${PSEUDO_OPEN}${parts.join('')}${PSEUDO_CLOSE}`;
}

/** A whole catalog in the pseudo-locale. */
export function pseudoCatalog<T extends object>(catalog: T): Catalog<T> {
  const entries = Object.entries(catalog).map(([key, value]) => [
    key,
    typeof value === 'string' ? pseudoString(value) : pseudoCatalog(value as object),
  ]);
  return Object.fromEntries(entries) as Catalog<T>;
}
