// Mastodon's StatusLengthValidator, written independently of the app's counter so the fake
// can catch a wrong count: every URL counts as the instance's reserved characters, a remote
// mention counts only as @username, and the total is in grapheme clusters including the CW.
import twitterText from 'twitter-text';

// Account::MENTION_RE: @user or @user@domain, not preceded by a word character, = or /.
const MENTION =
  /(?<![=/\p{L}\p{N}_])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@[\p{L}\p{N}_]+(?:[.-]+[\p{L}\p{N}_]+)*)?/giu;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

export function mastodonStatusLength(text: string, spoilerText: string, reservedPerUrl: number): number {
  const entities: { start: number; end: number; replacement: string }[] = [];
  for (const { indices } of twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })) {
    entities.push({ start: indices[0], end: indices[1], replacement: 'x'.repeat(reservedPerUrl) });
  }
  for (const match of text.matchAll(MENTION)) {
    const start = match.index;
    const end = start + match[0].length;
    if (entities.some((url) => start < url.end && end > url.start)) continue;
    entities.push({ start, end, replacement: `@${match[1]}` });
  }
  entities.sort((a, b) => a.start - b.start);
  let countable = '';
  let cursor = 0;
  for (const entity of entities) {
    countable += text.slice(cursor, entity.start) + entity.replacement;
    cursor = entity.end;
  }
  countable += text.slice(cursor);
  return [...graphemes.segment(spoilerText + countable)].length;
}
