// Duplicate: a new draft with the post's words, per-network variants, images and campaign. Never
// its delivery state: no schedule, no remote ids, no attempts, no hand-off; every target pending.
import { randomUUID } from 'node:crypto';
import type { Post } from '../../shared/entities';
import { say } from '../../shared/messages/owner-message';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { media, posts, postTargets } from '../db/schema';
import type { ActivityStore } from '../store/activity-store';
import type { PostStore } from '../store/post-store';

export interface DuplicateDeps {
  db: AppDatabase;
  clock: Clock;
  posts: PostStore;
  activity: ActivityStore;
}

export function duplicatePost(deps: DuplicateDeps, sourceId: string): Post {
  const source = deps.posts.get(sourceId);
  const id = randomUUID();
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    tx.insert(posts)
      .values({
        id,
        body: source.body,
        kind: source.kind,
        campaignId: source.campaignId,
        status: 'draft',
        createdAt: now,
        updatedAt: now,
      })
      .run();
    for (const target of source.targets) {
      tx.insert(postTargets)
        .values({
          id: randomUUID(),
          postId: id,
          channelId: target.channelId,
          bodyOverride: target.bodyOverride,
          state: 'pending',
          updatedAt: now,
        })
        .run();
    }
    // Images are stored once by content, so the copy names the same files.
    for (const image of source.media) {
      tx.insert(media)
        .values({ ...image, id: randomUUID(), postId: id, createdAt: now })
        .run();
    }
    deps.activity.append({
      kind: 'post.duplicated',
      postId: id,
      message: say('batch.activity.duplicated'),
      detail: { from: sourceId },
    });
  });
  return deps.posts.get(id);
}
