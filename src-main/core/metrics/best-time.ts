// Best time to post, learned on the device: an hour-of-week model of one channel's own published
// posts and the interactions each drew. Pure, so the composer's hint and (later) the queue's
// default slots read the same answer. Until enough posts are in, it answers with the network's
// usual busy hour, labelled as such, never passing a guess off as learned.
import type { Network } from '../../shared/entities';
import { localAt } from '../../shared/zoned-time';

export interface PostSample {
  /** When it went out (UTC ms). */
  publishedAt: number;
  /** Likes, reposts, replies and quotes at the latest reading. */
  interactions: number;
}

/** An hour of the week on the business's clock: ISO weekday (Monday = 1) and hour (0-23). */
export interface WeekHour {
  weekday: number;
  hour: number;
}

export type BestTime =
  | (WeekHour & {
      source: 'learned';
      /** Mean interactions per post in that hour, with a 95% interval around it. */
      mean: number;
      low: number;
      high: number;
      samples: number;
    })
  | (WeekHour & { source: 'networkDefault'; postsSoFar: number; postsNeeded: number });

/** Posts a channel needs in all before its own history is trusted over the network's habit. */
export const MIN_POSTS = 12;
/** Posts an hour needs before it can be called the best one: one lucky post proves nothing. */
export const MIN_PER_HOUR = 3;

/**
 * Widely reported busy hours per network, used until a channel's own history speaks. They are a
 * starting point, and shown as "network default", not as anything learned.
 */
export const NETWORK_DEFAULTS: Record<Network, WeekHour> = {
  bluesky: { weekday: 2, hour: 18 },
  mastodon: { weekday: 2, hour: 17 },
  telegram: { weekday: 3, hour: 19 },
  discord: { weekday: 5, hour: 20 },
  webhook: { weekday: 3, hour: 10 },
  x: { weekday: 3, hour: 9 },
  facebook: { weekday: 3, hour: 11 },
  instagram: { weekday: 3, hour: 11 },
  threads: { weekday: 2, hour: 18 },
  linkedin: { weekday: 2, hour: 10 },
  // Remind me presets are mostly visual feeds, whose reported busy hour is like Instagram's.
  reminder: { weekday: 3, hour: 11 },
};

/** The hour of the week whose posts drew the most interactions on average, or the network's default. */
export function bestTime(samples: readonly PostSample[], network: Network, timeZone: string): BestTime {
  if (samples.length < MIN_POSTS) {
    return {
      source: 'networkDefault',
      ...NETWORK_DEFAULTS[network],
      postsSoFar: samples.length,
      postsNeeded: MIN_POSTS,
    };
  }
  const buckets = new Map<string, { at: WeekHour; values: number[] }>();
  for (const sample of samples) {
    const at = weekHourOf(sample.publishedAt, timeZone);
    const key = `${at.weekday}-${at.hour}`;
    const bucket = buckets.get(key) ?? { at, values: [] };
    bucket.values.push(sample.interactions);
    buckets.set(key, bucket);
  }
  let best: Extract<BestTime, { source: 'learned' }> | null = null;
  for (const { at, values } of buckets.values()) {
    if (values.length < MIN_PER_HOUR) continue;
    const { mean, margin } = meanWithMargin(values);
    // Ties go to the hour known better, then the earlier one, so the answer never flickers.
    const better =
      !best ||
      mean > best.mean ||
      (mean === best.mean && values.length > best.samples) ||
      (mean === best.mean && values.length === best.samples && order(at) < order(best));
    if (better)
      best = {
        source: 'learned',
        ...at,
        mean,
        low: Math.max(0, mean - margin),
        high: mean + margin,
        samples: values.length,
      };
  }
  return (
    best ?? {
      source: 'networkDefault',
      ...NETWORK_DEFAULTS[network],
      postsSoFar: samples.length,
      postsNeeded: MIN_POSTS,
    }
  );
}

function weekHourOf(utc: number, timeZone: string): WeekHour {
  const local = localAt(utc, timeZone);
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay();
  return { weekday: ((day + 6) % 7) + 1, hour: local.hour };
}

function order(at: WeekHour): number {
  return at.weekday * 24 + at.hour;
}

/** The mean and the half-width of its 95% interval (normal approximation, sample deviation). */
function meanWithMargin(values: readonly number[]): { mean: number; margin: number } {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, margin: (1.96 * Math.sqrt(variance)) / Math.sqrt(values.length) };
}
