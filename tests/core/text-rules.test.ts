import { describe, expect, it } from 'vitest';
import { NETWORKS, type Network } from '@shared/entities';
import {
  ChannelLimits,
  Problem,
  countForNetwork,
  mastodonCountableText,
  mastodonLimitsFromInstance,
  validatePostForNetwork,
  type ImageFacts,
} from '@shared/text-rules';

const FAMILY = '👨‍👩‍👧‍👦'; // 4 emoji joined by 3 ZWJ: 1 grapheme, 7 code points, 11 UTF-16 units, 25 bytes
const FLAG = '🇯🇵'; // 2 regional indicators: 1 grapheme, 8 bytes
const THUMB_TONED = '👍🏽'; // emoji + skin tone modifier: 1 grapheme, 8 bytes
const E_COMBINING = 'e\u0301'; // e + combining acute: 1 grapheme, 2 code points, 3 bytes
const KANJI = '日'; // 1 grapheme, 3 bytes

const photo = (overrides: Partial<ImageFacts> = {}): ImageFacts => ({
  byteSize: 200_000,
  altText: 'A loaf of sourdough on the counter',
  mimeType: 'image/jpeg',
  ...overrides,
});
const photos = (count: number, overrides: Partial<ImageFacts> = {}) =>
  Array.from({ length: count }, () => photo(overrides));

const codes = (problems: Problem[]) => problems.map((problem) => problem.code);
const errors = (problems: Problem[]) => problems.filter((problem) => problem.severity === 'error');

describe('Bluesky counts graphemes and UTF-8 bytes', () => {
  it.each([
    ['plain ASCII', 'hello', 5, 5],
    ['emoji ZWJ family', FAMILY, 1, 25],
    ['flag', FLAG, 1, 8],
    ['skin-toned emoji', THUMB_TONED, 1, 8],
    ['combining mark', E_COMBINING, 1, 3],
    ['precomposed é', 'é', 1, 2],
    ['CJK', KANJI.repeat(10), 10, 30],
    ['mixed', `Hi ${FAMILY}${FLAG} ${E_COMBINING}`, 7, 3 + 25 + 8 + 1 + 3],
  ])('%s', (_name, text, graphemes, bytes) => {
    const count = countForNetwork('bluesky', text);
    expect(count).toEqual({
      used: graphemes,
      limit: 300,
      remaining: 300 - graphemes,
      unit: 'graphemes',
      over: false,
      extra: { bytes, byteLimit: 3000 },
    });
  });

  it.each([
    ['300 letters', 'a'.repeat(300), false],
    ['301 letters', 'a'.repeat(301), true],
    ['300 combining-mark letters (600 UTF-16 units)', E_COMBINING.repeat(300), false],
    ['301 combining-mark letters', E_COMBINING.repeat(301), true],
    ['300 flags (2,400 bytes)', FLAG.repeat(300), false],
    ['301 CJK characters', KANJI.repeat(301), true],
  ])('grapheme limit: %s', (_name, text, over) => {
    const count = countForNetwork('bluesky', text);
    expect(count.over).toBe(over);
    expect(codes(validatePostForNetwork('bluesky', { text, images: [] }))).toEqual(
      over ? ['text-too-long'] : [],
    );
  });

  it('says exactly how much to cut when over by graphemes', () => {
    const problems = validatePostForNetwork('bluesky', { text: 'a'.repeat(312), images: [] });
    expect(problems).toMatchObject([
      {
        severity: 'error',
        code: 'text-too-long',
        message: 'Bluesky allows 300 characters; this is 312. Shorten it by 12.',
      },
    ]);
  });

  it.each([
    ['120 family emoji = exactly 3,000 bytes', FAMILY.repeat(120), 3000, false],
    ['120 family emoji and a letter = 3,001 bytes', FAMILY.repeat(120) + 'a', 3001, true],
    ['200 family emoji (200 graphemes, 5,000 bytes)', FAMILY.repeat(200), 5000, true],
  ])('byte limit: %s', (_name, text, bytes, over) => {
    const count = countForNetwork('bluesky', text);
    expect(count.used).toBeLessThanOrEqual(300);
    expect(count.extra).toEqual({ bytes, byteLimit: 3000 });
    expect(count.over).toBe(over);
    const problems = validatePostForNetwork('bluesky', { text, images: [] });
    expect(codes(problems)).toEqual(over ? ['text-too-many-bytes'] : []);
    if (over) expect(problems[0]?.message).toContain('Bluesky allows 3,000 bytes of text');
  });

  it('reports both limits when a long emoji text passes both', () => {
    const problems = validatePostForNetwork('bluesky', { text: FAMILY.repeat(301), images: [] });
    expect(codes(problems)).toEqual(['text-too-long', 'text-too-many-bytes']);
  });
});

