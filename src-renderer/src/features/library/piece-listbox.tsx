// The pieces to choose from, as a listbox whose active option the owner moves with the arrow
// keys; the input that filters it (the search field, or the post text after "/") owns the focus
// and points at the active option with aria-activedescendant.
import { useTranslation } from 'react-i18next';
import type { LibraryItem } from '@shared/library';

export function optionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/** Pieces whose name or text holds every word of the query, names first. */
export function filterPieces(items: readonly LibraryItem[], query: string): LibraryItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (text: string) => words.every((word) => text.toLowerCase().includes(word));
  const byName = items.filter((item) => matches(item.name));
  const byText = items.filter((item) => !byName.includes(item) && matches(item.body));
  return [...byName, ...byText];
}

export function PieceListbox(props: {
  id: string;
  pieces: LibraryItem[];
  active: number;
  onChoose(piece: LibraryItem): void;
}) {
  const { t } = useTranslation('library');
  if (props.pieces.length === 0) return <p className="field-hint">{t('noMatch')}</p>;
  return (
    <ul className="library-options" id={props.id} role="listbox" aria-label={t('pieces')}>
      {props.pieces.map((piece, index) => (
        <li
          key={piece.id}
          id={optionId(props.id, index)}
          role="option"
          className="library-option"
          aria-selected={index === props.active}
          // The input keeps the focus; a press here must not take it away before the choice.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => props.onChoose(piece)}
        >
          <span className="library-option-name">{piece.name}</span>
          <span className="library-option-kind">{t(`kind.${piece.kind}`)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The next active option for an arrow key, wrapping at either end; null for other keys. */
export function movedActive(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return (active + 1) % count;
  if (key === 'ArrowUp') return (active - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
