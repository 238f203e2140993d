// Posts, their schedule, their images and their activity log.
import { z } from 'zod';
import {
  ActivityEntry,
  Id,
  Instant,
  LIMITS,
  LocalDate,
  LocalDateTime,
  MEDIA_TYPES,
  MediaItem,
  Post,
  PostKind,
  PostSummary,
  TimeCheck,
  TimeZoneName,
} from '../entities';
import { ById, Deleted, PostVariants, Text } from './common';

const Choice = z.enum(['earlier', 'later']);

/** A calendar window: a start before its end, at most LIMITS.calendarRangeMs long. */
const CalendarWindow = <T extends { from: number; to: number }>(schema: z.ZodType<T>) =>
  schema.refine((r) => r.to > r.from && r.to - r.from <= LIMITS.calendarRangeMs, {
    message: 'input.calendarRange',
  });

/** Chips a month cell can show; the rest of its day is only counted. */
export const MONTH_CHIPS_PER_DAY_MAX = 10;

export const postsContract = {
  'posts.create': {
    input: z
      .object({
        body: Text(LIMITS.body).optional(),
        channelIds: z.array(Id).max(LIMITS.channelsPerPost).optional(),
        kind: PostKind.optional(),
      })
      .strict(),
    output: Post,
  },
  'posts.update': {
    input: z
      .object({
        id: Id,
        body: Text(LIMITS.body).optional(),
        channelIds: z.array(Id).max(LIMITS.channelsPerPost).optional(),
        /** Hand it to each network's own scheduler where the network has one (shared/hand-off.ts). */
        handOff: z.boolean().optional(),
        variants: PostVariants.optional(),
        kind: PostKind.optional(),
      })
      .strict(),
    output: Post,
  },
  'posts.get': { input: ById, output: Post },
  /** undoId undoes the delete with undo.apply (contract/batch.ts) while Cadence runs. */
  'posts.delete': { input: ById, output: Deleted.extend({ undoId: Id.nullable() }) },
  'posts.listDrafts': {
    input: z
      .object({ limit: z.number().int().min(1).max(500).optional() })
      .strict()
      .optional(),
    output: z.array(PostSummary),
  },
  'posts.schedule': {
    input: z
      .object({ id: Id, local: LocalDateTime, timeZone: TimeZoneName, choice: Choice.optional() })
      .strict(),
    /** undoId puts the post back where it was, with undo.apply (contract/batch.ts). */
    output: Post.extend({ undoId: Id.nullable() }),
  },
  'posts.unschedule': { input: ById, output: Post },

  'calendar.range': {
    input: CalendarWindow(z.object({ from: Instant, to: Instant }).strict()),
    output: z.array(PostSummary),
  },
  /**
   * The month view's posts: on each day (in `timeZone`) only the first `perDay` by time, since a
   * month cell shows no more, and how many each day has in all, for its "+N more". A busy month
   * no longer sends the renderer a thousand posts to draw a hundred.
   */
  'calendar.month': {
    input: CalendarWindow(
      z
        .object({
          from: Instant,
          to: Instant,
          timeZone: TimeZoneName,
          perDay: z.number().int().min(1).max(MONTH_CHIPS_PER_DAY_MAX),
        })
        .strict(),
    ),
    output: z.object({
      posts: z.array(PostSummary),
      dayTotals: z.record(LocalDate, z.number().int().nonnegative()),
    }),
  },
  'time.check': {
    input: z.object({ local: LocalDateTime, timeZone: TimeZoneName }).strict(),
    output: TimeCheck,
  },

  'media.add': {
    input: z
      .object({
        postId: Id,
        fileName: Text(LIMITS.fileName).min(1),
        mimeType: z.enum(MEDIA_TYPES),
        dataBase64: z
          .string()
          .max(Math.ceil(LIMITS.mediaBytes / 3) * 4, 'Images can be at most 20 MB')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Image data must be base64'),
        altText: Text(LIMITS.altText).optional(),
      })
      .strict(),
    output: MediaItem,
  },
  'media.update': {
    input: z.object({ id: Id, altText: Text(LIMITS.altText) }).strict(),
    output: MediaItem,
  },
  'media.remove': { input: ById, output: Deleted },

  'activity.list': {
    input: z.object({ postId: Id, before: Instant.optional() }).strict(),
    output: z.array(ActivityEntry),
  },
} as const;
