// A shared schema's check that failed, in words the catalog can say: the schemas give their
// checks keys from INPUT_MESSAGES, and the limit the check had fills {{max}} or {{min}}. A
// check without a key (zod's own, for requests no form makes) keeps zod's words.
import type { z } from 'zod';
import { INPUT_MESSAGES } from './input-messages';
import { say, type CoreMessageKey, type MessageParams, type ShownWords } from './owner-message';

const INPUT_KEYS = new Set(Object.keys(INPUT_MESSAGES).map((name) => `input.${name}`));

export function issueWords(issue: z.core.$ZodIssue): ShownWords {
  if (!INPUT_KEYS.has(issue.message)) return { message: issue.message };
  const params: MessageParams = {};
  if ('maximum' in issue) params.max = Number(issue.maximum);
  if ('minimum' in issue) params.min = Number(issue.minimum);
  return say(issue.message as CoreMessageKey, params);
}
