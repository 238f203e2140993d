// A post as the calendar and search read it (PostSummary), scheduled unless told otherwise: the
// one fixture the renderer tests build their posts from.
import type { PostSummary } from '@shared/entities';

export function postSummary(overrides: Partial<PostSummary> & Pick<PostSummary, 'id'>): PostSummary {
  return {
    excerpt: `Post ${overrides.id}`,
    status: 'scheduled',
    kind: 'organic',
    scheduledAt: null,
    scheduledLocal: null,
    scheduledTimeZone: null,
    updatedAt: 0,
    channelIds: [],
    mediaCount: 0,
    handedOff: false,
    ...overrides,
  };
}
