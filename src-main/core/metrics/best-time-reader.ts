// Reads the channel's own published posts and the interactions each drew at its newest
// measurement into the best-time model. Posts never measured, or on networks that give no counts,
// are left out rather than counted as zero: a missing number is not a flop.
import type { ChannelBestTime } from '../../shared/best-times';
import { interactionsOf } from '../../shared/metrics';
import { bestTimes, type PostSample } from './best-time';
import type { MetricsStore } from './metrics-store';

/** How far back the model looks: half a year, so an old habit of the audience fades out. */
export const BEST_TIME_HISTORY_MS = 182 * 86_400_000;

export function channelBestTimes(
  store: MetricsStore,
  channelIds: readonly string[],
  now: number,
  timeZone: string,
): ChannelBestTime[] {
  const wanted = new Set(channelIds);
  // Unknown ids (a channel removed meanwhile) get no answer rather than an error: the picker
  // only shows hints for what exists.
  return store
    .channels()
    .filter((channel) => wanted.has(channel.id))
    .map((channel) => ({
      channelId: channel.id,
      channelName: channel.displayName,
      network: channel.network,
      times: bestTimes(samplesOf(store, channel.id, now), channel.network, timeZone),
    }));
}

function samplesOf(store: MetricsStore, channelId: string, now: number): PostSample[] {
  const published = store.publishedSince(channelId, now - BEST_TIME_HISTORY_MS);
  const counts = store.latestCounts(published.map((p) => p.targetId));
  const samples: PostSample[] = [];
  for (const post of published) {
    const measured = counts.get(post.targetId);
    const interactions = measured ? interactionsOf(measured) : null;
    if (interactions !== null) samples.push({ publishedAt: post.publishedAt, interactions });
  }
  return samples;
}
