import type { CoreContext, HandlerMap } from './types';

export function settingsHandlers(
  ctx: CoreContext,
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
    'channels.remove': ({ id }) => {
      ctx.channels.remove(id);
      ctx.events.emit({ type: 'channels.changed' });
      return { id };
    },
  };
}
