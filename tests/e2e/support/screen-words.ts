// Every visible text and accessible name on a screen, read from Playwright's aria snapshot, and
// the checks the language tours make on them: in the pseudo-locale, every word must come from a
// catalog (bracketed ⟦ ⟧) or be data; in German, no English may be left.
import type { Page } from 'playwright-core';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from '../../../src-renderer/src/i18n/pseudo';

/** Brand and network names, shown as they are in every language. */
export const BRAND_NAMES = [
  'Cadence',
  'Bluesky',
  'Mastodon',
  'Telegram',
  'Discord',
  'Instagram',
  'Facebook',
  'LinkedIn',
  'Threads',
  'Webhook',
  'X',
  'TikTok',
];

const LINE = /^\s*- (.*)$/;
/** A key YAML had to quote ('button "It''s here"'), and what follows it. */
const QUOTED_KEY = /^'((?:[^']|'')*)'(.*)$/;
const ENTRY = /^([\w-]+)(?: "((?:[^"\\]|\\.)*)")?((?: \[[^\]]*\])*)(?::\s*(.*))?$/;

function unquote(text: string): string {
  const trimmed = text.trim();
  return trimmed.startsWith('"') && trimmed.endsWith('"') ? (JSON.parse(trimmed) as string) : trimmed;
}

/** The texts and names in an aria snapshot, one per node; addresses (/url) are left out. */
export function snapshotTexts(snapshot: string): string[] {
  const texts: string[] = [];
  for (const line of snapshot.split('\n')) {
    const content = LINE.exec(line)?.[1];
    if (!content || content.startsWith('/url:')) continue;
    if (content.startsWith('/placeholder:')) {
      texts.push(unquote(content.slice('/placeholder:'.length)));
      continue;
    }
    const quoted = QUOTED_KEY.exec(content);
    const entry = ENTRY.exec(quoted ? `${quoted[1]!.replaceAll("''", "'")}${quoted[2]}` : content);
    if (!entry) {
      texts.push(content);
      continue;
    }
    const [, role, name, , text] = entry;
    if (name !== undefined) texts.push(JSON.parse(`"${name}"`) as string);
    if (text !== undefined && text !== '') texts.push(role === 'text' ? unquote(text) : unquote(text));
  }
  return texts.filter((text) => text.trim() !== '');
}

/** What the whole page shows now: texts and accessible names, dialogs included. */
export async function screenTexts(page: Page): Promise<string[]> {
  return snapshotTexts(await page.locator('body').ariaSnapshot());
}

/** A text with the data it may show (the owner's own words, names, time zones) taken out. */
function withoutData(text: string, data: readonly (string | RegExp)[]): string {
  let rest = text;
  for (const item of [...data, ...BRAND_NAMES.map((name) => new RegExp(`\\b${name}\\b`, 'g'))]) {
    rest = typeof item === 'string' ? rest.replaceAll(item, ' ') : rest.replace(item, ' ');
  }
  return rest;
}

const INNERMOST = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g');

/** Texts with a letter outside the pseudo-locale's brackets, once data and brand names are set aside. */
export function untranslated(texts: readonly string[], data: readonly (string | RegExp)[]): string[] {
  return texts.filter((text) => {
    let rest = text;
    for (let before = ''; before !== rest;) {
      before = rest;
      rest = rest.replace(INNERMOST, ' ');
    }
    return /\p{L}/u.test(withoutData(rest, data));
  });
}

/** Words that are English and never German, and English day and month names. */
const ENGLISH = new RegExp(
  [
    String.raw`\b(?:the|and|your|you|with|this|that|are|is|of|to|from|when|can|not|here|what|which|it|be|has|have|or|by|at|on|for|no|yet|how|more)\b`,
    String.raw`\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day)?\b`,
    // Only the months German spells differently: April, August, September and November are German too.
    String.raw`\b(?:January|February|March|May|June|July|October|December)\b`,
    String.raw`\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b(?!\.)`,
  ].join('|'),
  'i',
);
const ENGLISH_CLOCK = /\b(?:AM|PM)\b/;

/** Texts that still read as English, once data and brand names are set aside. */
export function englishLeft(texts: readonly string[], data: readonly (string | RegExp)[]): string[] {
  return texts.filter((text) => {
    const rest = withoutData(text, data);
    return ENGLISH.test(rest) || ENGLISH_CLOCK.test(rest);
  });
}
