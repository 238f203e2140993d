import './backups.css';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupsState, BackupSummary } from '@shared/contract/backups';
import { useAppDataStore } from '../../state/app-data-store';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ownerWords } from '../../i18n/owner-words';
import { call, messageOf } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { BackupFolderField } from './backup-folder-field';
import { BackupList } from './backup-list';
import { DataTransfer } from './data-transfer';
import { startAgainWith, noticeAfterRestart } from './restart-notice';
import { InlineError } from '../../components/inline-error';

/** Daily backups, "Back up now", restoring one, the folder they go to, and the full export. */
export function BackupsSection() {
  const { t } = useTranslation('backups');
  const timeZone = useAppDataStore((s) => s.profile?.timeZone);
  const [state, setState] = useState<BackupsState | null>(null);
  const [busy, setBusy] = useState<'backup' | 'restore' | null>(null);
  const [status, setStatus] = useState<string | null>(noticeAfterRestart);
  const [error, setError] = useState<string | null>(null);
  const [toRestore, setToRestore] = useState<BackupSummary | null>(null);
  const headingId = useId();

  const dateOf = (backup: BackupSummary) =>
    formatDateTime(backup.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone });

  const reload = useCallback(() => {
    call('backups.list').then(setState, (caught: unknown) => setError(messageOf(caught)));
  }, []);
  useEffect(reload, [reload]);

  async function backUpNow() {
    setBusy('backup');
    setStatus(null);
    setError(null);
    try {
      const made = await call('backups.now');
      setStatus(t('backedUp', { count: made.posts ?? 0 }));
      reload();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(null);
    }
  }

  async function restore(backup: BackupSummary) {
    setBusy('restore');
    setStatus(null);
    setError(null);
    try {
      await call('backups.restore', { name: backup.name });
      startAgainWith(t('restored', { date: dateOf(backup) }));
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(null);
      setToRestore(null);
    }
  }

  return (
    <section className="card settings-section backups" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('title')}
      </h2>
      <p className="section-intro">{t('intro')}</p>
      <InlineError message={state?.problem && ownerWords(state.problem)} />
      <div className="settings-actions">
        <button
          type="button"
          className="button primary"
          disabled={busy !== null}
          onClick={() => void backUpNow()}
        >
          {busy === 'backup' ? t('backingUp') : t('backUpNow')}
        </button>
        {state?.nextAt != null && (
          <span className="field-hint">
            {t('next', {
              time: formatDateTime(state.nextAt, { dateStyle: 'medium', timeStyle: 'short', timeZone }),
            })}
          </span>
        )}
      </div>
      <p role="status" className="confirmation">
        {status}
      </p>
      <InlineError message={error} />
      {state && (
        <>
          <BackupList
            backups={state.backups}
            dateOf={dateOf}
            disabled={busy !== null}
            onRestore={setToRestore}
          />
          <BackupFolderField state={state} onChanged={setState} />
          <DataTransfer canPick={state.canPick} />
        </>
      )}
      <ConfirmDialog
        open={toRestore !== null}
        title={toRestore ? t('restoreTitle', { date: dateOf(toRestore) }) : ''}
        message={t('restoreMessage')}
        confirmLabel={busy === 'restore' ? t('restoring') : t('restore')}
        tone="primary"
        busy={busy === 'restore'}
        onConfirm={() => toRestore && void restore(toRestore)}
        onCancel={() => setToRestore(null)}
      />
    </section>
  );
}
