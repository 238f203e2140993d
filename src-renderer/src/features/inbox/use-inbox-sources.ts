// Which channels have an inbox and how their syncing goes; "Refresh" syncs them all now.
import { useCallback, useState } from 'react';
import type { InboxSourceInfo } from '@shared/inbox';
import { call, messageOf } from '../../lib/api';
import { useCoreQuery } from '../../lib/use-core-query';

export interface InboxSources {
  sources: InboxSourceInfo[] | null;
  refreshing: boolean;
  /** Why the last refresh could not run at all (each channel's own failure is in lastError). */
  refreshError: string | null;
  refresh(): Promise<void>;
}

export function useInboxSources(): InboxSources {
  // Without sources the list still works; the next event reads them again.
  const { data: sources, setData: setSources } = useCoreQuery('inbox.sources', undefined, {
    refreshOn: ['inbox.changed', 'channels.changed'],
  });
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setRefreshing(true);
    try {
      const synced = await call('inbox.refresh');
      setSources(() => synced);
      setRefreshError(null);
    } catch (error) {
      setRefreshError(messageOf(error));
    } finally {
      setRefreshing(false);
    }
  }, [setSources]);

  return { sources: sources ?? null, refreshing, refreshError, refresh };
}

/** The latest sync of any channel with an inbox; null before the first. */
export function lastChecked(sources: InboxSourceInfo[]): number | null {
  let latest: number | null = null;
  for (const source of sources) {
    if (source.hasInbox && source.lastSyncedAt !== null) latest = Math.max(latest ?? 0, source.lastSyncedAt);
  }
  return latest;
}
