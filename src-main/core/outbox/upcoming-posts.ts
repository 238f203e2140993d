// The scheduled posts due in a window with where each of their channels stands, for the
// "Will it go out?" answer (shared/preflight.ts). Replies are left out: they have no planned time.
import { sql } from 'drizzle-orm';
import type { Network, TargetState } from '../../shared/entities';
import type { UpcomingPost } from '../../shared/preflight';
import type { AppDatabase } from '../db/open-database';

const EXCERPT_LENGTH = 80;

export function upcomingPosts(db: AppDatabase, from: number, until: number): UpcomingPost[] {
  const rows = db.all<{
    postId: string;
    excerpt: string;
    scheduledAt: number;
    targetId: string;
    channelId: string;
    network: Network;
    state: TargetState;
  }>(sql`
    select p.id as postId, substr(p.body, 1, ${EXCERPT_LENGTH}) as excerpt, p.scheduled_at as scheduledAt,
           t.id as targetId, t.channel_id as channelId, c.network as network, t.state as state
    from posts p
    join post_targets t on t.post_id = p.id
    join channels c on c.id = t.channel_id
    where p.status = 'scheduled' and p.reply_to_item_id is null
      and p.scheduled_at >= ${from} and p.scheduled_at < ${until}
    order by p.scheduled_at, p.id`);
  const posts = new Map<string, UpcomingPost>();
  for (const row of rows) {
    const post = posts.get(row.postId) ?? {
      postId: row.postId,
      excerpt: row.excerpt,
      scheduledAt: row.scheduledAt,
      targets: [],
    };
    post.targets.push({ id: row.targetId, channelId: row.channelId, network: row.network, state: row.state });
    posts.set(row.postId, post);
  }
  return [...posts.values()];
}
