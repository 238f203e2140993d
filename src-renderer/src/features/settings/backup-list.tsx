import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '@shared/contract/backups';
import { formatNumber } from '../../lib/format';

interface BackupListProps {
  backups: BackupSummary[];
  dateOf(backup: BackupSummary): string;
  disabled: boolean;
  onRestore(backup: BackupSummary): void;
}

/** The backups in the folder, newest first: when, what kind, how large, how many posts. */
export function BackupList({ backups, dateOf, disabled, onRestore }: BackupListProps) {
  const { t } = useTranslation('backups');
  if (backups.length === 0) return <p className="field-hint">{t('none')}</p>;
  return (
    <ul className="backup-list" aria-label={t('list')}>
      {backups.map((backup) => (
        <li key={backup.name} className="backup-row">
          <span className="backup-date">{dateOf(backup)}</span>
          <span className="field-hint">
            {t(`kind.${backup.kind}`)} · {formatBytes(backup.bytes)} ·{' '}
            {backup.posts === null ? t('unchecked') : t('posts', { count: backup.posts })}
          </span>
          <button
            type="button"
            className="button subtle"
            disabled={disabled}
            aria-label={t('restoreLabel', { date: dateOf(backup) })}
            onClick={() => onRestore(backup)}
          >
            {t('restore')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** "84 kB", "2.4 MB", written the locale's way. */
export function formatBytes(bytes: number): string {
  const [value, unit] =
    bytes >= 1e9
      ? [bytes / 1e9, 'gigabyte']
      : bytes >= 1e6
        ? [bytes / 1e6, 'megabyte']
        : [bytes / 1e3, 'kilobyte'];
  return formatNumber(value, { style: 'unit', unit, maximumFractionDigits: 1 });
}
