// The core's messages (errors, the checks' findings) in the owner's language: by their key
// when the catalogs have it, else as the core wrote them. Values a network wrote stay as they are.
import type { KeyedSentences, MessageParams, ShownWords } from '@shared/messages/owner-message';
import { i18n } from './i18n';

type LooseTranslate = (key: string, options?: MessageParams) => string;

export function ownerWords({ message, key, params }: ShownWords): string {
  // With the values, exists() finds a plural's forms (title_one, title_other) by its base key.
  if (!key || !i18n.exists(`core:${key}`, params)) return message;
  // The key arrives as data from the core, so it cannot be typed at this call.
  return (i18n.t as unknown as LooseTranslate)(`core:${key}`, params);
}

/**
 * A stored failure (a target's or an inbox source's lastError) in the owner's language: each
 * sentence by its key, or the stored English whole when a sentence has no translation.
 */
export function failureWords(lastError: string, lastErrorKey: KeyedSentences): string {
  if (!lastErrorKey || lastErrorKey.length === 0) return lastError;
  const known = lastErrorKey.every(({ key, params }) => i18n.exists(`core:${key}`, params));
  if (!known) return lastError;
  return lastErrorKey.map((sentence) => ownerWords({ message: '', ...sentence })).join(' ');
}
