import { AppError } from '../../shared/errors';
import type { CoreContext, HandlerMap } from './types';

export function mediaHandlers(ctx: CoreContext): HandlerMap<'media.add' | 'media.update' | 'media.remove'> {
  const changed = (postId: string) => ctx.events.emit({ type: 'post.changed', postId });
  // What went out is on record as sent; its images stay as they were, like its text.
  const assertEditable = (postId: string) => {
    if (ctx.posts.get(postId).status === 'published') {
      throw new AppError('CONFLICT', 'This post is already published, so its images cannot change.');
    }
  };
  return {
    'media.add': async ({ postId, altText, ...file }) => {
      assertEditable(postId);
      const image = await ctx.media.check(file);
      // Again after reading the image: the post may have been published or deleted meanwhile.
      assertEditable(postId);
      const item = ctx.media.attach(postId, image, altText);
      changed(postId);
      return item;
    },
    'media.update': ({ id, altText }) => {
      assertEditable(ctx.media.get(id).postId);
      const item = ctx.media.setAltText(id, altText);
      changed(item.postId);
      return item;
    },
    'media.remove': ({ id }) => {
      assertEditable(ctx.media.get(id).postId);
      const item = ctx.media.remove(id);
      changed(item.postId);
      return { id };
    },
  };
}
