// Followers and engagement, measured from the connected channels.
import { z } from 'zod';
import { BestTimesInput, ChannelBestTime } from '../best-times';
import { Id, Instant } from '../entities';
import {
  BestPostsInput,
  EngagementReport,
  FollowerSeries,
  FollowersInput,
  MetricsRange,
  PostEngagement,
  SnapshotResult,
} from '../metrics';
import { NoInput } from './common';

export const metricsContract = {
  /** Measures every connected channel (or one) now: followers and the last 30 days' post counts. */
  'metrics.snapshot': {
    input: z.object({ channelId: Id.optional() }).strict().optional(),
    output: SnapshotResult,
  },
  /** Follower counts over the range, per channel that was measured in it (or the one asked for). */
  'metrics.followers': {
    input: FollowersInput,
    output: z.array(FollowerSeries),
  },
  /** Engagement rate per channel (over the range and over time) and per post, with the formulas. */
  'metrics.engagement': { input: MetricsRange, output: EngagementReport },
  'metrics.bestPosts': {
    input: BestPostsInput,
    output: z.array(PostEngagement),
  },
  /**
   * Per channel the hour of the week its posts do best, learned from its own history or the
   * network's usual hour (labelled) until there is enough; unknown channel ids get no answer.
   */
  'metrics.bestTimes': { input: BestTimesInput, output: z.array(ChannelBestTime) },
  /** The owner looked at followers and engagement: the plan's monthly "look at the numbers" counts it. */
  'metrics.viewed': { input: NoInput, output: z.object({ viewedAt: Instant }) },
} as const;
