// A shared schema's check that failed, in words the catalog can say: the schemas give their
// checks keys from INPUT_MESSAGES, and the limit the check had (a refine's params.maximum or
// params.minimum) fills {{max}} or {{min}}. A check without a key (zod's own, for requests no
// form makes) keeps zod's words.
import type { z } from 'zod';
import { INPUT_MESSAGES } from './input-messages';
import { say, type CoreMessageKey, type MessageParams, type ShownWords } from './owner-message';

const INPUT_KEYS = new Set(Object.keys(INPUT_MESSAGES).map((name) => `input.${name}`));

export function issueWords(issue: z.core.$ZodIssue): ShownWords {
  if (!INPUT_KEYS.has(issue.message)) return { message: issue.message };
  const params: MessageParams = {};
  // A refine() names its limit in its params, as zod's own checks name theirs on the issue.
  const limits = issue.code === 'custom' ? (issue.params ?? {}) : issue;
  if ('maximum' in limits) params.max = Number(limits.maximum);
  if ('minimum' in limits) params.min = Number(limits.minimum);
  return say(issue.message as CoreMessageKey, params);
}
