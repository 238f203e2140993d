// The short page the browser shows when a sign-in comes back to Cadence. It speaks the language
// chosen in Settings, or for "system" the browser's own: the browser runs on the same computer,
// and its Accept-Language lists the languages the owner reads, most preferred first.
import type { LanguageChoice } from '../../shared/app-settings';
import type { KeyedText } from '../../shared/messages/owner-message';
import { sayKeyed, wordsIn, type Words } from '../../shared/messages/words';
import { spokenLanguage } from '../../shared/spoken-language';

/** A page's sentences, in order: Cadence's own by key, a network's own words as they are. */
export type PageSentences = ReadonlyArray<KeyedText | string>;

/** The language tags of an Accept-Language header, most preferred first ("de-DE,de;q=0.9,en;q=0.8"). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...options] = part.trim().split(';');
      const weight = options.map((option) => /^\s*q=([\d.]+)\s*$/.exec(option)?.[1]).find(Boolean);
      return { tag: tag.trim(), quality: weight === undefined ? 1 : Number(weight), index };
    })
    .filter(({ tag, quality }) => tag !== '' && tag !== '*' && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map(({ tag }) => tag);
}

/** The words a sign-in page is written in, for the browser that asked and the owner's choice. */
export function pageWords(acceptLanguage: string | undefined, choice: LanguageChoice): Words {
  const accepted = acceptedLanguages(acceptLanguage);
  return wordsIn(spokenLanguage(choice, accepted), accepted[0]);
}

/** The page: its sentences, and a link on to `continueTo` that the browser also follows itself. */
export function signInPage(words: Words, said: PageSentences, continueTo?: string): string {
  const text = said.map((part) => (typeof part === 'string' ? part : sayKeyed(words, part))).join(' ');
  // A meta refresh needs no script, so the page's "default-src 'none'" policy still holds.
  const onward = continueTo ? `<meta http-equiv="refresh" content="4;url=${escapeHtml(continueTo)}">` : '';
  const link = continueTo
    ? ` <a href="${escapeHtml(continueTo)}">${escapeHtml(words('signIn.continue'))}</a>`
    : '';
  return `<!doctype html>
<html lang="${words.language}"><head><meta charset="utf-8"><title>Cadence</title>${onward}</head>
<body><p>${escapeHtml(text)}${link}</p></body></html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
