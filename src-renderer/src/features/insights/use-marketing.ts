// Campaigns, their figures for the range and spend against revenue per day (or week).
import type { Figures } from '@shared/figures';
import type { Campaign, SpendEntry } from '@shared/marketing';
import { call } from '../../lib/api';
import { queryState, useCoreLoad, type QueryState } from '../../lib/use-core-query';
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

interface MarketingData {
  campaigns: Campaign[];
  rows: CampaignRow[];
  spend: SpendEntry[];
  overTime: MoneyPoint[];
}

export type Marketing = QueryState<MarketingData>;

function add(total: Record<string, number>, value: number | null, currency: string | null) {
  if (value !== null && currency) total[currency] = (total[currency] ?? 0) + value;
}

async function fetchMarketing(range: DateRange, timeZone: string): Promise<MarketingData> {
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
  return { campaigns, rows, spend, overTime };
}

// A change of range must not let the older range's answer land after the newer one's.
export function useMarketing(range: DateRange, timeZone: string) {
  const { fromDay, toDay } = range;
  const query = useCoreLoad(
    `${fromDay} ${toDay} ${timeZone}`,
    () => fetchMarketing(rangeOf(fromDay, toDay, timeZone), timeZone),
    { refreshOn: ['post.changed', 'plan.changed'], keepPrevious: true },
  );
  return { state: queryState(query, (data) => data), reload: query.reload };
}
