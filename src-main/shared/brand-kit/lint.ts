// Checks a post against the brand voice kit. Pure and synchronous, so the composer runs it on
// every keystroke with no connection to the core, and the plan runs the same code on
// published posts.
import type { PostKind } from '../entities';
import type { BrandKit } from './kit';
import type { LintProblem } from './lint-problem';
import { findLinks, hostOf, isShortener, missingUtm } from './links';
import { say } from '../messages/owner-message';

export type { LintProblem } from './lint-problem';

// Letters, digits and combining marks of scripts that put spaces between words. Han, kana and
// Thai text runs words together, so a neighbour from those scripts does not glue a Latin word
// to it ("セールcheap" holds "cheap"), and a term written in them matches inside a run.
const JOINING = String.raw`[[\p{L}\p{N}\p{M}_]--[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]]`;
const JOINING_CHAR = new RegExp(`^${JOINING}$`, 'v');
const SYNTAX = /[\\^$.*+?()[\]{}|/]/gu;

/** A term's whole-word matcher: case-insensitive, any run of spaces between words of a phrase. */
function termPattern(term: string): RegExp {
  const body = term
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(SYNTAX, '\\$&'))
    .join(String.raw`\s+`);
  const first = [...term.trim()][0] ?? '';
  const last = [...term.trim()].at(-1) ?? '';
  // "#ad" must not match inside "##ad" or "x#ad"; a word must not match inside a longer word.
  const before = first === '#' ? `(?<!${JOINING}|#)` : JOINING_CHAR.test(first) ? `(?<!${JOINING})` : '';
  const after = JOINING_CHAR.test(last) ? `(?!${JOINING})` : '';
  return new RegExp(`${before}${body}${after}`, 'giv');
}

interface Span {
  start: number;
  end: number;
}

function occurrences(text: string, term: string): Span[] {
  if (term.trim() === '') return [];
  return [...text.matchAll(termPattern(term))].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// A hashtag: "#" not glued to a word, then letters, digits or underscores with at least one
// letter ("#1" is a number, not a tag).
const HASHTAG = /(?<![\p{L}\p{N}\p{M}_&#/])[#＃][\p{L}\p{N}\p{M}_]*[\p{L}\p{M}_][\p{L}\p{N}\p{M}_]*/gu;

function hashtags(text: string, links: Span[]): Span[] {
  return [...text.matchAll(HASHTAG)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter((tag) => !links.some((link) => tag.start >= link.start && tag.start < link.end));
}

// A grapheme shown as an emoji: emoji-style characters, text-style ones asked to show as emoji
// (U+FE0F), flags and keycaps. A family, a flag or a skin-toned hand is one grapheme, one emoji.
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator}|\u20E3/u;
let graphemes: Intl.Segmenter | undefined;

function emoji(text: string): Span[] {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const found: Span[] = [];
  for (const { segment, index } of graphemes.segment(text)) {
    if (EMOJI.test(segment)) found.push({ start: index, end: index + segment.length });
  }
  return found;
}

function overLimit(
  spans: Span[],
  limit: number | null,
  ruleId: 'too-many-emoji' | 'too-many-hashtags',
  noun: 'emoji' | 'hashtag',
): LintProblem[] {
  if (limit === null || spans.length <= limit) return [];
  const key = limit === 0 ? (`brandKit.${noun}None` as const) : (`brandKit.${noun}` as const);
  return spans.slice(limit).map((span, i) => ({
    ruleId,
    severity: 'warning' as const,
    ...say(key, { index: limit + i + 1, total: spans.length, limit }),
    ...span,
  }));
}

export function lintPost(text: string, kind: PostKind, kit: BrandKit): LintProblem[] {
  const problems: LintProblem[] = [];

  for (const { term, suggestion } of kit.avoidWords) {
    for (const span of occurrences(text, term)) {
      const found = text.slice(span.start, span.end);
      problems.push({
        ruleId: 'avoid-word',
        severity: 'warning',
        ...(suggestion ? say('brandKit.avoidTry', { found, suggestion }) : say('brandKit.avoid', { found })),
        ...span,
      });
    }
  }

  for (const term of kit.requiredByKind[kind]) {
    if (occurrences(text, term).length > 0) continue;
    problems.push({
      ruleId: 'required-missing',
      severity: 'error',
      ...say(kind === 'campaign' ? 'brandKit.requiredCampaign' : 'brandKit.requiredOrganic', { term }),
      start: text.length,
      end: text.length,
    });
  }

  const links = findLinks(text);
  problems.push(...overLimit(emoji(text), kit.maxEmoji, 'too-many-emoji', 'emoji'));
  problems.push(...overLimit(hashtags(text, links), kit.maxHashtags, 'too-many-hashtags', 'hashtag'));

  for (const link of links) {
    const span = { start: link.start, end: link.end };
    if (kit.links.requireHttps && /^http:\/\//iu.test(link.url)) {
      problems.push({
        ruleId: 'link-not-https',
        severity: 'warning',
        ...say('brandKit.http'),
        ...span,
      });
    }
    const host = hostOf(link.url);
    if (kit.links.forbidShorteners && host !== null && isShortener(host)) {
      problems.push({
        ruleId: 'link-shortener',
        severity: 'warning',
        ...say('brandKit.shortener', { host }),
        ...span,
      });
    }
    const missing = missingUtm(link.url);
    if (kind === 'campaign' && kit.links.requireUtmOnCampaign && missing.length > 0) {
      problems.push({
        ruleId: 'link-missing-utm',
        severity: 'warning',
        ...say('brandKit.utm', { missing: missing.join(', ') }),
        ...span,
      });
    }
  }

  return problems.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}
