// The toast that offers Undo for the last change, and Ctrl/⌘+Z for the same. It stays until the
// owner dismisses it or makes another change: nothing waits on a timer.
import './undo-toast.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isTyping } from '../lib/is-typing';
import { useUndoStore } from '../state/undo-store';

export function UndoToast() {
  const { t } = useTranslation('find');
  const offer = useUndoStore((s) => s.offer);
  const outcome = useUndoStore((s) => s.outcome);
  const busy = useUndoStore((s) => s.busy);
  const undo = useUndoStore((s) => s.undo);
  const dismiss = useUndoStore((s) => s.dismiss);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.key.toLowerCase() !== 'z' || event.shiftKey || event.altKey) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      // A field's own undo comes first; so does an open dialog.
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (!useUndoStore.getState().offer) return;
      event.preventDefault();
      void useUndoStore.getState().undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  if (!offer && !outcome) return null;
  return (
    <section className="undo-toast" aria-label={t('undo.label')}>
      <div role="status">
        <p>{outcome ? outcome.words : offer?.words}</p>
        {outcome && outcome.reasons.length > 0 && (
          <>
            <p>{t('undo.notUndone')}</p>
            <ul>
              {outcome.reasons.map((reason, index) => (
                <li key={index}>{reason}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {offer && (
        <button type="button" className="button primary" disabled={busy} onClick={() => void undo()}>
          {t('undo.undo')}
        </button>
      )}
      <button type="button" className="button" onClick={dismiss}>
        {t('undo.dismiss')}
      </button>
    </section>
  );
}
