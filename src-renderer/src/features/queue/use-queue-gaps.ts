// The queue's free slots in the calendar's window, by week-grid slot ("YYYY-MM-DDTHH:00"), as
// the names of the channels with a free time there. One read per window; nothing in month view.
import { useMemo } from 'react';
import { localAt } from '@shared/zoned-time';
import { useCoreQuery } from '../../lib/use-core-query';
import { channelById, useAppDataStore } from '../../state/app-data-store';

const NO_GAPS = new Map<string, string[]>();
const pad = (n: number) => String(n).padStart(2, '0');

export function useQueueGaps(
  from: number,
  to: number,
  enabled: boolean,
  timeZone: string,
): Map<string, string[]> {
  const channels = useAppDataStore((s) => s.channels);
  const { data } = useCoreQuery(
    'queue.emptySlots',
    { from, to },
    { enabled, refreshOn: ['post.changed', 'post.deleted', 'channels.changed'], settleMs: 150 },
  );
  return useMemo(() => {
    if (!enabled || !data || data.length === 0) return NO_GAPS;
    const bySlot = new Map<string, string[]>();
    for (const gap of data) {
      const local = localAt(gap.at, timeZone);
      const key = `${local.year}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:00`;
      const name = channelById(channels, gap.channelId)?.displayName ?? '';
      bySlot.set(key, [...(bySlot.get(key) ?? []), name]);
    }
    return bySlot;
  }, [enabled, data, timeZone, channels]);
}
