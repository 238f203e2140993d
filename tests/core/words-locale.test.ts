// Dates inside a sentence are written in the sentence's language, in the owner's variant of it.
import { describe, expect, it } from 'vitest';
import { wordsLocale } from '../../src-main/shared/words-locale';

describe('the locale of a date inside a sentence', () => {
  it("is the owner's variant of the words' language, else the language alone", () => {
    expect(wordsLocale('en', 'en-GB')).toBe('en-GB');
    expect(wordsLocale('en', 'de-DE')).toBe('en');
    expect(wordsLocale('en', undefined)).toBe('en');
    expect(wordsLocale('en', 'not a locale!')).toBe('en');
  });
});