describe('Mastodon counts like its StatusLengthValidator', () => {
  it.each([
    [
      'a link counts as 23',
      'Read https://example.com/a/very/long/path/that/goes/on/and/on',
      'Read ' + 'x'.repeat(23),
    ],
    ['a short link also counts as 23', 'http://a.co', 'x'.repeat(23)],
    ['a link without its scheme counts in full', 'see example.com today', 'see example.com today'],
    ['a remote mention counts as @user', 'Hi @alice@example.social!', 'Hi @alice!'],
    ['a local mention counts in full', 'Hi @alice', 'Hi @alice'],
    ['an e-mail address is not a mention', 'mail bob@example.com', 'mail bob@example.com'],
    ['a mention inside a link is part of the link', 'https://example.com/@bob@other.example', 'x'.repeat(23)],
    [
      'links and mentions together',
      '@ann@a.example and @bo@b.example: https://shop.com/bread',
      '@ann and @bo: ' + 'x'.repeat(23),
    ],
  ])('%s', (_name, text, countable) => {
    expect(mastodonCountableText(text, 23)).toBe(countable);
  });

  it('counts graphemes, so an emoji family is one character', () => {
    expect(countForNetwork('mastodon', `${FAMILY}${FLAG}${E_COMBINING}`).used).toBe(3);
  });

  it.each([
    ['500 characters', 'a'.repeat(500), false],
    ['501 characters', 'a'.repeat(501), true],
    [
      '476 characters, a space and one very long link',
      `${'a'.repeat(476)} https://example.com/${'p'.repeat(200)}`,
      false,
    ],
    ['477 characters, a space and one link', `${'a'.repeat(477)} https://example.com/`, true],
  ])('default limits: %s', (_name, text, over) => {
    const count = countForNetwork('mastodon', text);
    expect(count.limit).toBe(500);
    expect(count.unit).toBe('graphemes');
    expect(count.over).toBe(over);
  });

  it("uses the server's limits when given", () => {
    const limits = ChannelLimits.parse({ maxCharacters: 1000, charactersReservedPerUrl: 30 });
    const count = countForNetwork('mastodon', `${'a'.repeat(970)} https://x.com`, { limits });
    expect(count).toEqual({ used: 1001, limit: 1000, remaining: -1, unit: 'graphemes', over: true });
    expect(validatePostForNetwork('mastodon', { text: 'a'.repeat(1001), images: [] }, limits)).toMatchObject([
      {
        severity: 'error',
        code: 'text-too-long',
        message:
          'Your Mastodon server allows 1,000 characters; this counts as 1,001, counting each link as 30. Shorten it by 1.',
      },
    ]);
  });

  it('reads limits from a /api/v2/instance body and tolerates what it does not know', () => {
    const body = {
      domain: 'social.example',
      configuration: {
        statuses: { max_characters: 5000, characters_reserved_per_url: 23, max_media_attachments: 8 },
        media_attachments: {
          image_size_limit: 8 * 1024 * 1024,
          description_limit: null,
          supported_mime_types: ['image/png'],
        },
      },
    };
    expect(mastodonLimitsFromInstance(body)).toEqual({
      maxCharacters: 5000,
      charactersReservedPerUrl: 23,
      maxImages: 8,
      maxImageBytes: 8 * 1024 * 1024,
    });
    expect(mastodonLimitsFromInstance({ configuration: { statuses: { max_characters: 'lots' } } })).toEqual(
      {},
    );
    expect(mastodonLimitsFromInstance('not json')).toEqual({});
    expect(mastodonLimitsFromInstance({ version: '4.3.0' })).toEqual({});
  });
});

