// Find, repeat, undo (issue 12 §6): search over all posts, duplicate a post, act on several posts
// at once, and undo what a delete, a reschedule or a bulk action did.
import { z } from 'zod';
import { Id, Instant, LocalDate, Post, PostStatus, PostSummary, TimeZoneName } from '../entities';
import { SaidText } from '../messages/owner-message';
import { ById, Text } from './common';

/** A bulk action takes at most this many posts: more than a screen of selection holds. */
export const BULK_MAX_POSTS = 500;
export const SEARCH_TEXT_MAX = 200;
export const SEARCH_PAGE_MAX = 100;

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'input.localTime');

export const BulkAction = z.discriminatedUnion('kind', [
  /** To this day in the zone, each at its own time of day, or all at `time` (drafts need one). */
  z
    .object({ kind: z.literal('move'), date: LocalDate, time: LocalTime.optional(), timeZone: TimeZoneName })
    .strict(),
  /** Later or earlier by whole days and minutes of wall-clock time: 09:00 stays 09:00 across DST. */
  z
    .object({
      kind: z.literal('shift'),
      days: z.number().int().min(-366).max(366),
      minutes: z.number().int().min(-1439).max(1439),
    })
    .strict()
    .refine((shift) => shift.days !== 0 || shift.minutes !== 0, { message: 'input.shiftNothing' }),
  z.object({ kind: z.literal('campaign'), campaignId: Id.nullable() }).strict(),
  z.object({ kind: z.literal('delete') }).strict(),
]);
export type BulkAction = z.infer<typeof BulkAction>;

/** A post an action left as it was, and why, in the owner's words. */
export const SkippedPost = z.object({ postId: Id, reason: SaidText });
export type SkippedPost = z.infer<typeof SkippedPost>;

export const BulkOutcome = z.object({
  changed: z.array(Id),
  skipped: z.array(SkippedPost),
  /** Undoes the changed posts with undo.apply, while Cadence runs; null when nothing changed. */
  undoId: Id.nullable(),
});
export type BulkOutcome = z.infer<typeof BulkOutcome>;

export const UndoOutcome = z.object({ restored: z.array(Id), skipped: z.array(SkippedPost) });
export type UndoOutcome = z.infer<typeof UndoOutcome>;

export const SearchQuery = z
  .object({
    text: Text(SEARCH_TEXT_MAX).optional(),
    channelId: Id.optional(),
    status: PostStatus.optional(),
    campaignId: Id.optional(),
    /** Scheduled in [from, to); a date range leaves out drafts, which have none. */
    from: Instant.optional(),
    to: Instant.optional(),
    limit: z.number().int().min(1).max(SEARCH_PAGE_MAX).optional(),
    offset: z.number().int().min(0).max(100_000).optional(),
  })
  .strict();
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchPage = z.object({ posts: z.array(PostSummary), nextOffset: z.number().int().nullable() });
export type SearchPage = z.infer<typeof SearchPage>;

export const batchContract = {
  'posts.search': { input: SearchQuery, output: SearchPage },
  /** A new draft with the same words, variants, images and campaign; never the delivery state. */
  'posts.duplicate': { input: ById, output: Post },
  'posts.bulk': {
    input: z.object({ postIds: z.array(Id).min(1).max(BULK_MAX_POSTS), action: BulkAction }).strict(),
    output: BulkOutcome,
  },
  'undo.apply': { input: z.object({ undoId: Id }).strict(), output: UndoOutcome },
} as const;
