// Engagement rate for a date range, per channel, over time and per post, from the stored
// snapshots. Each post counts with its newest measured counts; the followers it is divided by
// are the channel's follower count when those counts were measured.
import {
  INTERACTIONS_FORMULA,
  interactionsOf,
  PERIOD_RATE_FORMULA,
  periodRate,
  POST_RATE_FORMULA,
  postRate,
  type ChannelEngagement,
  type EngagementReport,
  type FollowerSeries,
  type PostEngagement,
} from '../../shared/metrics';
import { addLocalDays, localStringAt, parseLocal, startOfLocalDay } from '../../shared/zoned-time';
import { say } from '../../shared/messages/owner-message';
import type { MetricsStore } from './metrics-store';
import { NO_POST_COUNTS } from './post-counts';

/** Ranges up to this many days are charted per day, longer ones per week. */
const DAILY_UP_TO_DAYS = 45;
const EXCERPT_CHARS = 120;

export class EngagementReporter {
  constructor(private readonly store: MetricsStore) {}

  followers(range: { from: number; to: number }, channelId?: string): FollowerSeries[] {
    const snapshots = this.store.snapshots(range, channelId);
    return this.store
      .channels()
      .filter((c) => (channelId ? c.id === channelId : snapshots.some((s) => s.channelId === c.id)))
      .map((c) => ({
        channelId: c.id,
        channelName: c.displayName,
        network: c.network,
        points: snapshots
          .filter((s) => s.channelId === c.id)
          .map((s) => ({ at: s.takenAt, followers: s.followers! })),
      }));
  }

  engagement(range: { from: number; to: number }, timeZone: string): EngagementReport {
    const posts = this.posts(range);
    const buckets = bucketsOf(range, timeZone);
    const channels: ChannelEngagement[] = this.store
      .channels()
      .filter((c) => posts.some((p) => p.channelId === c.id))
      .map((c) => {
        const own = posts.filter((p) => p.channelId === c.id);
        const total = this.periodOf(own);
        const rate = NO_POST_COUNTS[c.network]
          ? { value: null, formula: PERIOD_RATE_FORMULA, missing: NO_POST_COUNTS[c.network] }
          : periodRate(total);
        return {
          channelId: c.id,
          channelName: c.displayName,
          network: c.network,
          posts: total.posts,
          interactions: total.interactions,
          followers: total.followers,
          rate,
          bucket: buckets.unit,
          overTime: buckets.starts.map((from, i) => {
            const to = buckets.starts[i + 1] ?? range.to;
            const inBucket = own.filter((p) => p.publishedAt >= from && p.publishedAt < to);
            return { from, rate: periodRate(this.periodOf(inBucket)).value };
          }),
        };
      });
    return {
      formulas: { period: PERIOD_RATE_FORMULA, post: POST_RATE_FORMULA, interactions: INTERACTIONS_FORMULA },
      channels,
      posts,
    };
  }

  /** The range's posts with a rate, best first; ties go to the newer post. */
  best(range: { from: number; to: number }, limit: number): PostEngagement[] {
    return this.posts(range)
      .filter((p) => p.rate.value !== null)
      .sort((a, b) => b.rate.value! - a.rate.value! || b.publishedAt - a.publishedAt)
      .slice(0, limit);
  }

  /** Measured posts only: a post with no counts yet would pull the average down unfairly. */
  private periodOf(posts: PostEngagement[]) {
    const measured = posts.filter((p) => p.interactions !== null);
    const newest = measured.reduce<PostEngagement | null>(
      (latest, p) => (latest === null || p.measuredAt! > latest.measuredAt! ? p : latest),
      null,
    );
    return {
      posts: measured.length,
      interactions: measured.length === 0 ? null : measured.reduce((sum, p) => sum + p.interactions!, 0),
      followers: newest ? newest.followers : null,
    };
  }

  private posts(range: { from: number; to: number }): PostEngagement[] {
    const targets = this.store.publishedBetween(range.from, range.to);
    const counts = this.store.latestCounts(targets.map((t) => t.targetId));
    const channels = new Map(this.store.channels().map((c) => [c.id, c]));
    return targets.map((t) => {
      const channel = channels.get(t.channelId)!;
      const c = counts.get(t.targetId);
      const interactions = c ? interactionsOf(c) : null;
      const followers = c ? this.store.followersAt(t.channelId, c.takenAt) : null;
      const noCounts = NO_POST_COUNTS[channel.network];
      return {
        postId: t.postId,
        targetId: t.targetId,
        channelId: t.channelId,
        channelName: channel.displayName,
        network: channel.network,
        publishedAt: t.publishedAt,
        excerpt: excerptOf(t.bodyOverride ?? t.body),
        remoteUrl: t.remoteUrl,
        likes: c?.likes ?? null,
        reposts: c?.reposts ?? null,
        replies: c?.replies ?? null,
        quotes: c?.quotes ?? null,
        views: c?.views ?? null,
        interactions,
        followers,
        measuredAt: c?.takenAt ?? null,
        rate: noCounts
          ? { value: null, formula: POST_RATE_FORMULA, missing: noCounts }
          : c
            ? postRate(interactions, followers)
            : { value: null, formula: POST_RATE_FORMULA, missing: say('figures.missing.notMeasured') },
      };
    });
  }
}

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_CHARS ? flat : `${flat.slice(0, EXCERPT_CHARS - 1)}…`;
}

/** Local midnights from the range's first day, a day or a week apart. */
function bucketsOf(range: { from: number; to: number }, timeZone: string) {
  const days = (range.to - range.from) / 86_400_000;
  const unit: 'day' | 'week' = days <= DAILY_UP_TO_DAYS ? 'day' : 'week';
  const step = unit === 'day' ? 1 : 7;
  const starts: number[] = [];
  let local = `${localStringAt(range.from, timeZone).slice(0, 10)}T00:00`;
  for (;;) {
    const parts = parseLocal(local);
    const at = startOfLocalDay(parts.year, parts.month, parts.day, timeZone);
    if (at >= range.to) break;
    starts.push(Math.max(at, range.from));
    local = addLocalDays(local, step);
  }
  return { unit, starts };
}
