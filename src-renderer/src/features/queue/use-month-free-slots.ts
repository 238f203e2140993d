// The month view's gaps (issue 12 §1): how many queue times are still free on each day of the
// window, by the business's day ("YYYY-MM-DD", the calendar's day key). The week view shows each
// gap in its hour (use-queue-gaps.ts); a month cell has room only for the count.
import { useMemo } from 'react';
import type { EmptySlot } from '@shared/queue';
import { localAt } from '@shared/zoned-time';
import { useCoreQuery } from '../../lib/use-core-query';

const NO_FREE_SLOTS: ReadonlyMap<string, number> = new Map();
const pad = (n: number) => String(n).padStart(2, '0');

/** Free slots counted per day in `timeZone`: one per channel and time, past ones never sent. */
export function freeSlotsByDay(slots: readonly EmptySlot[], timeZone: string): ReadonlyMap<string, number> {
  if (slots.length === 0) return NO_FREE_SLOTS;
  const byDay = new Map<string, number>();
  for (const slot of slots) {
    const local = localAt(slot.at, timeZone);
    const key = `${local.year}-${pad(local.month)}-${pad(local.day)}`;
    byDay.set(key, (byDay.get(key) ?? 0) + 1);
  }
  return byDay;
}

/** One read of the window's free slots (`queue.emptySlots`), re-read as posts and channels change. */
export function useMonthFreeSlots(
  from: number,
  to: number,
  enabled: boolean,
  timeZone: string,
): ReadonlyMap<string, number> {
  const { data } = useCoreQuery(
    'queue.emptySlots',
    { from, to },
    { enabled, refreshOn: ['post.changed', 'post.deleted', 'channels.changed'], settleMs: 150 },
  );
  return useMemo(
    () => (enabled && data ? freeSlotsByDay(data, timeZone) : NO_FREE_SLOTS),
    [enabled, data, timeZone],
  );
}
