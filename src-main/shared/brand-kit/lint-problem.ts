// What the kit linter reports. Positions are UTF-16 code units (String indices), so the
// composer can highlight text.slice(start, end) directly.
import type { MessageParams } from '../messages/owner-message';

export const LINT_RULE_IDS = [
  'avoid-word',
  'required-missing',
  'too-many-emoji',
  'too-many-hashtags',
  'link-not-https',
  'link-shortener',
  'link-missing-utm',
] as const;
export type LintRuleId = (typeof LINT_RULE_IDS)[number];

export interface LintProblem {
  ruleId: LintRuleId;
  /** error: the post should not go out like this (a missing disclosure); warning: off-voice. */
  severity: 'error' | 'warning';
  /** A plain sentence for the owner, in English. */
  message: string;
  /** The sentence's key in the catalogs and its values, for the owner's language. */
  key?: string;
  params?: MessageParams;
  /** [start, end) in UTF-16 code units. start === end marks an insertion point (where to add). */
  start: number;
  end: number;
}
