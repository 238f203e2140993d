import './kit-highlight.css';
import { useEffect, useRef, type ReactNode } from 'react';
import type { LintProblem } from '@shared/brand-kit/lint';
import { highlightPieces } from './highlight-pieces';

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
