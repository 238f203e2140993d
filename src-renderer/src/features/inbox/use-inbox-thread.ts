// The open item's thread, re-read whenever the inbox changes (a reply going out, a label).
// Opening a new item marks it read once; "Mark unread" afterwards, even before the thread has
// loaded, is left alone.
import { useEffect, useMemo, useRef } from 'react';
import type { InboxThread } from '@shared/inbox';
import { useCoreQuery } from '../../lib/use-core-query';
import { markOpened, statusChoiceCount } from './inbox-actions';

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
  // What the owner had chosen when this item was opened; a choice after it wins over opening.
  const openedAt = useMemo(() => (id === null ? 0 : statusChoiceCount()), [id]);

  useEffect(() => {
    if (!data || openedId.current === data.item.id) return;
    openedId.current = data.item.id;
    void markOpened(data.item, openedAt);
  }, [data, openedAt]);

  if (id === null) return { state: { kind: 'none' }, reload };
  // Until the new item arrives, say so rather than showing the previous one's thread.
  if (error !== null) return { state: { kind: 'failed', message: error }, reload };
  return { state: data ? { kind: 'ready', thread: data } : { kind: 'loading' }, reload };
}
