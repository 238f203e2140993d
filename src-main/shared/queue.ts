// Posting slots and the queue (issue 12 §1): shapes shared by the core and the renderer.
import { z } from 'zod';
import { Id, Instant, type Network } from './entities';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const Weekday = z.number().int().min(1).max(7);
export type Weekday = z.infer<typeof Weekday>;

export const SlotTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'input.slotTime');

/** One weekly slot: a wall-clock time on a weekday, read in the business time zone. */
export const WeeklySlot = z.object({ weekday: Weekday, time: SlotTime }).strict();
export type WeeklySlot = z.infer<typeof WeeklySlot>;

/** A channel's queue as the Queue view shows it: its slots, whether it is paused, what is queued. */
export const QueueEntry = z.object({
  postId: Id,
  excerpt: z.string(),
  scheduledAt: Instant,
  evergreen: z.boolean(),
  /** A recycled copy of an evergreen post. */
  recycled: z.boolean(),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

export const ChannelQueue = z.object({
  channelId: Id,
  paused: z.boolean(),
  slots: z.array(WeeklySlot),
  /** The network's suggested slots, for a channel whose owner has not set any yet. */
  suggested: z.array(WeeklySlot),
  entries: z.array(QueueEntry),
});
export type ChannelQueue = z.infer<typeof ChannelQueue>;

/** An empty slot, drawn as a gap on the calendar (never counted as a post). */
export const EmptySlot = z.object({ channelId: Id, at: Instant });
export type EmptySlot = z.infer<typeof EmptySlot>;

export const POST_WARNING_KINDS = ['sameHour', 'duplicateText'] as const;
export const PostWarning = z.object({
  kind: z.enum(POST_WARNING_KINDS),
  channelId: Id,
  otherPostId: Id,
  otherAt: Instant,
});
export type PostWarning = z.infer<typeof PostWarning>;

/**
 * Networks that refuse a post whose text repeats a recent one: X ("duplicate content", 403 /
 * code 187) and LinkedIn (422 "duplicate"). Bluesky, Mastodon, Telegram, Discord and the Meta
 * networks accept identical text, so they get no warning.
 */
export const REJECTS_DUPLICATES: readonly Network[] = ['x', 'linkedin'];

/** How far either side of a post identical text counts as a repeat on those networks. */
export const DUPLICATE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

const weekdays = (days: Weekday[], times: string[]): WeeklySlot[] =>
  days.flatMap((weekday) => times.map((time) => ({ weekday, time })));

const WORKDAYS: Weekday[] = [1, 2, 3, 4, 5];
const EVERY_DAY: Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/**
 * Suggested weekly slots per network, from the common advice for small businesses (mornings and
 * early evenings; professional networks on workdays only). The owner edits them freely; Cadence's
 * own best-time learning may replace them later.
 */
export const SUGGESTED_SLOTS: Record<Network, WeeklySlot[]> = {
  bluesky: weekdays(EVERY_DAY, ['09:00', '18:00']),
  mastodon: weekdays(EVERY_DAY, ['09:00', '18:00']),
  x: weekdays(EVERY_DAY, ['09:00', '12:00', '18:00']),
  threads: weekdays(EVERY_DAY, ['09:00', '18:00']),
  telegram: weekdays(EVERY_DAY, ['09:00']),
  discord: weekdays(EVERY_DAY, ['18:00']),
  webhook: weekdays(WORKDAYS, ['09:00']),
  facebook: weekdays(EVERY_DAY, ['09:00', '18:00']),
  instagram: weekdays(EVERY_DAY, ['12:00', '18:00']),
  linkedin: weekdays(WORKDAYS, ['09:00']),
  // Remind me presets are mostly visual feeds (TikTok, Instagram, Pinterest): midday and evening.
  reminder: weekdays(EVERY_DAY, ['12:00', '18:00']),
};

export function compareSlots(a: WeeklySlot, b: WeeklySlot): number {
  return a.weekday - b.weekday || a.time.localeCompare(b.time);
}