describe('Telegram, Discord, webhook and X', () => {
  it.each([
    ['telegram', 'a'.repeat(4096), 0, 4096, false],
    ['telegram', 'a'.repeat(4097), 0, 4096, true],
    ['telegram', 'a'.repeat(1024), 1, 1024, false],
    ['telegram', 'a'.repeat(1025), 3, 1024, true],
    ['discord', 'a'.repeat(2000), 0, 2000, false],
    ['discord', 'a'.repeat(2001), 0, 2000, true],
    ['webhook', 'a'.repeat(20_000), 0, 20_000, false],
    ['webhook', 'a'.repeat(20_001), 0, 20_000, true],
    ['x', 'a'.repeat(280), 0, 280, false],
    ['x', 'a'.repeat(281), 0, 280, true],
  ] as const)('%s: %s… with %i photos', (network, text, imageCount, limit, over) => {
    const count = countForNetwork(network, text, { imageCount });
    expect(count.limit).toBe(limit);
    expect(count.over).toBe(over);
  });

  it('Telegram counts UTF-16 units, Discord counts code points', () => {
    expect(countForNetwork('telegram', '😀').used).toBe(2);
    expect(countForNetwork('discord', '😀').used).toBe(1);
    expect(countForNetwork('discord', '😀'.repeat(2000)).over).toBe(false);
    expect(countForNetwork('telegram', '😀'.repeat(2049)).over).toBe(true);
  });

  it('X weighs links, emoji and CJK like X does', () => {
    expect(countForNetwork('x', 'Hi http://test.co').used).toBe(26);
    expect(countForNetwork('x', FAMILY).used).toBe(2);
    expect(countForNetwork('x', KANJI).used).toBe(2);
    expect(countForNetwork('x', KANJI).unit).toBe('weighted characters');
  });

  it('explains a Telegram caption that is too long, and the way out', () => {
    const problems = validatePostForNetwork('telegram', { text: 'a'.repeat(1100), images: photos(1) });
    expect(problems).toMatchObject([
      {
        severity: 'error',
        code: 'text-too-long',
        message:
          'Telegram allows 1,024 characters under photos; this is 1,100. Shorten it by 76, or post it without photos (up to 4,096).',
      },
    ]);
    expect(validatePostForNetwork('telegram', { text: 'a'.repeat(1100), images: [] })).toEqual([]);
  });

  it.each([
    ['discord', 'a'.repeat(2010), 'Discord allows 2,000 characters; this is 2,010. Shorten it by 10.'],
    [
      'webhook',
      'a'.repeat(20_001),
      'Cadence sends at most 20,000 characters to a webhook; this is 20,001. Shorten it by 1.',
    ],
    [
      'x',
      `${'a'.repeat(270)} ${FAMILY.repeat(6)}`,
      'X allows 280 characters; this counts as 283, because links count as 23 and emoji and many scripts count double. Shorten it by 3.',
    ],
  ] as const)('%s: plain-word message', (network, text, message) => {
    const problems = validatePostForNetwork(network, { text, images: [] });
    expect(problems.map((problem) => problem.message)).toEqual([message]);
  });

  it('X refuses invisible non-characters', () => {
    expect(codes(validatePostForNetwork('x', { text: 'Hello\uFFFE', images: [] }))).toEqual([
      'invalid-characters',
    ]);
  });
});

