import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call, messageOf } from '../../lib/api';
import { formatBytes } from './backup-list';
import { startAgainWith } from './restart-notice';
import { InlineError } from '../../components/inline-error';

/**
 * "Export everything" to one zip, and importing one into a profile with no posts yet. The app
 * asks where in the system's dialogs; web mode saves exports in the backup folder and takes the
 * path of the file to import.
 */
export function DataTransfer({ canPick }: { canPick: boolean }) {
  const { t } = useTranslation('backups');
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [file, setFile] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const hintId = useId();

  async function run(kind: 'export' | 'import', task: () => Promise<void>) {
    setBusy(kind);
    setStatus(null);
    setError(null);
    try {
      await task();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(null);
    }
  }

  const exportEverything = () =>
    run('export', async () => {
      const done = await call('data.export');
      if (done) {
        const { posts, images, file: saved, bytes } = done;
        setStatus(t('transfer.exported', { posts, images, file: saved, size: formatBytes(bytes) }));
      }
    });

  const importExport = (event?: FormEvent) => {
    event?.preventDefault();
    void run('import', async () => {
      const done = await call('data.import', canPick ? {} : { file });
      if (done) startAgainWith(t('transfer.imported', done));
    });
  };

  const importButton = (
    <button
      type={canPick ? 'button' : 'submit'}
      className="button"
      disabled={busy !== null}
      onClick={canPick ? () => importExport() : undefined}
    >
      {busy === 'import' ? t('transfer.importing') : t('transfer.import')}
    </button>
  );

  return (
    <div role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="subsection-title">
        {t('transfer.title')}
      </h3>
      <p className="field-hint">{t('transfer.intro')}</p>
      <div className="settings-actions">
        <button
          type="button"
          className="button"
          disabled={busy !== null}
          onClick={() => void exportEverything()}
        >
          {busy === 'export' ? t('transfer.exporting') : t('transfer.export')}
        </button>
      </div>
      {canPick ? (
        <div className="settings-actions">
          {importButton}
          <span className="field-hint">{t('transfer.importHint')}</span>
        </div>
      ) : (
        <form className="settings-form" aria-label={t('transfer.import')} onSubmit={importExport}>
          <label className="field">
            <span className="field-label">{t('transfer.file')}</span>
            <input
              type="text"
              value={file}
              spellCheck={false}
              aria-describedby={hintId}
              onChange={(event) => setFile(event.target.value)}
            />
            <span id={hintId} className="field-hint">
              {t('transfer.fileHint')} {t('transfer.importHint')}
            </span>
          </label>
          <div className="settings-actions">{importButton}</div>
        </form>
      )}
      <p role="status" className="confirmation">
        {status}
      </p>
      <InlineError message={error} />
    </div>
  );
}
