import './outbox-line.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxStatus } from '@shared/app-settings';
import { t } from '../i18n/i18n';
import { timeWords } from '../lib/time-words';
import { useAppDataStore } from '../state/app-data-store';
import { useNavigationStore } from '../state/navigation-store';
import { useOutboxStatusStore, watchOutboxStatus } from '../state/outbox-status-store';

function queueWords(status: OutboxStatus, timeZone: string): string {
  if (!status.online) return t('outbox.offline');
  if (status.queued === 0) return t('outbox.empty');
  const count = status.queued;
  if (status.nextAt === null) return t('outbox.queued', { count });
  return t('outbox.queuedNext', { count, time: timeWords(status.nextAt, timeZone) });
}

/** The publishing queue under the navigation: offline, what is queued, and what needs the owner. */
export function OutboxLine() {
  const status = useOutboxStatusStore((s) => s.status);
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const go = useNavigationStore((s) => s.go);
  const { t } = useTranslation();

  useEffect(() => watchOutboxStatus(), []);

  if (!status) return null;
  return (
    <div className="outbox-line" data-online={status.online}>
      <p role="status" className="outbox-queue">
        {queueWords(status, timeZone)}
      </p>
      {status.attention > 0 && (
        <button type="button" className="outbox-attention" onClick={() => go('calendar')}>
          {t('outbox.attention', { count: status.attention })}
        </button>
      )}
    </div>
  );
}
