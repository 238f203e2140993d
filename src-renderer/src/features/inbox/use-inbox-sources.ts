// Which channels have an inbox and how their syncing goes; "Refresh" syncs them all now.
import { useCallback, useEffect, useState } from 'react';
import type { InboxSourceInfo } from '@shared/inbox';
import { call, messageOf, subscribe } from '../../lib/api';

export interface InboxSources {
  sources: InboxSourceInfo[] | null;
  refreshing: boolean;
  /** Why the last refresh could not run at all (each channel's own failure is in lastError). */
  refreshError: string | null;
  refresh(): Promise<void>;
}

export function useInboxSources(): InboxSources {
  const [sources, setSources] = useState<InboxSourceInfo[] | null>(null);
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const load = () =>
      call('inbox.sources').then(
        (next) => current && setSources(next),
        // Without sources the list still works; the next event tries again.
        () => undefined,
      );
    void load();
    const unsubscribe = subscribe((event) => {
      if (event.type === 'inbox.changed' || event.type === 'channels.changed') void load();
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      setSources(await call('inbox.refresh'));
      setRefreshError(null);
    } catch (error) {
      setRefreshError(messageOf(error));
    } finally {
      setRefreshing(false);
    }
  }, []);

  return { sources, refreshing, refreshError, refresh };
}

/** The latest sync of any channel with an inbox; null before the first. */
export function lastChecked(sources: InboxSourceInfo[]): number | null {
  let latest: number | null = null;
  for (const source of sources) {
    if (source.hasInbox && source.lastSyncedAt !== null) latest = Math.max(latest ?? 0, source.lastSyncedAt);
  }
  return latest;
}
