// Posting slots and the queue (issue 12 §1), and evergreen posts recycled into it (§2).
import { z } from 'zod';
import { Id, Instant, LIMITS, Post } from '../entities';
import { ChannelQueue, EmptySlot, PostWarning, WeeklySlot } from '../queue';

/** Every quarter hour of a week is far more than any owner posts; the cap only keeps input small. */
export const MAX_SLOTS_PER_WEEK = 7 * 24;

const ByChannel = z.object({ channelId: Id }).strict();

export const queueContract = {
  /** The channel's slots (or the network's suggestion while it has none), pause and queued posts. */
  'queue.get': { input: ByChannel, output: ChannelQueue },
  'queue.setSlots': {
    input: z
      .object({
        channelId: Id,
        slots: z.array(WeeklySlot).max(MAX_SLOTS_PER_WEEK, 'input.tooManySlots'),
      })
      .strict(),
    output: ChannelQueue,
  },
  /** Paused: the channel's queued posts stay in their slots and are not sent until resumed. */
  'queue.setPaused': {
    input: z.object({ channelId: Id, paused: z.boolean() }).strict(),
    output: ChannelQueue,
  },
  /** Puts the post in the earliest free slot its channels share (see core/queue/queue-service.ts). */
  'queue.add': { input: z.object({ postId: Id }).strict(), output: Post },
  /** Moves a queued post to another place in the channel's queue; the slot times stay, the posts move. */
  'queue.move': {
    input: z.object({ channelId: Id, postId: Id, toIndex: z.number().int().min(0).max(10_000) }).strict(),
    output: ChannelQueue,
  },
  'queue.shuffle': { input: ByChannel, output: ChannelQueue },
  /** Free slots of running queues in [from, to), for the calendar's gaps. */
  'queue.emptySlots': {
    input: z
      .object({ from: Instant, to: Instant })
      .strict()
      .refine((r) => r.to > r.from && r.to - r.from <= LIMITS.calendarRangeMs, {
        message: 'input.calendarRange',
      }),
    output: z.array(EmptySlot),
  },
  /** Same-hour and repeated-text warnings for a scheduled post; empty for a draft. */
  'queue.warnings': { input: z.object({ postId: Id }).strict(), output: z.array(PostWarning) },
  'queue.setEvergreen': {
    input: z
      .object({
        postId: Id,
        evergreen: z.boolean(),
        gapDays: z.number().int().min(1).max(365).optional(),
        until: Instant.nullable().optional(),
      })
      .strict(),
    output: Post,
  },
} as const;