describe('Facebook and Instagram', () => {
  it.each([
    ['facebook', 'a'.repeat(63_206), 0, 63_206, false],
    ['facebook', 'a'.repeat(63_207), 0, 63_206, true],
    ['instagram', 'a'.repeat(2_200), 1, 2_200, false],
    ['instagram', 'a'.repeat(2_201), 1, 2_200, true],
  ] as const)('%s: %s… with %i photos', (network, text, imageCount, limit, over) => {
    const count = countForNetwork(network, text, { imageCount });
    expect(count.limit).toBe(limit);
    expect(count.over).toBe(over);
  });

  it('Instagram counts an emoji as two, so Meta never measures a caption longer than Cadence did', () => {
    expect(countForNetwork('instagram', '😀').used).toBe(2);
    expect(countForNetwork('facebook', '😀').used).toBe(2);
  });

  it('Instagram needs a photo, says so in plain words, and nothing else about an empty post', () => {
    for (const text of ['', 'Fresh bread today']) {
      expect(validatePostForNetwork('instagram', { text, images: [] })).toMatchObject([
        {
          severity: 'error',
          code: 'image-required',
          message: 'Instagram posts need at least one photo. Add a photo (up to 10 make a carousel).',
        },
      ]);
    }
    expect(validatePostForNetwork('instagram', { text: 'Fresh bread', images: photos(1) })).toEqual([]);
    expect(validatePostForNetwork('facebook', { text: 'Fresh bread', images: [] })).toEqual([]);
  });

  it('Instagram allows 30 hashtags in a caption', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `#bread${i}`).join(' ');
    expect(validatePostForNetwork('instagram', { text: tags(30), images: photos(1) })).toEqual([]);
    // Not hashtags: an anchor in a link, a number, a tag glued to a word.
    const notTags = `${tags(30)} https://shop.example/menu#today #1 pre#fix`;
    expect(validatePostForNetwork('instagram', { text: notTags, images: photos(1) })).toEqual([]);
    expect(validatePostForNetwork('instagram', { text: tags(32), images: photos(1) })).toMatchObject([
      {
        severity: 'error',
        code: 'too-many-hashtags',
        message: 'Instagram allows 30 hashtags in a caption; this has 32. Remove 2.',
      },
    ]);
  });

  it('both shrink a large photo instead of refusing it', () => {
    for (const [network, limit] of [
      ['facebook', '4 MB'],
      ['instagram', '8 MB'],
    ] as const) {
      const problems = validatePostForNetwork(network, {
        text: 'Hi',
        images: [photo({ byteSize: 9_500_000 })],
      });
      expect(problems).toMatchObject([
        {
          severity: 'warning',
          code: 'image-will-be-resized',
          message: expect.stringContaining(`more than the ${limit}`) as string,
        },
      ]);
    }
  });
});

describe('Threads and LinkedIn', () => {
  it.each([
    ['threads', 'a'.repeat(500), 500, false],
    ['threads', 'a'.repeat(501), 500, true],
    ['linkedin', 'a'.repeat(3_000), 3_000, false],
    ['linkedin', 'a'.repeat(3_001), 3_000, true],
  ] as const)('%s: %s…', (network, text, limit, over) => {
    const count = countForNetwork(network, text);
    expect(count.limit).toBe(limit);
    expect(count.over).toBe(over);
  });

  it('counts an emoji as Threads does (its UTF-8 bytes), and as two for LinkedIn, so neither measures longer', () => {
    expect(countForNetwork('threads', '😀').used).toBe(4);
    expect(countForNetwork('linkedin', '😀').used).toBe(2);
  });

  it('Threads shrinks a photo above 8 MB; LinkedIn takes what Cadence takes', () => {
    const big = { text: 'Hi', images: [photo({ byteSize: 9_500_000 })] };
    expect(validatePostForNetwork('threads', big)).toMatchObject([
      {
        severity: 'warning',
        code: 'image-will-be-resized',
        message: expect.stringContaining('more than the 8 MB') as string,
      },
    ]);
    expect(validatePostForNetwork('linkedin', big)).toEqual([]);
  });
});

describe('empty posts', () => {
  // Instagram asks for the photo it cannot do without instead (see below).
  const WITH_TEXT_ONLY_POSTS = NETWORKS.filter((network) => network !== 'instagram');
  it.each(WITH_TEXT_ONLY_POSTS.flatMap((network) => ['', '   \n'].map((text) => [network, text] as const)))(
    '%s refuses %j with no photos',
    (network: Network, text) => {
      const problems = validatePostForNetwork(network, { text, images: [] });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ severity: 'error', code: 'empty' });
      expect(problems[0]?.message).toMatch(/^Write something or add a photo before posting to /);
    },
  );

  it.each(NETWORKS)('%s accepts photos with no text', (network) => {
    expect(errors(validatePostForNetwork(network, { text: '', images: photos(1) }))).toEqual([]);
  });
});

