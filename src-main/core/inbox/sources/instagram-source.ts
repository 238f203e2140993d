// An Instagram account's inbox: the comments on its newest media (GET /{ig-media-id}/comments,
// developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/comments),
// read for media that have any. The account's own comments are Cadence's answers and are left
// out. An answer goes through the top-level comment's replies edge, the only level Instagram
// answers on.
import { z } from 'zod';
import type { ConnectorContext } from '../../connectors/connector';
import { graphTime } from '../../connectors/meta-graph/find-recent';
import type { InboxSource, IncomingItem } from '../inbox-source';
import { COMMENTS_PER_POST, metaCommentsSync, RECENT_POSTS, type ReadComments } from './meta-comments';

const Media = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      permalink: z.string().optional(),
      comments_count: z.number().int().nonnegative().optional(),
    }),
  ),
});
const Comments = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      text: z.string().optional(),
      timestamp: z.string().optional(),
      username: z.string().optional(),
      from: z.object({ id: z.string(), username: z.string().optional() }).optional(),
      parent_id: z.string().optional(),
    }),
  ),
});

export function instagramInboxSource(ctx: ConnectorContext): InboxSource {
  return { network: 'instagram', fetchSince: metaCommentsSync(ctx, 'instagram', readMediaComments) };
}

const readMediaComments: ReadComments = async (sessions, account, since) => {
  const api = sessions.pageApi(account);
  const igUserId = sessions.stored(account).igUserId ?? account.remoteAccountId ?? '';
  const media = await api.call(
    {
      path: `/${encodeURIComponent(igUserId)}/media`,
      params: { fields: 'id,permalink,comments_count', limit: RECENT_POSTS },
      during: 'read',
      objectId: igUserId,
    },
    Media,
  );
  const items: IncomingItem[] = [];
  for (const post of media.data) {
    if (post.comments_count === 0) continue;
    const comments = await api.call(
      {
        path: `/${encodeURIComponent(post.id)}/comments`,
        params: { fields: 'id,text,timestamp,username,from,parent_id', limit: COMMENTS_PER_POST },
        during: 'read',
        objectId: igUserId,
      },
      Comments,
    );
    for (const comment of comments.data) {
      const at = graphTime(comment.timestamp);
      if (at === null || at < since || comment.from?.id === igUserId) continue;
      const username = comment.username ?? comment.from?.username;
      items.push({
        remoteId: comment.id,
        kind: 'comment',
        author: { name: null, handle: username ? `@${username}` : 'Someone on Instagram', avatarUrl: null },
        text: comment.text ?? '',
        url: post.permalink ?? null,
        receivedAt: at,
        parentRemoteId: comment.parent_id ?? post.id,
        rootRemoteId: post.id,
        replyTo: { parent: { id: comment.id }, root: { id: comment.parent_id ?? comment.id } },
      });
    }
  }
  return items;
};
