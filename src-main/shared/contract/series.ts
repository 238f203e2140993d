// Recurring posts: start a repeat from a scheduled post, edit or delete this one, this and the
// following, or all of a series' posts still to come.
import { z } from 'zod';
import { Id, LIMITS, Post, PostKind } from '../entities';
import { RepeatRule, Series, SeriesEnd, SeriesScope } from '../recurrence';
import { ById, PostVariants, Text } from './common';

export const seriesContract = {
  /** Repeats a scheduled post from its date and time; on a post of a series, from it onwards. */
  'series.repeat': {
    input: z.object({ postId: Id, rule: RepeatRule, end: SeriesEnd }).strict(),
    output: Post,
  },
  'series.get': { input: ById, output: Series },
  'series.update': {
    input: z
      .object({
        postId: Id,
        scope: SeriesScope,
        body: Text(LIMITS.body).optional(),
        channelIds: z.array(Id).max(LIMITS.channelsPerPost).optional(),
        variants: PostVariants.optional(),
        kind: PostKind.optional(),
      })
      .strict(),
    output: Post,
  },
  /** Published posts are never deleted; 'following' and 'all' also stop the series growing. */
  'series.delete': {
    input: z.object({ postId: Id, scope: SeriesScope }).strict(),
    output: z.object({ ids: z.array(Id) }),
  },
} as const;
