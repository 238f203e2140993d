import { describe, expect, it } from 'vitest';
import { DEFAULT_BRAND_KIT, exportKit, importKit, type BrandKit } from '../../src-main/shared/brand-kit/kit';
import { lintPost } from '../../src-main/shared/brand-kit/lint';

const OFF: BrandKit = {
  ...DEFAULT_BRAND_KIT,
  requiredByKind: { campaign: [], organic: [] },
  links: { requireHttps: false, forbidShorteners: false, requireUtmOnCampaign: false },
};

const kitWith = (changes: Partial<BrandKit>): BrandKit => ({ ...OFF, ...changes });
const avoid = (...terms: string[]) => kitWith({ avoidWords: terms.map((term) => ({ term })) });

/** Each problem as [ruleId, the exact text it points at]. */
function found(text: string, kit: BrandKit, kind: 'organic' | 'campaign' = 'organic') {
  return lintPost(text, kind, kit).map((p) => [p.ruleId, text.slice(p.start, p.end), p.start] as const);
}

describe('brand kit linter: words to avoid', () => {
  it.each([
    ['matches case-insensitively as a whole word', 'Cheap bread, CHEAP rolls', ['Cheap', 'CHEAP']],
    ['does not match inside a longer word', 'The cheapest loaf, cheaply made, not so cheap.', ['cheap']],
    ['does not match with letters glued in front', 'ultracheap or dirt-cheap', ['cheap']],
    ['sees an emoji as a word boundary', '🔥cheap🔥 deals', ['cheap']],
    ['sees CJK letters as word boundaries for a Latin word', 'セールcheapです', ['cheap']],
    ['matches underscores and digits as parts of words', 'cheap_deal cheap2 cheap', ['cheap']],
  ])('%s', (_name, text, expected) => {
    expect(found(text, avoid('cheap')).map(([, match]) => match)).toEqual(expected);
  });

  it('does not match a plain word that is the start of an accented one (decomposed é)', () => {
    expect(found('Our cafe\u0301 and our cafe', avoid('cafe')).map(([, , start]) => start)).toEqual([18]);
  });

  it('matches Unicode words: é, ß and the capital ẞ, not a longer compound', () => {
    const kit = avoid('café', 'Straße', 'günstig');
    const text = 'CAFÉ! Die STRAẞE, das Straßenfest, GÜNSTIG und Günstigste.';
    expect(found(text, kit).map(([, match]) => match)).toEqual(['CAFÉ', 'STRAẞE', 'GÜNSTIG']);
  });

  it('matches a CJK term inside a run of CJK text, where words have no spaces', () => {
    const text = '今日は激安セールです';
    expect(found(text, avoid('激安'))).toEqual([['avoid-word', '激安', 3]]);
  });

  it('matches a phrase across any run of spaces and line breaks', () => {
    const text = 'Buy now!\nBuy   now or buy\nnow, not buy nowhere';
    expect(found(text, avoid('buy now')).map(([, match]) => match)).toEqual([
      'Buy now',
      'Buy   now',
      'buy\nnow',
    ]);
  });

  it('matches hashtags as written, any case, never inside a longer tag', () => {
    const text = '#Ad #ad #adventure ##ad x#ad #AD.';
    expect(found(text, avoid('#ad')).map(([, , start]) => start)).toEqual([0, 4, 29]);
    expect(found(text, avoid('#ad')).map(([, match]) => match)).toEqual(['#Ad', '#ad', '#AD']);
  });

  it('reports overlapping rules each, with exact UTF-16 positions after astral emoji', () => {
    const kit = kitWith({
      avoidWords: [{ term: 'cheap deals', suggestion: 'good value' }, { term: 'cheap' }, { term: 'deals' }],
    });
    const text = '👨‍👩‍👧 Cheap deals!';
    const problems = lintPost(text, 'organic', kit);
    // The family emoji is 8 UTF-16 code units, then a space.
    expect(problems.map((p) => [p.start, p.end, text.slice(p.start, p.end)])).toEqual([
      [9, 14, 'Cheap'],
      [9, 20, 'Cheap deals'],
      [15, 20, 'deals'],
    ]);
    expect(problems[1]!.message).toBe('“Cheap deals” is on your list of words to avoid. Try “good value”.');
  });

  it('treats regular-expression characters in a term literally', () => {
    expect(found('Only $9.99 (really) or $9x99', avoid('$9.99', '(really)')).map(([, m]) => m)).toEqual([
      '$9.99',
      '(really)',
    ]);
  });
});

