// How Threads and LinkedIn measure a post, and LinkedIn's "little" commentary format. Threads
// counts an emoji as its UTF-8 bytes (the fake Threads, which models the docs, agrees); LinkedIn
// reads the commentary with every reserved character escaped but a hashtag's #, and checks its
// 3,000 characters on what is sent.
import { describe, expect, it } from 'vitest';
import { countForNetwork, validatePostForNetwork } from '@shared/text-rules';
import { fromLittleText, toLittleText } from '../../src-main/shared/text-rules/linkedin-little-text';
import { threadsTextLength } from '../fakes/threads/routes';

const FAMILY = '👨‍👩‍👧‍👦'; // 25 bytes
const THUMB_TONED = '👍🏽'; // 8 bytes
const FLAG = '🇯🇵'; // 8 bytes

describe('Threads counts an emoji as its UTF-8 bytes', () => {
  it.each([
    ['plain', 'Fresh bread at 8', 16],
    ['one emoji', '😀', 4],
    ['ZWJ family', FAMILY, 25],
    ['skin-toned', THUMB_TONED, 8],
    ['accented and CJK', 'café 日本', 7],
    ['mixed', `Buns ${THUMB_TONED} and pies 😀`, 5 + 8 + 10 + 4],
  ])('%s', (_name, text, used) => {
    expect(countForNetwork('threads', text)).toMatchObject({ used, limit: 500 });
    // The fake Threads refuses exactly what this count calls too long.
    expect(threadsTextLength(text)).toBe(used);
  });

  it('counts a flag as its 8 bytes too (an emoji, though not pictographic)', () => {
    expect(countForNetwork('threads', FLAG).used).toBe(8);
  });

  it('refuses 497 letters and an emoji, takes 500 letters', () => {
    const over = validatePostForNetwork('threads', { text: `${'a'.repeat(497)}😀`, images: [] });
    expect(over).toEqual([expect.objectContaining({ severity: 'error', code: 'text-too-long' })]);
    expect(validatePostForNetwork('threads', { text: 'a'.repeat(500), images: [] })).toEqual([]);
  });
});

describe('LinkedIn commentary in little text format', () => {
  it('escapes every reserved character with a backslash', () => {
    expect(toLittleText('Hi (team) [a] {b} <c> *d* _e_ ~f~ @g | h \\ i')).toBe(
      'Hi \\(team\\) \\[a\\] \\{b\\} \\<c\\> \\*d\\* \\_e\\_ \\~f\\~ \\@g \\| h \\\\ i',
    );
  });

  it('keeps a hashtag’s # (little’s HashtagElement) and escapes every other #', () => {
    expect(toLittleText('#bakery and #Café2026 #日本')).toBe('#bakery and #Café2026 #日本');
    expect(toLittleText('Table #4? no: a#b, # alone, ##x, #_x, end #')).toBe(
      'Table #4? no: a\\#b, \\# alone, \\##x, \\#\\_x, end \\#',
    );
  });

  it('reads a commentary back as the owner wrote it, hashtag templates included', () => {
    for (const text of ['Hi (team) @you_2 \\o/ #bakery a#b ##x', 'no reserved characters', '']) {
      expect(fromLittleText(toLittleText(text))).toBe(text);
    }
    expect(fromLittleText('Loving {hashtag|\\#|Sourdough} \\(really\\)')).toBe('Loving #Sourdough (really)');
  });

  it('counts the commentary as sent against 3,000 characters', () => {
    expect(countForNetwork('linkedin', 'a'.repeat(3_000))).toMatchObject({ used: 3_000, over: false });
    expect(countForNetwork('linkedin', `${'a'.repeat(2_999)}(`)).toMatchObject({ used: 3_001, over: true });
    expect(countForNetwork('linkedin', '#bakery').used).toBe(7);
  });
});
