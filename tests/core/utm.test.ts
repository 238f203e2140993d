// UTM tagging of campaign links: existing query strings and fragments survive, a link is
// never tagged twice, other text and non-http links are left exactly as written.
import { describe, expect, it } from 'vitest';
import { readUtm, tagLinks, tagUrl, utmTagsFor } from '../../src-main/shared/utm';

const tags = utmTagsFor({ network: 'bluesky', campaignSlug: 'winter-market', postId: 'post-1' });
const TAGS = 'utm_source=bluesky&utm_medium=social&utm_campaign=winter-market&utm_content=post-1';

describe('tagUrl', () => {
  it.each([
    ['plain link', 'https://shop.example/', `https://shop.example/?${TAGS}`],
    ['no path', 'https://shop.example', `https://shop.example?${TAGS}`],
    [
      'keeps the query string',
      'https://shop.example/p?id=7&ref=x%20y',
      `https://shop.example/p?id=7&ref=x%20y&${TAGS}`,
    ],
    [
      'keeps the fragment after the tags',
      'https://shop.example/menu#rye',
      `https://shop.example/menu?${TAGS}#rye`,
    ],
    ['query and fragment', 'http://shop.example/a?b=1#c?d=2', `http://shop.example/a?b=1&${TAGS}#c?d=2`],
    ['empty query', 'https://shop.example/?', `https://shop.example/?${TAGS}`],
    ['query ending in &', 'https://shop.example/?a=1&', `https://shop.example/?a=1&${TAGS}`],
    [
      'already tagged by the owner',
      'https://shop.example/?utm_source=newsletter',
      'https://shop.example/?utm_source=newsletter',
    ],
    [
      'one utm key is enough',
      'https://shop.example/?a=1&UTM_CAMPAIGN=x#f',
      'https://shop.example/?a=1&UTM_CAMPAIGN=x#f',
    ],
    [
      'a key that only looks like utm',
      'https://shop.example/?xutm_source=1',
      `https://shop.example/?xutm_source=1&${TAGS}`,
    ],
  ])('%s', (_name, url, expected) => {
    expect(tagUrl(url, tags).url).toBe(expected);
  });

  it('never tags twice: tagging a tagged link changes nothing', () => {
    const once = tagUrl('https://shop.example/p?id=7#top', tags).url;
    expect(tagUrl(once, tags)).toEqual({
      url: once,
      leftAlone: expect.objectContaining({ message: expect.stringContaining('already has UTM') }),
    });
  });

  it('encodes values, and paid links say paid', () => {
    const paid = utmTagsFor({ network: 'mastodon', campaignSlug: 'a b&c', postId: 'p/1', medium: 'paid' });
    expect(tagUrl('https://x.example/', paid).url).toBe(
      'https://x.example/?utm_source=mastodon&utm_medium=paid&utm_campaign=a%20b%26c&utm_content=p%2F1',
    );
  });
});

describe('tagLinks', () => {
  it('tags every http(s) link in the text and leaves the rest as written', () => {
    const text =
      'Pre-order (https://shop.example/winter?ref=ig#rye), see https://shop.example/?utm_source=newsletter. ' +
      'Mail orders@shop.example, visit shop.example or ftp://files.example/menu.pdf!';
    const result = tagLinks(text, tags);
    expect(result.text).toBe(
      `Pre-order (https://shop.example/winter?ref=ig&${TAGS}#rye), see https://shop.example/?utm_source=newsletter. ` +
        'Mail orders@shop.example, visit shop.example or ftp://files.example/menu.pdf!',
    );
    expect(result.links.map((l) => [l.original, l.leftAlone === null])).toEqual([
      ['https://shop.example/winter?ref=ig#rye', true],
      ['https://shop.example/?utm_source=newsletter', false],
    ]);
    expect(text.slice(result.links[0]!.start).startsWith(result.links[0]!.original)).toBe(true);
  });

  it('keeps a closing parenthesis that belongs to the link, and drops sentence punctuation', () => {
    const result = tagLinks('Read https://en.example/wiki/Rye_(bread). Or https://a.example/x?y=1,', tags);
    expect(result.links.map((l) => l.original)).toEqual([
      'https://en.example/wiki/Rye_(bread)',
      'https://a.example/x?y=1',
    ]);
    expect(result.text).toBe(
      `Read https://en.example/wiki/Rye_(bread)?${TAGS}. Or https://a.example/x?y=1&${TAGS},`,
    );
  });

  it('returns text without links unchanged', () => {
    expect(tagLinks('Fresh rolls at 7 🥐', tags)).toEqual({ text: 'Fresh rolls at 7 🥐', links: [] });
  });

  it('is stable: the same post tags the same way every time (verify after a crash compares like with like)', () => {
    const text = 'https://shop.example/?a=1';
    expect(tagLinks(text, tags).text).toBe(tagLinks(text, tags).text);
    expect(tagLinks(tagLinks(text, tags).text, tags).text).toBe(tagLinks(text, tags).text);
  });
});

describe('readUtm', () => {
  it('reads tags from a landing page path or a full URL, ignoring the fragment', () => {
    expect(readUtm('/collections/winter?utm_source=bluesky&utm_campaign=winter-market#top')).toEqual({
      source: 'bluesky',
      medium: null,
      campaign: 'winter-market',
      content: null,
    });
    expect(readUtm('https://shop.example/')).toEqual({
      source: null,
      medium: null,
      campaign: null,
      content: null,
    });
  });
});
