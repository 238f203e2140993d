// Find, repeat, undo (issue 12 §6): search, duplicate, bulk actions and Undo.
import type { batchContract } from '../../shared/contract/batch';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import { applyBulk } from '../batch/bulk-actions';
import { duplicatePost } from '../batch/duplicate-post';
import { PostSearch } from '../batch/post-search';
import { applyUndo } from '../batch/undo-action';
import type { AppDatabase } from '../db/open-database';
import type { CampaignStore } from '../marketing/campaign-store';
import { NO_BACKGROUND_WORK, type ContractHandlers, type CoreContext, type DomainModule } from './types';

export interface BatchDeps {
  db: AppDatabase;
  campaigns: CampaignStore;
  /** Tells the publishing timer that due times moved or posts came back. */
  wakeOutbox(): void;
}

const SEARCH_PAGE = 50;

export function batchDomain(ctx: CoreContext, deps: BatchDeps): DomainModule<typeof batchContract> {
  return { ...NO_BACKGROUND_WORK, handlers: batchHandlers(ctx, deps) };
}

function batchHandlers(ctx: CoreContext, deps: BatchDeps): ContractHandlers<typeof batchContract> {
  const search = new PostSearch(deps.db);
  const stores = { db: deps.db, clock: ctx.clock, posts: ctx.posts, activity: ctx.activity, undo: ctx.undo };
  return {
    'posts.search': ({ limit, offset, ...filters }) =>
      search.search(filters, { limit: limit ?? SEARCH_PAGE, offset: offset ?? 0 }),
    'posts.duplicate': ({ id }) => {
      const post = duplicatePost(stores, id);
      ctx.events.emit({ type: 'post.changed', postId: post.id });
      return post;
    },
    'posts.bulk': ({ postIds, action }) => {
      const outcome = applyBulk({ ...stores, campaigns: deps.campaigns }, postIds, action);
      for (const postId of outcome.changed) {
        ctx.events.emit(
          action.kind === 'delete' ? { type: 'post.deleted', postId } : { type: 'post.changed', postId },
        );
      }
      if (outcome.changed.length > 0) deps.wakeOutbox();
      return outcome;
    },
    'undo.apply': ({ undoId }) => {
      const { expired, ...outcome } = applyUndo(stores, undoId);
      if (expired) throw new AppError('NOT_FOUND', say('batch.undo.expired'));
      for (const postId of outcome.restored) ctx.events.emit({ type: 'post.changed', postId });
      if (outcome.restored.length > 0) deps.wakeOutbox();
      return outcome;
    },
  };
}
