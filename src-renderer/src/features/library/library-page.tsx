// The Library: templates, snippets and hashtag groups the composer inserts, by kind.
import '../../components/page.css';
import './library.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIBRARY_KINDS, type LibraryItem } from '@shared/library';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useNewPostKey } from '../../lib/use-new-post-key';
import { useLibraryStore } from './library-store';
import { PieceForm } from './piece-form';
import { InlineError } from '../../components/inline-error';

/** What the form edits: a new piece, an existing one, or nothing (the form is closed). */
type Editing = { piece: LibraryItem | null } | null;

export function LibraryPage() {
  const { t } = useTranslation('library');
  const items = useLibraryStore((s) => s.items);
  const loadError = useLibraryStore((s) => s.loadError);
  const load = useLibraryStore((s) => s.load);
  const remove = useLibraryStore((s) => s.remove);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<LibraryItem | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  useNewPostKey();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <div className="library-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <div className="page-header-actions">
          <button type="button" className="button primary" onClick={() => setEditing({ piece: null })}>
            {t('add')}
          </button>
        </div>
      </header>
      <p className="field-hint">{t('intro')}</p>
      <InlineError message={loadError} />
      <InlineError message={deleteError} />
      {editing && <PieceForm piece={editing.piece} onDone={() => setEditing(null)} />}
      {items?.length === 0 && !editing && <p className="notice">{t('empty')}</p>}
      {LIBRARY_KINDS.map((kind) => {
        const pieces = items?.filter((item) => item.kind === kind) ?? [];
        if (pieces.length === 0) return null;
        return (
          <section key={kind} className="card library-section" aria-label={t(`kinds.${kind}`)}>
            <h2 className="card-title">{t(`kinds.${kind}`)}</h2>
            <ul className="library-list">
              {pieces.map((piece) => (
                <li key={piece.id} className="library-piece">
                  <div className="library-piece-words">
                    <span className="library-piece-name">{piece.name}</span>
                    <span className="library-piece-body">{piece.body}</span>
                  </div>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('editNamed', { name: piece.name })}
                    onClick={() => setEditing({ piece })}
                  >
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    aria-label={t('deleteNamed', { name: piece.name })}
                    onClick={() => setDeleting(piece)}
                  >
                    {t('delete')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <ConfirmDialog
        open={deleting !== null}
        title={t('deleteTitle')}
        message={t('deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('delete')}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const piece = deleting;
          setDeleting(null);
          if (piece) void remove(piece.id).then(setDeleteError);
        }}
      />
    </div>
  );
}
