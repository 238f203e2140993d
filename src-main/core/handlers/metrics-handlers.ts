// Followers and engagement, measured from the connected channels.
import type { metricsContract } from '../../shared/contract/metrics';
import { channelBestTimes } from '../metrics/best-time-reader';
import type { MetricsCollector } from '../metrics/metrics-collector';
import type { EngagementReporter } from '../metrics/engagement-report';
import type { MetricsStore } from '../metrics/metrics-store';
import type { ContractHandlers, CoreContext, DomainModule } from './types';

interface MetricsDeps {
  collector: MetricsCollector;
  reporter: EngagementReporter;
  store: MetricsStore;
  /** Whether connected channels are measured in the background; metrics.snapshot works either way. */
  background: boolean;
}

export function metricsDomain(ctx: CoreContext, deps: MetricsDeps): DomainModule<typeof metricsContract> {
  return {
    handlers: metricsHandlers(ctx, deps),
    start: () => {
      if (deps.background) deps.collector.start();
    },
    stop: () => deps.collector.stop(),
    whenIdle: () => deps.collector.whenIdle(),
  };
}

function metricsHandlers(ctx: CoreContext, deps: MetricsDeps): ContractHandlers<typeof metricsContract> {
  return {
    'metrics.snapshot': async (input) => {
      const result = await deps.collector.snapshot(input?.channelId);
      ctx.events.emit({ type: 'metrics.changed' });
      return result;
    },
    'metrics.followers': ({ channelId, from, to }) => deps.reporter.followers({ from, to }, channelId),
    'metrics.engagement': (range) => deps.reporter.engagement(range, ctx.profile.get().timeZone),
    'metrics.bestPosts': ({ from, to, limit }) => deps.reporter.best({ from, to }, limit),
    'metrics.bestTimes': ({ channelIds }) =>
      channelBestTimes(deps.store, channelIds, ctx.clock.now(), ctx.profile.get().timeZone),
    'metrics.viewed': () => {
      const viewedAt = ctx.clock.now();
      deps.store.markViewed(viewedAt);
      ctx.events.emit({ type: 'plan.changed' });
      return { viewedAt };
    },
  };
}
