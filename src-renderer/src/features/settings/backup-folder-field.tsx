import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupsState } from '@shared/contract/backups';
import { call, messageOf } from '../../lib/api';
import { InlineError } from '../../components/inline-error';

interface BackupFolderFieldProps {
  state: BackupsState;
  onChanged(state: BackupsState): void;
}

/**
 * Where backups go: in the app the system's folder dialog picks it; in web mode, where there is
 * none, the owner types the folder's path.
 */
export function BackupFolderField({ state, onChanged }: BackupFolderFieldProps) {
  const { t } = useTranslation('backups');
  const [typed, setTyped] = useState(state.folder);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const hintId = useId();

  async function change(ask: () => Promise<BackupsState>) {
    setBusy(true);
    setStatus(null);
    setError(null);
    try {
      const next = await ask();
      if (next.folder !== state.folder) setStatus(t('folder.saved', { folder: next.folder }));
      setTyped(next.folder);
      onChanged(next);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  function submitTyped(event: FormEvent) {
    event.preventDefault();
    void change(() => call('backups.setFolder', { folder: typed }));
  }

  const backToDefault = !state.isDefaultFolder && (
    <button
      type="button"
      className="button subtle"
      disabled={busy}
      onClick={() => void change(() => call('backups.setFolder', { folder: null }))}
    >
      {t('folder.useDefault')}
    </button>
  );

  return (
    <div role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="subsection-title">
        {t('folder.title')}
      </h3>
      <p className="field-hint">{t('folder.hint')}</p>
      {state.canPick ? (
        <>
          <p className="backup-folder">{t('folder.current', { folder: state.folder })}</p>
          <div className="settings-actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void change(() => call('backups.chooseFolder'))}
            >
              {t('folder.choose')}
            </button>
            {backToDefault}
          </div>
        </>
      ) : (
        <form className="settings-form" aria-label={t('folder.title')} onSubmit={submitTyped}>
          <label className="field">
            <span className="field-label">{t('folder.path')}</span>
            <input
              type="text"
              value={typed}
              spellCheck={false}
              aria-describedby={hintId}
              onChange={(event) => setTyped(event.target.value)}
            />
            <span id={hintId} className="field-hint">
              {t('folder.pathHint')}
            </span>
          </label>
          <div className="settings-actions">
            <button type="submit" className="button" disabled={busy}>
              {t('folder.use')}
            </button>
            {backToDefault}
          </div>
        </form>
      )}
      <p role="status" className="confirmation">
        {status}
      </p>
      <InlineError message={error} />
    </div>
  );
}
