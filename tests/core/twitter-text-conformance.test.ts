// twitter-text's own conformance cases for X's current (v3) weighted length, run through
// Cadence's counter and validator rather than through twitter-text directly, so that the
// configuration and the way Cadence reads the result are what is tested.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { X_V3_CONFIG, countForNetwork, validatePostForNetwork } from '@shared/text-rules';

const reference = resolve(__dirname, '../reference/twitter-text');

interface WeightedCase {
  description: string;
  text: string;
  expected: { weightedLength: number; valid: boolean };
}

const suites = (
  load(readFileSync(resolve(reference, 'validate.yml'), 'utf8')) as {
    tests: Record<string, WeightedCase[] | undefined>;
  }
).tests;

// The suites that use the v3 configuration. WeightedTweetsCounterTest is left out on
// purpose: it checks the older v2 rules, where an emoji still counted per code point.
const V3_SUITES = ['WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest'];

describe('twitter-text conformance through the X counter', () => {
  it('embeds exactly the v3 configuration twitter-text publishes', () => {
    const published: unknown = JSON.parse(readFileSync(resolve(reference, 'v3.json'), 'utf8'));
    expect(X_V3_CONFIG).toEqual(published);
  });

  for (const suite of V3_SUITES) {
    const cases = suites[suite] ?? [];

    it(`${suite} has cases to run`, () => {
      expect(cases.length).toBeGreaterThan(0);
    });

    describe(suite, () => {
      it.each(cases.map((testCase) => [testCase.description, testCase] as const))(
        '%s',
        (_description, testCase) => {
          const count = countForNetwork('x', testCase.text);
          const errors = validatePostForNetwork('x', { text: testCase.text, images: [] }).filter(
            (problem) => problem.severity === 'error',
          );
          expect(count.unit).toBe('weighted characters');
          expect(count.limit).toBe(280);
          expect(count.used).toBe(testCase.expected.weightedLength);
          expect(count.over).toBe(testCase.expected.weightedLength > 280);
          expect(errors.length === 0).toBe(testCase.expected.valid);
        },
      );
    });
  }
});
