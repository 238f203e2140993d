// Inserting library pieces into the post text: the "Insert from library" menu with a search
// field, and the "/" list that opens when the owner types "/" at the start of a word. A template
// asks for the link it names first; {business} and {date} come from the profile and the post.
import { useEffect, useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { fillTemplate, insertPiece, templateVariables, type LibraryItem } from '@shared/library';
import { usePopover } from '../../components/use-popover';
import { useLibraryStore } from './library-store';
import { filterPieces, movedActive, optionId, PieceListbox } from './piece-listbox';
import { LinkPrompt } from './link-prompt';
import { useSlashList } from './use-slash-list';

export interface InsertContext {
  business: string;
  /** The post's day in the owner's words; empty while it has no time. */
  date: string;
}

interface Props {
  textarea: RefObject<HTMLTextAreaElement | null>;
  text: string;
  context: InsertContext;
  onText(text: string): void;
}

export function LibraryInsert(props: Props) {
  const { t } = useTranslation('library');
  const items = useLibraryStore((s) => s.items);
  const load = useLibraryStore((s) => s.load);
  const { open, setOpen, root, onKeyDown } = usePopover();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [asking, setAsking] = useState<{ piece: LibraryItem; from: number; to: number } | null>(null);
  const panelId = useId();
  const listId = useId();
  const slashListId = useId();

  useEffect(() => {
    if (items === null) void load();
  }, [items, load]);

  const place = (piece: LibraryItem, from: number, to: number, link?: string) => {
    const filled =
      piece.kind === 'template' ? fillTemplate(piece.body, { ...props.context, link }) : piece.body;
    const { text, caret } = insertPiece(props.text, filled, from, to);
    props.onText(text);
    requestAnimationFrame(() => {
      props.textarea.current?.focus();
      props.textarea.current?.setSelectionRange(caret, caret);
    });
  };
  const choose = (piece: LibraryItem, from: number, to: number) => {
    setOpen(false);
    if (piece.kind === 'template' && templateVariables(piece.body).includes('link')) {
      setAsking({ piece, from, to });
    } else place(piece, from, to);
  };
  const caret = () => {
    const field = props.textarea.current;
    return { from: field?.selectionStart ?? props.text.length, to: field?.selectionEnd ?? props.text.length };
  };

  const menuPieces = filterPieces(items ?? [], query);
  const slash = useSlashList(props.textarea, items ?? [], slashListId, (piece, word) =>
    choose(piece, word.from, word.to),
  );

  return (
    <div className="library-insert" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setQuery('');
          setActive(0);
          setOpen(!open);
        }}
      >
        {t('insert')}
      </button>
      {open && (
        <div className="library-panel" id={panelId} role="group" aria-label={t('insertTitle')}>
          <input
            type="search"
            role="combobox"
            aria-label={t('search')}
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={menuPieces.length > 0 ? optionId(listId, active) : undefined}
            autoFocus
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={(event) => {
              const next = movedActive(event.key, active, menuPieces.length);
              if (next !== null) {
                event.preventDefault();
                setActive(next);
              } else if (event.key === 'Enter' && menuPieces[active]) {
                event.preventDefault();
                const { from, to } = caret();
                choose(menuPieces[active], from, to);
              }
            }}
          />
          <PieceListbox
            id={listId}
            pieces={menuPieces}
            active={active}
            onChoose={(piece) => {
              const { from, to } = caret();
              choose(piece, from, to);
            }}
          />
          {items?.length === 0 && <p className="field-hint">{t('emptyShort')}</p>}
        </div>
      )}
      {slash.word && (
        <div className="library-panel" role="group" aria-label={t('insertTitle')}>
          <PieceListbox
            id={slashListId}
            pieces={slash.pieces}
            active={slash.active}
            onChoose={(piece) => {
              slash.close();
              choose(piece, slash.word!.from, slash.word!.to);
            }}
          />
        </div>
      )}
      {asking && (
        <LinkPrompt
          pieceName={asking.piece.name}
          onCancel={() => setAsking(null)}
          onLink={(link) => {
            place(asking.piece, asking.from, asking.to, link);
            setAsking(null);
          }}
        />
      )}
    </div>
  );
}
