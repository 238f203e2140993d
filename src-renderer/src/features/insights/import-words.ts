// What the importers say about a file, in the owner's language: the core sends each problem as
// sentences by key ("Line 4:", then that row's problems); the cells it quotes stay as written.
import type { ImportProblem } from '@shared/marketing';
import { ownerWords } from '../../i18n/owner-words';

export function problemWords(problem: ImportProblem): string {
  return problem.map(ownerWords).join(' ');
}
