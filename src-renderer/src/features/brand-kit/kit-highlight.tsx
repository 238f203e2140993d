import './kit-highlight.css';
import { useEffect, useRef, type ReactNode } from 'react';
import type { LintProblem } from '@shared/brand-kit/lint';

interface Piece {
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

interface KitHighlightFieldProps {
  text: string;
  problems: readonly LintProblem[];
  /** The textarea; it is drawn over a mirror of its text in which the problems are marked. */
  children: ReactNode;
}

/** Marks brand-kit problems behind the textarea's own text, scrolled with it. */
export function KitHighlightField({ text, problems, children }: KitHighlightFieldProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const mirror = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    // Scroll does not bubble, so listen in the capture phase for the textarea's own scrolling.
    const follow = (event: Event) => {
      if (mirror.current && event.target instanceof HTMLTextAreaElement) {
        mirror.current.scrollTop = event.target.scrollTop;
      }
    };
    element.addEventListener('scroll', follow, true);
    return () => element.removeEventListener('scroll', follow, true);
  }, []);

  return (
    <div ref={wrapper} className="kit-field">
      <div ref={mirror} className="kit-mirror" aria-hidden="true">
        {highlightPieces(text, problems).map((piece, index) =>
          piece.insertion ? (
            <mark key={index} className="kit-insert" />
          ) : piece.marked ? (
            <mark key={index} className="kit-mark">
              {piece.text}
            </mark>
          ) : (
            <span key={index}>{piece.text}</span>
          ),
        )}
        {/* A textarea shows a final line break as an empty line; so must the mirror. */}
        {'\u200b'}
      </div>
      {children}
    </div>
  );
}
