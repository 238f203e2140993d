// Management metrics: follower counts and engagement rate, as the core reports them and the
// Insights screen shows them. The engagement formulas live here, pure, so the numbers and the
// words that explain them can never drift apart.
import { z } from 'zod';
import { CalendarInstant } from './calendar-instant';
import { Id, Instant, Network } from './entities';
import { say, SaidText, ShownWords } from './messages/owner-message';

/** The longest range one metrics request may cover. */
export const METRICS_MAX_RANGE_MS = 400 * 86_400_000;

const sensibleRange = (r: { from: number; to: number }) =>
  r.to > r.from && r.to - r.from <= METRICS_MAX_RANGE_MS;
const RANGE_PROBLEM = { message: 'input.dateRange' };

/** [from, to) in UTC milliseconds. */
export const MetricsRange = z
  .object({ from: CalendarInstant, to: CalendarInstant })
  .strict()
  .refine(sensibleRange, RANGE_PROBLEM);
export const FollowersInput = z
  .object({ channelId: Id.optional(), from: CalendarInstant, to: CalendarInstant })
  .strict()
  .refine(sensibleRange, RANGE_PROBLEM);
export const BestPostsInput = z
  .object({ limit: z.number().int().min(1).max(100), from: CalendarInstant, to: CalendarInstant })
  .strict()
  .refine(sensibleRange, RANGE_PROBLEM);

const Count = z.number().int().nonnegative().nullable();

/** A rate with the formula it came from; null with the reason when it cannot be computed. */
export const Rate = z.object({
  value: z.number().nullable(),
  formula: SaidText,
  /** The formula with this rate's own numbers in it, when there is a value. */
  worked: z.string().optional(),
  missing: SaidText.optional(),
});
export type Rate = z.infer<typeof Rate>;

export const FollowerSeries = z.object({
  channelId: Id,
  channelName: z.string(),
  network: Network,
  points: z.array(z.object({ at: Instant, followers: z.number().int().nonnegative() })),
});
export type FollowerSeries = z.infer<typeof FollowerSeries>;

export const PostEngagement = z.object({
  postId: Id,
  targetId: Id,
  channelId: Id,
  channelName: z.string(),
  network: Network,
  publishedAt: Instant,
  excerpt: z.string(),
  remoteUrl: z.string().nullable(),
  likes: Count,
  reposts: Count,
  replies: Count,
  quotes: Count,
  views: Count,
  interactions: Count,
  followers: Count,
  measuredAt: Instant.nullable(),
  rate: Rate,
});
export type PostEngagement = z.infer<typeof PostEngagement>;

export const ChannelEngagement = z.object({
  channelId: Id,
  channelName: z.string(),
  network: Network,
  posts: z.number().int().nonnegative(),
  interactions: Count,
  followers: Count,
  rate: Rate,
  /** The rate for each day (or week, for long ranges) of the range, by its start. */
  overTime: z.array(z.object({ from: Instant, rate: z.number().nullable() })),
  bucket: z.enum(['day', 'week']),
});
export type ChannelEngagement = z.infer<typeof ChannelEngagement>;

export const EngagementReport = z.object({
  formulas: z.object({ period: SaidText, post: SaidText, interactions: SaidText }),
  channels: z.array(ChannelEngagement),
  posts: z.array(PostEngagement),
});
export type EngagementReport = z.infer<typeof EngagementReport>;

export const SnapshotResult = z.object({
  takenAt: Instant,
  channels: z.array(
    z.object({
      channelId: Id,
      channelName: z.string(),
      followers: Count,
      posts: z.number().int().nonnegative(),
      /** Why the channel was not measured: keyed when Cadence wrote it, else the network's words. */
      error: ShownWords.nullable(),
    }),
  ),
});
export type SnapshotResult = z.infer<typeof SnapshotResult>;

export const INTERACTIONS_FORMULA = say('figures.formula.interactions');
export const POST_RATE_FORMULA = say('figures.formula.postRate');
export const PERIOD_RATE_FORMULA = say('figures.formula.periodRate');

export interface PostCounts {
  likes: number | null;
  reposts: number | null;
  replies: number | null;
  quotes: number | null;
}

/** The sum of the counts the network gave; null when it gave none of them. */
export function interactionsOf(counts: PostCounts): number | null {
  const known = [counts.likes, counts.reposts, counts.replies, counts.quotes].filter(
    (n): n is number => n !== null,
  );
  return known.length === 0 ? null : known.reduce((sum, n) => sum + n, 0);
}

export function postRate(interactions: number | null, followers: number | null): Rate {
  const formula = POST_RATE_FORMULA;
  if (interactions === null)
    return { value: null, formula, missing: say('figures.missing.noInteractionCounts') };
  if (followers === null) return { value: null, formula, missing: say('figures.missing.noFollowerCount') };
  if (followers === 0) return { value: null, formula, missing: say('figures.missing.zeroFollowers') };
  const value = interactions / followers;
  return { value, formula, worked: `${interactions} ÷ ${followers} = ${percent(value)}` };
}

export function periodRate(input: {
  interactions: number | null;
  followers: number | null;
  posts: number;
}): Rate {
  const formula = PERIOD_RATE_FORMULA;
  const { interactions, followers, posts } = input;
  if (posts === 0) return { value: null, formula, missing: say('figures.missing.noPosts') };
  if (interactions === null)
    return { value: null, formula, missing: say('figures.missing.noInteractionCounts') };
  if (followers === null) return { value: null, formula, missing: say('figures.missing.noFollowerCount') };
  if (followers === 0) return { value: null, formula, missing: say('figures.missing.zeroFollowers') };
  const value = interactions / followers / posts;
  return { value, formula, worked: `${interactions} ÷ ${followers} ÷ ${posts} = ${percent(value)}` };
}

/** A rate as a percentage with up to two decimals, in a fixed (English) form for formula text. */
export function percent(value: number): string {
  return `${(Math.round(value * 10_000) / 100).toString()}%`;
}
