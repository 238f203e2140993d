import type { ChannelConnections } from '../connectors/channel-connections';
import { postsAtRisk, scheduledOnChannels } from '../connectors/posts-at-risk';
import type { CoreContext, HandlerMap } from './types';

/** The latest instant a post can be scheduled at, so the at-risk query reads every scheduled post. */
const END_OF_TIME = 8_640_000_000_000_000;

export function settingsHandlers(
  ctx: CoreContext,
  connections: ChannelConnections,
): HandlerMap<
  'profile.get' | 'profile.update' | 'channels.list' | 'channels.atRisk' | 'channels.add' | 'channels.remove'
> {
  return {
    'profile.get': () => ctx.profile.get(),
    'profile.update': (changes) => {
      const profile = ctx.profile.update(changes);
      ctx.events.emit({ type: 'profile.changed' });
      return profile;
    },
    'channels.list': () => ctx.channels.list(),
    'channels.atRisk': () => {
      const now = ctx.clock.now();
      const scheduled = scheduledOnChannels(ctx.posts.range(0, END_OF_TIME));
      return postsAtRisk(ctx.channels.list(), scheduled, now);
    },
    'channels.add': (input) => {
      const channel = ctx.channels.add(input);
      ctx.events.emit({ type: 'channels.changed' });
      return channel;
    },
    'channels.remove': async ({ id }) => {
      const postIds = ctx.channels.remove(id);
      await connections.forget(id);
      ctx.events.emit({ type: 'channels.changed' });
      for (const postId of postIds) ctx.events.emit({ type: 'post.changed', postId });
      if (postIds.length > 0) ctx.events.emit({ type: 'outbox.changed' });
      return { id };
    },
  };
}
