// What the importers say about a file, in the owner's language: the core sends each problem as
// sentences by key ("Line 4:", then that row's problems); the cells it quotes stay as written.
import type { ImportProblem } from '@shared/marketing';
import { i18n, t } from '../../i18n/i18n';
import { ownerWords } from '../../i18n/owner-words';

export function problemWords(problem: ImportProblem): string {
  return problem.map(ownerWords).join(' ');
}

/** A preview column's heading, by the field or stored value it shows ("campaignName"). */
export function previewHeading(key: string): string {
  const heading = `insights:import.values.${key}`;
  // The keys arrive as data from the core; one the catalog lacks is shown as it came.
  return i18n.exists(heading) ? t(heading as 'insights:import.values.date') : key;
}
