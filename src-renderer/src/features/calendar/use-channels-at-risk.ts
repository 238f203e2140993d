// The channels whose sign-in ends (or was refused) before some of their scheduled posts are due,
// as the core works them out, and those posts' ids for the chips' marks.
import { useMemo } from 'react';
import type { ChannelAtRisk } from '@shared/posts-at-risk';
import { useCoreQuery } from '../../lib/use-core-query';

const REFRESH_ON = ['channels.changed', 'post.changed', 'post.deleted'] as const;
const NONE: readonly ChannelAtRisk[] = [];
const NO_POSTS: ReadonlySet<string> = new Set();

export function useChannelsAtRisk(): { risks: readonly ChannelAtRisk[]; postIds: ReadonlySet<string> } {
  const { data } = useCoreQuery('channels.atRisk', undefined, { refreshOn: REFRESH_ON });
  const risks = data ?? NONE;
  // The same empty set while nothing is at risk, as most of the time: the calendar regroups its
  // posts, and redraws its grids, only when a post's mark changes.
  const postIds = useMemo(
    () =>
      risks.length === 0 ? NO_POSTS : new Set(risks.flatMap((risk) => risk.posts.map((post) => post.postId))),
    [risks],
  );
  return { risks, postIds };
}
