import type { MetricsCollector } from '../metrics/metrics-collector';
import type { EngagementReporter } from '../metrics/engagement-report';
import type { MetricsStore } from '../metrics/metrics-store';
import type { CoreContext, HandlerMap } from './types';

type MetricsChannels =
  'metrics.snapshot' | 'metrics.followers' | 'metrics.engagement' | 'metrics.bestPosts' | 'metrics.viewed';

export function metricsHandlers(
  ctx: CoreContext,
  deps: { collector: MetricsCollector; reporter: EngagementReporter; store: MetricsStore },
): HandlerMap<MetricsChannels> {
  return {
    'metrics.snapshot': async (input) => {
      const result = await deps.collector.snapshot(input?.channelId);
      ctx.events.emit({ type: 'metrics.changed' });
      return result;
    },
    'metrics.followers': ({ channelId, from, to }) => deps.reporter.followers({ from, to }, channelId),
    'metrics.engagement': (range) => deps.reporter.engagement(range, ctx.profile.get().timeZone),
    'metrics.bestPosts': ({ from, to, limit }) => deps.reporter.best({ from, to }, limit),
    'metrics.viewed': () => {
      const viewedAt = ctx.clock.now();
      deps.store.markViewed(viewedAt);
      ctx.events.emit({ type: 'plan.changed' });
      return { viewedAt };
    },
  };
}
