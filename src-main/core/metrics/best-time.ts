// Best times to post, learned on the device: an hour-of-week model of one channel's own published
// posts and the interactions each drew. Pure, so the composer's hint and the queue's slots read
// the same answer. Until enough posts are in, it answers with the network's usual busy hours,
// labelled as such, never passing a guess off as learned.
import type { Network } from '../../shared/entities';
import { BEST_TIME_COUNT } from '../../shared/best-times';
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
 * Widely reported busy hours per network, best first and on different days, used until a
 * channel's own history speaks. They are a starting point, and shown as "network default", not
 * as anything learned.
 */
export const NETWORK_DEFAULTS: Record<Network, readonly WeekHour[]> = {
  bluesky: [weekHour(2, 18), weekHour(4, 12), weekHour(6, 10)],
  mastodon: [weekHour(2, 17), weekHour(4, 12), weekHour(7, 11)],
  telegram: [weekHour(3, 19), weekHour(5, 12), weekHour(7, 20)],
  discord: [weekHour(5, 20), weekHour(6, 16), weekHour(3, 20)],
  webhook: [weekHour(3, 10), weekHour(2, 14), weekHour(4, 10)],
  x: [weekHour(3, 9), weekHour(2, 12), weekHour(5, 9)],
  facebook: [weekHour(3, 11), weekHour(4, 13), weekHour(5, 10)],
  instagram: [weekHour(3, 11), weekHour(2, 18), weekHour(5, 12)],
  threads: [weekHour(2, 18), weekHour(4, 12), weekHour(6, 10)],
  linkedin: [weekHour(2, 10), weekHour(3, 12), weekHour(4, 9)],
  // Remind me presets are mostly visual feeds, whose reported busy hours are like Instagram's.
  reminder: [weekHour(3, 11), weekHour(2, 18), weekHour(5, 12)],
};

function weekHour(weekday: number, hour: number): WeekHour {
  return { weekday, hour };
}

type Learned = Extract<BestTime, { source: 'learned' }>;

/**
 * The `count` hours of the week whose posts drew the most interactions on average, best first,
 * or the network's defaults. Hours on days not yet chosen come first: three slots on one Tuesday
 * evening would crowd one audience and leave the week empty. Only hours with enough posts of
 * their own count, so there may be fewer than `count` learned ones; they are not padded with
 * defaults, which would pass a guess off next to what was learned.
 */
export function bestTimes(
  samples: readonly PostSample[],
  network: Network,
  timeZone: string,
  count = BEST_TIME_COUNT,
): BestTime[] {
  const defaults = (): BestTime[] =>
    NETWORK_DEFAULTS[network].slice(0, count).map((hour) => ({
      source: 'networkDefault',
      ...hour,
      postsSoFar: samples.length,
      postsNeeded: MIN_POSTS,
    }));
  if (samples.length < MIN_POSTS) return defaults();
  const ranked = learnedHours(samples, timeZone).sort(byRank);
  if (ranked.length === 0) return defaults();
  const chosen: Learned[] = [];
  const days = new Set<number>();
  for (const hour of ranked) {
    if (days.has(hour.weekday)) continue;
    days.add(hour.weekday);
    chosen.push(hour);
  }
  for (const hour of ranked) if (!chosen.includes(hour)) chosen.push(hour);
  return chosen.slice(0, count);
}

/** Each hour of the week with enough posts, with its mean and 95% interval. */
function learnedHours(samples: readonly PostSample[], timeZone: string): Learned[] {
  const buckets = new Map<string, { at: WeekHour; values: number[] }>();
  for (const sample of samples) {
    const at = weekHourOf(sample.publishedAt, timeZone);
    const key = `${at.weekday}-${at.hour}`;
    const bucket = buckets.get(key) ?? { at, values: [] };
    bucket.values.push(sample.interactions);
    buckets.set(key, bucket);
  }
  return [...buckets.values()]
    .filter(({ values }) => values.length >= MIN_PER_HOUR)
    .map(({ at, values }) => {
      const { mean, margin } = meanWithMargin(values);
      return {
        source: 'learned',
        ...at,
        mean,
        low: Math.max(0, mean - margin),
        high: mean + margin,
        samples: values.length,
      };
    });
}

/** Higher mean first; ties go to the hour known better, then the earlier one, so the answer never flickers. */
function byRank(a: Learned, b: Learned): number {
  return b.mean - a.mean || b.samples - a.samples || order(a) - order(b);
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
