// A dialog to create, edit and delete saved replies. Nothing typed is lost on a refusal:
// the form keeps its text and shows the reason.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedReply } from '@shared/inbox';
import { SavedReplyForm } from './saved-reply-form';
import { useSavedRepliesStore } from './saved-replies-store';
import { InlineError } from '../../components/inline-error';

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; reply: SavedReply };

export function SavedRepliesManager({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation('inbox');
  const dialog = useRef<HTMLDialogElement>(null);
  const replies = useSavedRepliesStore((s) => s.replies);
  const remove = useSavedRepliesStore((s) => s.remove);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [deleting, setDeleting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  const close = () => {
    setEditing({ kind: 'none' });
    setDeleting(null);
    setError(null);
    onClose();
  };

  const confirmDelete = async (id: string) => {
    const failure = await remove(id);
    setError(failure);
    if (!failure) setDeleting(null);
  };

  return (
    <dialog
      ref={dialog}
      className="modal saved-replies-manager"
      aria-labelledby="saved-replies-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
    >
      {open && (
        <>
          <h2 id="saved-replies-title">{t('saved.title')}</h2>
          <InlineError message={error} />
          {replies?.length === 0 && editing.kind !== 'new' && (
            <p className="field-hint">{t('saved.intro')}</p>
          )}
          <ul className="saved-replies-list">
            {replies?.map((reply) =>
              editing.kind === 'edit' && editing.reply.id === reply.id ? (
                <li key={reply.id}>
                  <SavedReplyForm reply={reply} onDone={() => setEditing({ kind: 'none' })} />
                </li>
              ) : (
                <li key={reply.id} className="saved-reply-row">
                  <span className="saved-reply-title">{reply.title}</span>
                  <span className="saved-reply-body">{reply.body}</span>
                  {deleting === reply.id ? (
                    <span className="saved-reply-actions">
                      {t('saved.deleteAsk', { title: reply.title })}
                      <button
                        type="button"
                        className="button danger-outline"
                        onClick={() => void confirmDelete(reply.id)}
                      >
                        {t('saved.delete')}
                      </button>
                      <button type="button" className="button" onClick={() => setDeleting(null)}>
                        {t('saved.keep')}
                      </button>
                    </span>
                  ) : (
                    <span className="saved-reply-actions">
                      <button
                        type="button"
                        className="button"
                        aria-label={t('saved.editNamed', { title: reply.title })}
                        onClick={() => setEditing({ kind: 'edit', reply })}
                      >
                        {t('saved.edit')}
                      </button>
                      <button
                        type="button"
                        className="button danger-outline"
                        aria-label={t('saved.deleteNamed', { title: reply.title })}
                        onClick={() => setDeleting(reply.id)}
                      >
                        {t('saved.delete')}
                      </button>
                    </span>
                  )}
                </li>
              ),
            )}
          </ul>
          {editing.kind === 'new' ? (
            <SavedReplyForm reply={null} onDone={() => setEditing({ kind: 'none' })} />
          ) : (
            <button type="button" className="button" onClick={() => setEditing({ kind: 'new' })}>
              {t('saved.new')}
            </button>
          )}
          <div className="modal-actions">
            <button type="button" className="button primary" onClick={close}>
              {t('saved.close')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
