// Recurring posts (core/series/series-store.ts): starting a repeat, editing and deleting one
// occurrence, it and the following, or all; and growing every series ahead of time.
import type { seriesContract } from '../../shared/contract/series';
import { say } from '../../shared/messages/owner-message';
import type { SeriesStore } from '../series/series-store';
import type { PostsOutbox } from './posts-handlers';
import type { ContractHandlers, CoreContext, DomainModule } from './types';

export function seriesDomain(
  ctx: CoreContext,
  store: SeriesStore,
  outbox: PostsOutbox,
): DomainModule<typeof seriesContract> {
  let unsubscribe = () => {};
  let growing = false;
  // The horizon rolls forward at start and each time an occurrence goes out, rather than on a
  // timer of its own: a series only needs a new post once one of its posts has been used up.
  const growAfter = (postId: string) => {
    const seriesId = store.publishedSeriesOf(postId);
    if (!seriesId || growing) return;
    growing = true;
    try {
      announce(ctx, store.grow(seriesId));
    } finally {
      growing = false;
    }
  };
  return {
    handlers: seriesHandlers(ctx, store, outbox),
    start: () => {
      announce(ctx, store.growAll());
      unsubscribe = ctx.events.subscribe((event) => {
        if (event.type === 'post.changed') growAfter(event.postId);
      });
    },
    stop: async () => unsubscribe(),
    whenIdle: async () => {},
  };
}

function announce(ctx: CoreContext, made: string[]): void {
  for (const id of made) ctx.events.emit({ type: 'post.changed', postId: id });
}

function seriesHandlers(
  ctx: CoreContext,
  store: SeriesStore,
  { wakeOutbox, takeBack }: PostsOutbox,
): ContractHandlers<typeof seriesContract> {
  /** Takes each post back from a network's scheduler, deletes them at once, then frees their images. */
  const deleteAll = async (ids: string[], remove: () => string[]) => {
    for (const id of ids) await takeBack(id);
    const images = ids.flatMap((id) => ctx.media.hashesOf(id));
    const deleted = remove();
    ctx.media.removeUnused(images);
    for (const id of deleted) ctx.events.emit({ type: 'post.deleted', postId: id });
    return deleted;
  };

  return {
    'series.repeat': async ({ postId, rule, end }) => {
      const post = ctx.posts.get(postId);
      const following = post.seriesId ? store.postsInScope(postId, 'following').slice(1) : [];
      for (const id of following) await takeBack(id);
      const images = following.flatMap((id) => ctx.media.hashesOf(id));
      const { seriesId, replaced } = store.start(post, rule, end);
      ctx.media.removeUnused(images);
      for (const id of replaced) ctx.events.emit({ type: 'post.deleted', postId: id });
      ctx.activity.append({
        kind: 'post.repeats',
        postId,
        message: say('series.activity.started', {
          local: post.scheduledLocal!.replace('T', ' '),
          timeZone: post.scheduledTimeZone!,
        }),
        detail: { seriesId, rule, end },
      });
      ctx.events.emit({ type: 'post.changed', postId });
      announce(ctx, store.grow(seriesId));
      wakeOutbox('scheduled');
      return ctx.posts.get(postId);
    },
    'series.get': ({ id }) => store.get(id),
    'series.update': async ({ postId, scope, ...changes }) => {
      ctx.channels.assertExist([...(changes.channelIds ?? []), ...Object.keys(changes.variants ?? {})]);
      const ids = scope === 'this' ? [postId] : store.postsInScope(postId, scope);
      for (const id of ids) await takeBack(id);
      for (const id of ids) {
        ctx.posts.update(id, changes);
        if (id !== postId) {
          ctx.activity.append({
            kind: 'post.editedWithSeries',
            postId: id,
            message: say(scope === 'all' ? 'series.activity.editedAll' : 'series.activity.editedFollowing'),
          });
        }
        ctx.events.emit({ type: 'post.changed', postId: id });
      }
      const post = ctx.posts.get(postId);
      if (scope !== 'this') store.adoptTemplate(post);
      wakeOutbox('scheduled');
      return post;
    },
    'series.delete': async ({ postId, scope }) => {
      if (scope === 'this') {
        const ids = await deleteAll([postId], () => {
          ctx.posts.delete(postId);
          return [postId];
        });
        return { ids };
      }
      const ids = await deleteAll(store.postsInScope(postId, scope), () => store.end(postId, scope));
      wakeOutbox('scheduled');
      return { ids };
    },
  };
}
