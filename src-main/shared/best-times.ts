// Best times to post per channel, as the core answers them and the composer and the Queue view
// show them: a few hours of the week on the business clock, learned from the channel's own posts
// or, until there are enough, the network's usual busy hours, labelled as such.
import { z } from 'zod';
import { Id, Network } from './entities';

/** How many hours of the week the model answers per channel: the queue's slots, the hint's "also". */
export const BEST_TIME_COUNT = 3;

/** More channels than any owner connects; the cap only keeps the input small. */
export const BEST_TIMES_MAX_CHANNELS = 50;

export const BestTimesInput = z
  .object({ channelIds: z.array(Id).min(1).max(BEST_TIMES_MAX_CHANNELS) })
  .strict();

const WeekHourFields = {
  /** ISO weekday, Monday = 1. */
  weekday: z.number().int().min(1).max(7),
  hour: z.number().int().min(0).max(23),
};

export const BestTimeAnswer = z.discriminatedUnion('source', [
  z.object({
    ...WeekHourFields,
    source: z.literal('learned'),
    /** Mean interactions per post in that hour, with its 95% interval. */
    mean: z.number().nonnegative(),
    low: z.number().nonnegative(),
    high: z.number().nonnegative(),
    samples: z.number().int().positive(),
  }),
  z.object({
    ...WeekHourFields,
    source: z.literal('networkDefault'),
    postsSoFar: z.number().int().nonnegative(),
    postsNeeded: z.number().int().positive(),
  }),
]);
export type BestTimeAnswer = z.infer<typeof BestTimeAnswer>;

export const ChannelBestTime = z.object({
  channelId: Id,
  channelName: z.string(),
  network: Network,
  /** Best first, preferring different days; learned ones may be fewer than BEST_TIME_COUNT. */
  times: z.array(BestTimeAnswer).min(1).max(BEST_TIME_COUNT),
});
export type ChannelBestTime = z.infer<typeof ChannelBestTime>;
