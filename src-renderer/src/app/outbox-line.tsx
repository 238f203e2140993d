import './outbox-line.css';
import { useEffect } from 'react';
import type { OutboxStatus } from '@shared/app-settings';
import { timeWords } from '../lib/time-words';
import { useAppData } from './app-data';
import { useNavigation } from './navigation';
import { useOutboxStatus, watchOutboxStatus } from './outbox-status';

function queueWords(status: OutboxStatus, timeZone: string): string {
  if (!status.online) return "Offline — scheduled posts will publish when you're back online";
  if (status.queued === 0) return 'Nothing queued';
  const queued = `${status.queued} queued`;
  return status.nextAt === null ? queued : `${queued} · next at ${timeWords(status.nextAt, timeZone)}`;
}

/** The publishing queue under the navigation: offline, what is queued, and what needs the owner. */
export function OutboxLine() {
  const status = useOutboxStatus((s) => s.status);
  const timeZone = useAppData((s) => s.profile?.timeZone ?? 'UTC');
  const go = useNavigation((s) => s.go);

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
