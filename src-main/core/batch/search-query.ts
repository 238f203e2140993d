// The owner's search words as an FTS5 query that cannot be anything else. FTS5 reads quotes,
// stars, parentheses, colons, NEAR, AND/OR/NOT and column filters as syntax; typed into a search
// box they are just characters. Every word is therefore one quoted string (quotes doubled inside,
// which is all FTS5 string quoting asks) with a prefix star, so "brot" finds "Brötchen" and "fresh
// rol" finds "fresh rolls". Words are ANDed, which is what owners expect of a search box.

/** More words than anyone types; a pasted paragraph is cut here rather than slowing the query. */
export const MAX_SEARCH_WORDS = 12;

// unicode61 splits text at every character that is not a letter, a number or a private-use
// character; a word without one of those yields no token, and an empty phrase matches nothing.
const HAS_TOKEN = /[\p{L}\p{N}\p{Co}]/u;
// NUL and other control characters end or confuse SQL strings in some tools; they are never words.
const CONTROL = /\p{Cc}/gu;

/** The FTS5 MATCH expression for what the owner typed, or null when it holds no word to find. */
export function toMatchExpression(typed: string): string | null {
  const words = typed
    .replace(CONTROL, ' ')
    .split(/\s+/u)
    .filter((word) => HAS_TOKEN.test(word))
    .slice(0, MAX_SEARCH_WORDS);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' ');
}
