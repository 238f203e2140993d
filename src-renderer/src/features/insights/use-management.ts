// Follower series, engagement and best posts for the range; re-read when a snapshot lands.
import { useCallback, useEffect, useState } from 'react';
import type { EngagementReport, FollowerSeries, PostEngagement } from '@shared/metrics';
import { call, messageOf, subscribe } from '../../lib/api';
import type { DateRange } from './date-range';

export type Management =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; followers: FollowerSeries[]; engagement: EngagementReport; best: PostEngagement[] };

export function useManagement(range: DateRange) {
  const [state, setState] = useState<Management>({ kind: 'loading' });
  const [measuring, setMeasuring] = useState(false);
  const [measureMessage, setMeasureMessage] = useState<string | null>(null);
  const { from, to } = range;

  const load = useCallback(
    () =>
      Promise.all([
        call('metrics.followers', { from, to }),
        call('metrics.engagement', { from, to }),
        call('metrics.bestPosts', { from, to, limit: 5 }),
      ]).then(
        ([followers, engagement, best]) => setState({ kind: 'ready', followers, engagement, best }),
        (error: unknown) => setState({ kind: 'failed', message: messageOf(error) }),
      ),
    [from, to],
  );

  useEffect(() => {
    void load();
    return subscribe((event) => {
      if (event.type === 'metrics.changed' || event.type === 'channels.changed') void load();
    });
  }, [load]);

  const measure = async () => {
    setMeasuring(true);
    try {
      const result = await call('metrics.snapshot', {});
      const failed = result.channels.filter((c) => c.error);
      setMeasureMessage(
        result.channels.length === 0
          ? 'Connect a channel in Settings to measure its followers.'
          : failed.length > 0
            ? failed.map((c) => `${c.channelName}: ${c.error}`).join(' ')
            : 'Measured just now.',
      );
      await load();
    } catch (error) {
      setMeasureMessage(messageOf(error));
    } finally {
      setMeasuring(false);
    }
  };

  return { state, measure, measuring, measureMessage };
}
