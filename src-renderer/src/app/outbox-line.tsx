import './outbox-line.css';
import { useEffect } from 'react';
import type { OutboxStatus } from '@shared/app-settings';
import { timeWords } from '../lib/time-words';
import { useAppDataStore } from './app-data-store';
import { useNavigationStore } from './navigation-store';
import { useOutboxStatusStore, watchOutboxStatus } from './outbox-status-store';

function queueWords(status: OutboxStatus, timeZone: string): string {
  if (!status.online) return "Offline — scheduled posts will publish when you're back online";
  if (status.queued === 0) return 'Nothing queued';
  const queued = `${status.queued} queued`;
  return status.nextAt === null ? queued : `${queued} · next at ${timeWords(status.nextAt, timeZone)}`;
}

/** The publishing queue under the navigation: offline, what is queued, and what needs the owner. */
export function OutboxLine() {
  const status = useOutboxStatusStore((s) => s.status);
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const go = useNavigationStore((s) => s.go);

  useEffect(() => watchOutboxStatus(), []);

  if (!status) return null;
  return (
    <div className="outbox-line" data-online={status.online}>
      <p role="status" className="outbox-queue">
        {queueWords(status, timeZone)}
      </p>
      {status.attention > 0 && (
        <button type="button" className="outbox-attention" onClick={() => go('calendar')}>
          {status.attention === 1 ? '1 needs attention' : `${status.attention} need attention`}
        </button>
      )}
    </div>
  );
}
