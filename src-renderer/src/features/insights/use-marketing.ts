// Campaigns, their figures for the range and spend against revenue per day (or week).
import { useCallback, useEffect, useState } from 'react';
import type { Figures } from '@shared/figures';
import type { Campaign, SpendEntry } from '@shared/marketing';
import { call, messageOf, subscribe } from '../../lib/api';
import { bucketsOf, rangeOf, type DateRange } from './date-range';

export interface CampaignRow {
  campaignId: string;
  name: string;
  slug: string;
  figures: Figures;
}

export interface MoneyPoint {
  fromDay: string;
  /** Minor units per currency. */
  spend: Record<string, number>;
  revenue: Record<string, number>;
}

export type Marketing =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | {
      kind: 'ready';
      campaigns: Campaign[];
      rows: CampaignRow[];
      spend: SpendEntry[];
      overTime: MoneyPoint[];
    };

function add(total: Record<string, number>, value: number | null, currency: string | null) {
  if (value !== null && currency) total[currency] = (total[currency] ?? 0) + value;
}

async function fetchMarketing(range: DateRange, timeZone: string): Promise<Marketing> {
  const buckets = bucketsOf(range, timeZone);
  const [campaigns, rows, spend, perBucket] = await Promise.all([
    call('campaigns.list'),
    call('figures.campaigns', { from: range.fromDay, to: range.toDay }),
    call('spend.list'),
    Promise.all(buckets.map((b) => call('figures.campaigns', { from: b.fromDay, to: b.toDay }))),
  ]);
  const overTime = buckets.map((b, i) => {
    const point: MoneyPoint = { fromDay: b.fromDay, spend: {}, revenue: {} };
    for (const row of perBucket[i]!) {
      add(point.spend, row.figures.spend.value, row.figures.spend.currency);
      add(point.revenue, row.figures.revenue.value, row.figures.revenue.currency);
    }
    return point;
  });
  return { kind: 'ready', campaigns, rows, spend, overTime };
}

export function useMarketing(range: DateRange, timeZone: string) {
  const [state, setState] = useState<Marketing>({ kind: 'loading' });
  const { fromDay, toDay } = range;

  const load = useCallback(
    () =>
      fetchMarketing(rangeOf(fromDay, toDay, timeZone), timeZone).then(setState, (error: unknown) =>
        setState({ kind: 'failed', message: messageOf(error) }),
      ),
    [fromDay, toDay, timeZone],
  );

  useEffect(() => {
    void load();
    return subscribe((event) => {
      if (event.type === 'post.changed' || event.type === 'plan.changed') void load();
    });
  }, [load]);

  return { state, reload: load };
}
