// Mastodon's length rule, as its StatusLengthValidator applies it: every link counts as
// the server's reserved length however long it is, a remote mention @user@domain counts
// only as @user, and what remains is counted in grapheme clusters (Ruby's
// mb_chars.grapheme_length), not UTF-16 units or code points. This follows the server
// rather than any client's counter, since the server is what accepts or refuses the post.
// Mastodon adds the content warning to the count; Cadence posts have none.
import twitterText from 'twitter-text';
import { countGraphemes } from './unicode';

// Account::MENTION_RE from Mastodon 4: a username, then optionally @ and a domain.
// Ruby's [[:word:]] is letters, marks, decimal digits and connector punctuation.
const WORD = String.raw`[\p{L}\p{M}\p{Nd}\p{Pc}]`;
const MENTION = new RegExp(
  String.raw`(?<![=/]|${WORD})@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(@${WORD}+(?:[.-]+${WORD}+)*)?`,
  'giu',
);
// twitter-text's end_mention_match, which Mastodon's extractor also applies: a match
// followed by another @ or by :// is part of something else, not a mention.
const NOT_A_MENTION_AFTER = /^(?:[@＠]|:\/\/)/;

interface Replacement {
  start: number;
  end: number;
  text: string;
}

function urlReplacements(text: string, reservedPerUrl: number): Replacement[] {
  // Mastodon only shortens links written with their scheme (extract_url_without_protocol: false).
  return twitterText
    .extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })
    .map(({ indices: [start, end] }) => ({ start, end, text: 'x'.repeat(reservedPerUrl) }));
}

function remoteMentionReplacements(text: string): Replacement[] {
  const replacements: Replacement[] = [];
  for (const match of text.matchAll(MENTION)) {
    const [whole, username, domain] = match;
    const end = match.index + whole.length;
    if (!domain || NOT_A_MENTION_AFTER.test(text.slice(end))) continue;
    replacements.push({ start: match.index, end, text: `@${username}` });
  }
  return replacements;
}

/** The text Mastodon measures: links replaced by placeholders, remote mentions cut to @user. */
export function mastodonCountableText(text: string, reservedPerUrl: number): string {
  const replacements = [...urlReplacements(text, reservedPerUrl), ...remoteMentionReplacements(text)];
  replacements.sort((a, b) => a.start - b.start);
  let result = '';
  let cursor = 0;
  for (const replacement of replacements) {
    // Like Mastodon's remove_overlapping_entities: the entity that starts first wins.
    if (replacement.start < cursor) continue;
    result += text.slice(cursor, replacement.start) + replacement.text;
    cursor = replacement.end;
  }
  return result + text.slice(cursor);
}

export function countMastodon(text: string, reservedPerUrl: number): number {
  return countGraphemes(mastodonCountableText(text, reservedPerUrl));
}
