// Where the composer's mirror marks brand-kit problems: the text cut at every problem's edges.
import type { LintProblem } from '@shared/brand-kit/lint';

export interface Piece {
  text: string;
  marked: boolean;
  /** A problem with no text of its own (a missing "#ad") marks the place to add it. */
  insertion: boolean;
}

/** Cuts the text at every problem's edges; overlapping problems mark the union of their text. */
export function highlightPieces(text: string, problems: readonly LintProblem[]): Piece[] {
  const marked = new Uint8Array(text.length);
  const insertions = new Set<number>();
  for (const { start, end } of problems) {
    if (start === end) insertions.add(Math.min(start, text.length));
    for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) marked[i] = 1;
  }
  const pieces: Piece[] = [];
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const edge = i === text.length || (i > 0 && marked[i] !== marked[i - 1]) || insertions.has(i);
    if (!edge) continue;
    if (i > from) pieces.push({ text: text.slice(from, i), marked: marked[from] === 1, insertion: false });
    if (insertions.has(i)) pieces.push({ text: '', marked: false, insertion: true });
    from = i;
  }
  return pieces;
}
