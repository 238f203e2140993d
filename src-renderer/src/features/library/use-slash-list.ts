// The "/" list in the post text: typing "/" at the start of a word opens the library's pieces,
// filtered by what follows it. The text field keeps the focus; the arrow keys move the active
// option (announced through aria-activedescendant), Enter or Tab inserts it, Escape closes.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { LibraryItem } from '@shared/library';
import { filterPieces, movedActive, optionId } from './piece-listbox';

export interface SlashWord {
  /** Where the "/" is, and where the caret is: the range the chosen piece replaces. */
  from: number;
  to: number;
  query: string;
}

/** "/" after a space or at the start, then up to 40 characters of a word, ending at the caret. */
const SLASH_WORD = /(^|\s)\/([^\s/]{0,40})$/;

export function slashWordAt(text: string, caret: number): SlashWord | null {
  const match = SLASH_WORD.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[2]!;
  return { from: caret - query.length - 1, to: caret, query };
}

export function useSlashList(
  textarea: RefObject<HTMLTextAreaElement | null>,
  items: readonly LibraryItem[],
  listId: string,
  onChoose: (piece: LibraryItem, word: SlashWord) => void,
) {
  const [word, setWord] = useState<SlashWord | null>(null);
  const [active, setActive] = useState(0);
  // Escape closes the list for this "/" until the owner types another.
  const dismissedAt = useRef<number | null>(null);
  const pieces = word ? filterPieces(items, word.query) : [];
  // The listeners below are attached once; they read the current state through this ref.
  const latest = useRef({ word, active, pieces, onChoose, empty: items.length === 0 });
  useLayoutEffect(() => {
    latest.current = { word, active, pieces, onChoose, empty: items.length === 0 };
  });

  useEffect(() => {
    const field = textarea.current;
    if (!field) return;
    const look = () => {
      const found = slashWordAt(field.value, field.selectionStart);
      // With nothing saved, "/" is only a character: a list saying "no piece" would be in the way.
      const open = found && found.from !== dismissedAt.current && !latest.current.empty ? found : null;
      if (!found) dismissedAt.current = null;
      setWord((current) => (current?.from === open?.from && current?.query === open?.query ? current : open));
      if (open?.query !== latest.current.word?.query) setActive(0);
    };
    const onKey = (event: KeyboardEvent) => {
      const { word: open, active: current, pieces: shown } = latest.current;
      if (!open) return;
      const next = movedActive(event.key, current, shown.length);
      if (next !== null) {
        event.preventDefault();
        setActive(next);
      } else if ((event.key === 'Enter' || event.key === 'Tab') && shown[current]) {
        event.preventDefault();
        setWord(null);
        latest.current.onChoose(shown[current], open);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        dismissedAt.current = open.from;
        setWord(null);
      }
    };
    field.addEventListener('input', look);
    field.addEventListener('click', look);
    field.addEventListener('keyup', look);
    field.addEventListener('keydown', onKey);
    return () => {
      field.removeEventListener('input', look);
      field.removeEventListener('click', look);
      field.removeEventListener('keyup', look);
      field.removeEventListener('keydown', onKey);
    };
  }, [textarea]);

  // The text field points at the list while it is open, as a combobox's input does.
  useEffect(() => {
    const field = textarea.current;
    if (!field) return;
    if (word) {
      field.setAttribute('aria-controls', listId);
      field.setAttribute('aria-autocomplete', 'list');
      if (pieces.length > 0) field.setAttribute('aria-activedescendant', optionId(listId, active));
      else field.removeAttribute('aria-activedescendant');
    } else {
      field.removeAttribute('aria-controls');
      field.removeAttribute('aria-autocomplete');
      field.removeAttribute('aria-activedescendant');
    }
  }, [textarea, word, pieces.length, active, listId]);

  return { word, active, pieces, close: () => setWord(null) };
}
