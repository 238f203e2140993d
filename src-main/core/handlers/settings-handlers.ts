import type { ChannelConnections } from '../connectors/channel-connections';
import type { CoreContext, HandlerMap } from './types';

export function settingsHandlers(
  ctx: CoreContext,
  connections: ChannelConnections,
): HandlerMap<'profile.get' | 'profile.update' | 'channels.list' | 'channels.add' | 'channels.remove'> {
  return {
    'profile.get': () => ctx.profile.get(),
    'profile.update': (changes) => {
      const profile = ctx.profile.update(changes);
      ctx.events.emit({ type: 'profile.changed' });
      return profile;
    },
    'channels.list': () => ctx.channels.list(),
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
