import { describe, expect, it } from 'vitest';
import { DEFAULT_BRAND_KIT } from '@shared/brand-kit/kit';
import { lintPost, type LintProblem } from '@shared/brand-kit/lint';
import { highlightPieces } from '../../src-renderer/src/features/brand-kit/highlight-pieces';
import { localeWeekStartsOn } from '../../src-renderer/src/features/onboarding/week-start';

const problem = (start: number, end: number): LintProblem => ({
  ruleId: 'avoid-word',
  severity: 'warning',
  message: '',
  start,
  end,
});

/** The pieces as "text" for plain, "[text]" for marked and "^" for an insertion point. */
const shown = (text: string, problems: LintProblem[]) =>
  highlightPieces(text, problems)
    .map((piece) => (piece.insertion ? '^' : piece.marked ? `[${piece.text}]` : piece.text))
    .join('|');

describe('highlightPieces', () => {
  it('leaves text without problems whole', () => {
    expect(shown('Fresh rye', [])).toBe('Fresh rye');
    expect(highlightPieces('', [])).toEqual([]);
  });

  it('marks each problem, keeping every character exactly once', () => {
    const text = 'Cheap rye, still cheap';
    expect(shown(text, [problem(0, 5), problem(17, 22)])).toBe('[Cheap]| rye, still |[cheap]');
    expect(
      highlightPieces(text, [problem(0, 5), problem(17, 22)])
        .map((piece) => piece.text)
        .join(''),
    ).toBe(text);
  });

  it('marks the union of overlapping problems as one run', () => {
    expect(shown('abcdefgh', [problem(1, 4), problem(3, 6)])).toBe('a|[bcdef]|gh');
    expect(shown('abcdefgh', [problem(1, 6), problem(2, 3)])).toBe('a|[bcdef]|gh');
  });

  it('shows a missing tag as an insertion point at the end', () => {
    expect(shown('Sale today', [problem(10, 10)])).toBe('Sale today|^');
    expect(shown('', [problem(0, 0)])).toBe('^');
  });

  it('cuts at the positions the linter reports, in UTF-16 units, around emoji and accents', () => {
    const kit = { ...DEFAULT_BRAND_KIT, avoidWords: [{ term: 'café' }], maxEmoji: 1 };
    const text = 'Le café 🍞👨‍👩‍👧 ouvert';
    const problems = lintPost(text, 'organic', kit);
    expect(shown(text, problems)).toBe('Le |[café]| 🍞|[👨‍👩‍👧]| ouvert');
  });
});

describe('localeWeekStartsOn', () => {
  it('starts weeks on Sunday in the US and on Monday in Germany and France', () => {
    expect(localeWeekStartsOn('en-US')).toBe(0);
    expect(localeWeekStartsOn('de-DE')).toBe(1);
    expect(localeWeekStartsOn('fr-FR')).toBe(1);
  });

  it('falls back to Sunday for a tag it cannot read', () => {
    expect(localeWeekStartsOn('not a locale!')).toBe(0);
  });
});
