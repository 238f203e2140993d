// A check's finding (a post too long for a network, a photo too large) in the owner's language.
import type { Problem } from '@shared/text-rules';
import { ownerWords } from '../i18n/owner-words';

export function problemWords(problem: Problem): string {
  return ownerWords(problem);
}
