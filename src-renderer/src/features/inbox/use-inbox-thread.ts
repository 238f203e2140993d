// The open item's thread, re-read whenever the inbox changes (a reply going out, a label).
// Opening a new item marks it read once; "Mark unread" afterwards is left alone.
import { useEffect, useRef } from 'react';
import type { InboxThread } from '@shared/inbox';
import { useCoreQuery } from '../../lib/use-core-query';
import { markOpened } from './inbox-actions';

export type ThreadState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'ready'; thread: InboxThread }
  | { kind: 'failed'; message: string };

export function useInboxThread(id: string | null): { state: ThreadState; reload(): void } {
  const { data, error, reload } = useCoreQuery(
    'inbox.get',
    { id: id ?? '' },
    { enabled: id !== null, refreshOn: ['inbox.changed'] },
  );
  const openedId = useRef<string | null>(null);

  useEffect(() => {
    if (!data || openedId.current === data.item.id) return;
    openedId.current = data.item.id;
    void markOpened(data.item);
  }, [data]);

  if (id === null) return { state: { kind: 'none' }, reload };
  // Until the new item arrives, say so rather than showing the previous one's thread.
  if (error !== null) return { state: { kind: 'failed', message: error }, reload };
  return { state: data ? { kind: 'ready', thread: data } : { kind: 'loading' }, reload };
}
