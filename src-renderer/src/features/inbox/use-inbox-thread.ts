// The open item's thread, re-read whenever the inbox changes (a reply going out, a label).
// Opening a new item marks it read once; "Mark unread" afterwards is left alone.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InboxThread } from '@shared/inbox';
import { call, messageOf, subscribe } from '../../lib/api';
import { markOpened } from './inbox-actions';

export type ThreadState =
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'ready'; thread: InboxThread }
  | { kind: 'failed'; message: string };

export function useInboxThread(id: string | null): { state: ThreadState; reload(): void } {
  const [version, setVersion] = useState(0);
  const openedId = useRef<string | null>(null);
  const [state, setState] = useState<{ id: string | null; value: ThreadState }>({
    id: null,
    value: { kind: 'none' },
  });

  useEffect(() => {
    if (id === null) return;
    let current = true;
    const load = () =>
      call('inbox.get', { id }).then(
        (thread) => {
          if (!current) return;
          setState({ id, value: { kind: 'ready', thread } });
          if (openedId.current !== id) {
            openedId.current = id;
            void markOpened(thread.item);
          }
        },
        (error: unknown) => current && setState({ id, value: { kind: 'failed', message: messageOf(error) } }),
      );
    void load();
    const unsubscribe = subscribe((event) => {
      if (event.type === 'inbox.changed') void load();
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, [id, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  if (id === null) return { state: { kind: 'none' }, reload };
  // Until the new item arrives, say so rather than showing the previous one's thread.
  return { state: state.id === id ? state.value : { kind: 'loading' }, reload };
}
