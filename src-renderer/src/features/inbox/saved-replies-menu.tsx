// "Insert saved reply": a small popover listing the owner's snippets, and the way to manage them.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../components/inline-error';
import { usePopover } from '../../components/use-popover';
import { SavedRepliesManager } from './saved-replies-manager';
import { useSavedRepliesStore } from './saved-replies-store';

export function SavedRepliesMenu({ onInsert }: { onInsert(body: string): void }) {
  const { t } = useTranslation('inbox');
  const replies = useSavedRepliesStore((s) => s.replies);
  const loadError = useSavedRepliesStore((s) => s.loadError);
  const load = useSavedRepliesStore((s) => s.load);
  const { open, setOpen, root, onKeyDown } = usePopover();
  const [managing, setManaging] = useState(false);
  const panelId = useId();

  useEffect(() => {
    if (replies === null) void load();
  }, [replies, load]);

  return (
    <div className="saved-replies-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('saved.insert')}
      </button>
      {open && (
        <div className="saved-replies-panel" id={panelId} role="group" aria-label={t('saved.title')}>
          <InlineError message={loadError} />
          {replies?.length === 0 && <p className="field-hint">{t('saved.none')}</p>}
          <ul>
            {replies?.map((reply) => (
              <li key={reply.id}>
                <button
                  type="button"
                  className="saved-reply-choice"
                  onClick={() => {
                    onInsert(reply.body);
                    setOpen(false);
                  }}
                >
                  <span className="saved-reply-title">{reply.title}</span>
                  <span className="saved-reply-body">{reply.body}</span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            onClick={() => {
              setOpen(false);
              setManaging(true);
            }}
          >
            {t('saved.manage')}
          </button>
        </div>
      )}
      <SavedRepliesManager open={managing} onClose={() => setManaging(false)} />
    </div>
  );
}
