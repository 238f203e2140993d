import { z } from 'zod';
import { Id, Instant, Network } from './entities';

/** A channel whose sign-in ends (or was refused) before some of its scheduled posts are due. */
export const ChannelAtRisk = z.object({
  channelId: Id,
  network: Network,
  handle: z.string(),
  /** The moment the owner must have reconnected by: the sign-in's end, or now when it has failed. */
  reconnectBy: Instant,
  /** The posts that would find the sign-in ended, soonest first. */
  posts: z.array(z.object({ postId: Id, scheduledAt: Instant })),
});
export type ChannelAtRisk = z.infer<typeof ChannelAtRisk>;