describe('brand kit linter: required by kind, limits and links', () => {
  it('asks campaign posts for their disclosure, at the end, and leaves organic posts alone', () => {
    const kit = kitWith({ requiredByKind: { campaign: ['#ad'], organic: [] } });
    const text = 'Spring sale #adventure';
    expect(lintPost(text, 'campaign', kit)).toMatchObject([
      {
        ruleId: 'required-missing',
        severity: 'error',
        message: 'Campaign posts must include “#ad”. Add it, for example at the end.',
        start: text.length,
        end: text.length,
      },
    ]);
    expect(lintPost(text, 'organic', kit)).toEqual([]);
    expect(lintPost('Spring sale #Ad', 'campaign', kit)).toEqual([]);
  });

  it('counts emoji by grapheme: a family, a flag, a skin tone and a keycap are one each; text symbols are none', () => {
    const kit = kitWith({ maxEmoji: 3 });
    const text = '👨‍👩‍👧 🇩🇪 👍🏽 1️⃣ © ❤ ❤️';
    expect(found(text, kit)).toEqual([
      ['too-many-emoji', '1️⃣', text.indexOf('1️⃣')],
      ['too-many-emoji', '❤️', text.lastIndexOf('❤️')],
    ]);
    expect(lintPost(text, 'organic', kit)[0]!.message).toBe(
      'This is emoji 4 of 5. Your kit allows at most 3.',
    );
    expect(lintPost('Plain text', 'organic', kitWith({ maxEmoji: 0 }))).toEqual([]);
  });

  it('counts hashtags, not numbers, anchors in links or tags glued to words', () => {
    const kit = kitWith({ maxHashtags: 1 });
    const text = 'Bake #bread #1 https://example.com/#menu word#tag #Brötchen #パン';
    expect(found(text, kit)).toEqual([
      ['too-many-hashtags', '#Brötchen', text.indexOf('#Brötchen')],
      ['too-many-hashtags', '#パン', text.indexOf('#パン')],
    ]);
    expect(found('#a #b', kitWith({ maxHashtags: 0 }))[0]).toEqual(['too-many-hashtags', '#a', 0]);
  });

  it('checks links: https, shorteners and UTM tags on campaign links only', () => {
    const kit = kitWith({
      links: { requireHttps: true, forbidShorteners: true, requireUtmOnCampaign: true },
    });
    const tagged = 'https://shop.example/spring?utm_source=bsky&utm_medium=social&utm_campaign=spring';
    const text = `See http://shop.example/menu. Or bit.ly: https://bit.ly/x1 and (${tagged}).`;
    expect(found(text, kit, 'organic')).toEqual([
      ['link-not-https', 'http://shop.example/menu', 4],
      ['link-shortener', 'https://bit.ly/x1', text.indexOf('https://bit.ly')],
    ]);
    const campaign = found(text, kit, 'campaign');
    expect(campaign.filter(([rule]) => rule === 'link-missing-utm').map(([, url]) => url)).toEqual([
      'http://shop.example/menu',
      'https://bit.ly/x1',
    ]);
    expect(lintPost('https://shop.example/?utm_source=x', 'campaign', kit)[0]!.message).toBe(
      'Campaign links need UTM tags so you can see what the campaign brought in. Missing: utm_medium, utm_campaign.',
    );
  });

  it('returns problems in text order, ready to highlight', () => {
    const kit = kitWith({ avoidWords: [{ term: 'cheap' }], maxHashtags: 0 });
    const problems = lintPost('#sale cheap #now cheap', 'organic', kit);
    expect(problems.map((p) => p.start)).toEqual([0, 6, 12, 17]);
  });
});

describe('brand kit files', () => {
  const kit: BrandKit = {
    ...DEFAULT_BRAND_KIT,
    voice: 'Warm, plain, a little funny.',
    avoidWords: [{ term: 'cheap', suggestion: 'good value' }],
    preferWords: ['fresh'],
    maxEmoji: 2,
  };

  it('round-trip through export and import', () => {
    const json = exportKit(kit, new Date(Date.UTC(2026, 10, 25)));
    expect(JSON.parse(json)).toMatchObject({
      format: 'cadence.brand-kit',
      version: 1,
      exportedAt: '2026-11-25T00:00:00.000Z',
    });
    expect(importKit(json)).toEqual(kit);
  });

  it.each([
    ['not JSON', 'hello', 'This file is not a Cadence brand kit: it is not JSON.'],
    [
      'JSON of something else',
      '{"name":"package","version":"1.0.0"}',
      /This file is not a Cadence brand kit\. Export a kit/,
    ],
    [
      'a newer version',
      '{"format":"cadence.brand-kit","version":2,"kit":{}}',
      /made by a newer Cadence \(file version 2\)/,
    ],
    [
      'a damaged kit',
      '{"format":"cadence.brand-kit","version":1,"kit":{"voice":"x"}}',
      /^This brand kit file is damaged and was not imported: .*\(at kit\.avoidWords\)\.$/,
    ],
  ])('refuse %s with a clear message', (_name, json, message) => {
    expect(() => importKit(json)).toThrow(message);
  });
});
