// A post as the window holds it, for tests that need one without a core behind it.
import type { Post, PostTarget } from '../../src-main/shared/entities';

export function targetFixture(channelId: string, over: Partial<PostTarget> = {}): PostTarget {
  return {
    id: `t-${channelId}`,
    channelId,
    bodyOverride: null,
    state: 'scheduled',
    remoteUrl: null,
    lastError: null,
    lastErrorKey: null,
    handOff: false,
    ...over,
  };
}

export function postFixture(targets: PostTarget[], over: Partial<Post> = {}): Post {
  return {
    id: 'p1',
    body: 'Rye at nine',
    status: 'scheduled',
    kind: 'organic',
    scheduledAt: 0,
    scheduledTimeZone: 'UTC',
    scheduledLocal: '1970-01-01T00:00',
    campaignId: null,
    replyToItemId: null,
    createdAt: 0,
    updatedAt: 0,
    media: [],
    targets,
    ...over,
  } as Post;
}
