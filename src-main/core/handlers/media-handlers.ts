import type { CoreContext, HandlerMap } from './types';

export function mediaHandlers(ctx: CoreContext): HandlerMap<'media.add' | 'media.update' | 'media.remove'> {
  const changed = (postId: string) => ctx.events.emit({ type: 'post.changed', postId });
  return {
    'media.add': (input) => {
      ctx.posts.get(input.postId);
      const item = ctx.media.add(input);
      changed(item.postId);
      return item;
    },
    'media.update': ({ id, altText }) => {
      const item = ctx.media.setAltText(id, altText);
      changed(item.postId);
      return item;
    },
    'media.remove': ({ id }) => {
      const item = ctx.media.remove(id);
      changed(item.postId);
      return { id };
    },
  };
}
