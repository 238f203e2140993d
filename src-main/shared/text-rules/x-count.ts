// X's weighted length, computed by twitter-text itself so the count is exactly X's.
// twitter-text is CommonJS whose module.exports is one object, and its "module" build is a
// single default export, so only the default import works in Node, vitest and vite alike.
import twitterText from 'twitter-text';
import { X_TEXT } from './limits';

/** twitter-text's v3 configuration (tests/reference/twitter-text/v3.json): emoji count as 2, URLs as 23. */
export const X_V3_CONFIG = {
  version: 3,
  maxWeightedTweetLength: X_TEXT,
  scale: 100,
  defaultWeight: 200,
  emojiParsingEnabled: true,
  transformedURLLength: 23,
  ranges: [
    { start: 0, end: 4351, weight: 100 },
    { start: 8192, end: 8205, weight: 100 },
    { start: 8208, end: 8223, weight: 100 },
    { start: 8242, end: 8247, weight: 100 },
  ],
} as const;

export interface XMeasure {
  weightedLength: number;
  /** Characters X refuses outright (U+FFFE, U+FFFF, U+FEFF and similar). */
  hasInvalidCharacters: boolean;
}

export function measureX(text: string): XMeasure {
  const parsed = twitterText.parseTweet(text, {
    ...X_V3_CONFIG,
    ranges: X_V3_CONFIG.ranges.map((range) => ({ ...range })),
  });
  // parseTweet folds three reasons into `valid`: empty, too long, invalid characters.
  // Separating them lets each one get its own plain-words message.
  const withinLength = parsed.weightedLength > 0 && parsed.weightedLength <= X_TEXT;
  return {
    weightedLength: parsed.weightedLength,
    hasInvalidCharacters: withinLength && !parsed.valid,
  };
}
