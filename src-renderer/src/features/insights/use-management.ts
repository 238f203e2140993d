// Follower series, engagement and best posts for the range; re-read when a snapshot lands.
import { useState } from 'react';
import type { EngagementReport, FollowerSeries, PostEngagement } from '@shared/metrics';
import { call, messageOf } from '../../lib/api';
import { t } from '../../i18n/i18n';
import { ownerWords } from '../../i18n/owner-words';
import { queryState, useCoreLoad, type QueryState } from '../../lib/use-core-query';
import type { DateRange } from './date-range';

interface ManagementData {
  followers: FollowerSeries[];
  engagement: EngagementReport;
  best: PostEngagement[];
}

export type Management = QueryState<ManagementData>;

// A change of range must not let the older range's answer land after the newer one's.
export function useManagement(range: DateRange) {
  const [measuring, setMeasuring] = useState(false);
  const [measureMessage, setMeasureMessage] = useState<string | null>(null);
  const { from, to } = range;
  const query = useCoreLoad(
    `${from} ${to}`,
    async (): Promise<ManagementData> => {
      const [followers, engagement, best] = await Promise.all([
        call('metrics.followers', { from, to }),
        call('metrics.engagement', { from, to }),
        call('metrics.bestPosts', { from, to, limit: 5 }),
      ]);
      return { followers, engagement, best };
    },
    { refreshOn: ['metrics.changed', 'channels.changed'], keepPrevious: true },
  );
  const state: Management = queryState(query, (data) => data);

  const measure = async () => {
    setMeasuring(true);
    try {
      const result = await call('metrics.snapshot', {});
      const failed = result.channels.filter((c) => c.error);
      setMeasureMessage(
        result.channels.length === 0
          ? t('insights:management.connectFirst')
          : failed.length > 0
            ? failed
                .map((c) =>
                  t('insights:management.failedChannel', {
                    channel: c.channelName,
                    error: c.error ? ownerWords(c.error) : '',
                  }),
                )
                .join(' ')
            : t('insights:management.measured'),
      );
      await query.reload();
    } catch (error) {
      setMeasureMessage(messageOf(error));
    } finally {
      setMeasuring(false);
    }
  };

  return { state, measure, measuring, measureMessage };
}