describe('media rules', () => {
  it.each([
    ['bluesky', 4, null],
    ['mastodon', 4, null],
    ['telegram', 10, null],
    ['discord', 10, null],
    ['x', 4, null],
    ['webhook', 10, null],
    ['facebook', 10, null],
    ['instagram', 10, null],
    ['threads', 10, null],
    ['linkedin', 10, null],
    ['mastodon', 6, { maxImages: 6 }],
  ] as const)('%s takes %i photos', (network, max, limits) => {
    const fits = validatePostForNetwork(network, { text: 'Hi', images: photos(max) }, limits);
    expect(errors(fits)).toEqual([]);
    const tooMany = validatePostForNetwork(network, { text: 'Hi', images: photos(max + 2) }, limits);
    expect(codes(errors(tooMany))).toEqual(['too-many-images']);
    expect(tooMany[0]?.message).toMatch(
      new RegExp(`allows ${max} photos per post; this has ${max + 2}. Remove 2.$`),
    );
  });

  it('Bluesky shrinks a large photo instead of refusing it, and asks for alt text', () => {
    const problems = validatePostForNetwork('bluesky', {
      text: 'New loaves',
      images: [photo({ byteSize: 2_500_000 }), photo({ altText: '  ' })],
    });
    expect(problems).toMatchObject([
      {
        severity: 'warning',
        code: 'image-will-be-resized',
        message:
          'Photo 1 is 2.5 MB, more than the 1 MB Bluesky takes, so Cadence will shrink it before posting.',
      },
      {
        severity: 'warning',
        code: 'alt-text-missing',
        message: 'Photo 2 has no description. People on Bluesky who use screen readers rely on it.',
      },
    ]);
  });

  it.each([
    ['telegram', 12_345_678, null, 'Photo 1 is 12.4 MB, more than the 10 MB Telegram takes'],
    ['discord', 10 * 1024 * 1024 + 1, null, 'Photo 1 is 10.1 MB, more than the 10 MB Discord takes'],
    ['x', 6 * 1024 * 1024, null, 'Photo 1 is 6 MB, more than the 5 MB X takes'],
    ['mastodon', 17 * 1024 * 1024, null, 'Photo 1 is 17 MB, more than the 16 MB Mastodon takes'],
    [
      'mastodon',
      9 * 1024 * 1024,
      { maxImageBytes: 8 * 1024 * 1024 },
      'Photo 1 is 9 MB, more than the 8 MB Mastodon takes',
    ],
  ] as const)(
    '%s shrinks a %i-byte photo to its limit instead of refusing it',
    (network, byteSize, limits, message) => {
      const problems = validatePostForNetwork(
        network,
        { text: 'Hi', images: [photo({ byteSize, altText: 'A loaf' })] },
        limits,
      );
      expect(problems).toMatchObject([
        { severity: 'warning', code: 'image-will-be-resized', message: expect.stringContaining(message) },
      ]);
    },
  );

  it("checks alt text against the Mastodon server's description limit", () => {
    const long = validatePostForNetwork('mastodon', {
      text: 'Hi',
      images: [photo({ altText: 'd'.repeat(1501) })],
    });
    expect(long).toMatchObject([
      {
        severity: 'error',
        code: 'alt-text-too-long',
        message: "Photo 1's description is 1,501 characters; Mastodon allows 1,500. Shorten it by 1.",
      },
    ]);
    const roomy = validatePostForNetwork(
      'mastodon',
      { text: 'Hi', images: [photo({ altText: 'd'.repeat(1501) })] },
      { maxAltTextLength: 3000 },
    );
    expect(roomy).toEqual([]);
  });

  it('X shows a GIF only on its own', () => {
    const mixed = validatePostForNetwork('x', {
      text: 'Hi',
      images: [photo({ mimeType: 'image/gif' }), photo()],
    });
    expect(codes(mixed)).toEqual(['too-many-images']);
    expect(validatePostForNetwork('x', { text: 'Hi', images: [photo({ mimeType: 'image/gif' })] })).toEqual(
      [],
    );
  });

  it('only asks for alt text where it is expected', () => {
    for (const network of ['telegram', 'discord', 'x', 'webhook'] as const) {
      expect(validatePostForNetwork(network, { text: 'Hi', images: [photo({ altText: '' })] })).toEqual([]);
    }
  });

  it('every problem has the shared shape', () => {
    const all = NETWORKS.flatMap((network) =>
      validatePostForNetwork(network, {
        text: 'a'.repeat(30_000),
        images: photos(12, { byteSize: 30_000_000, altText: '' }),
      }),
    );
    expect(all.length).toBeGreaterThan(0);
    for (const problem of all) expect(Problem.parse(problem)).toEqual(problem);
  });
});
