// A Facebook Page's inbox: the comments people leave on the Page's newest posts
// (GET /{post-id}/comments, developers.facebook.com/docs/graph-api/reference/object/comments),
// answers among them (filter=stream lists them with their parent). The Page's own comments
// are Cadence's answers and are left out. An answer goes to the thread's first comment, since
// Facebook keeps threads one level deep.
import { z } from 'zod';
import type { ConnectorContext } from '../../connectors/connector';
import { graphTime } from '../../connectors/meta-graph/find-recent';
import type { InboxSource, IncomingItem } from '../inbox-source';
import { COMMENTS_PER_POST, metaCommentsSync, RECENT_POSTS, type ReadComments } from './meta-comments';

const Feed = z.object({
  data: z.array(
    z.object({ id: z.string(), created_time: z.string().optional(), permalink_url: z.string().optional() }),
  ),
});
const Comments = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      message: z.string().optional(),
      created_time: z.string().optional(),
      from: z.object({ id: z.string(), name: z.string().optional() }).optional(),
      parent: z.object({ id: z.string() }).optional(),
    }),
  ),
});

export function facebookInboxSource(ctx: ConnectorContext): InboxSource {
  return { network: 'facebook', fetchSince: metaCommentsSync(ctx, 'facebook', readPageComments) };
}

const readPageComments: ReadComments = async (sessions, account, since) => {
  const api = sessions.pageApi(account);
  const { pageId } = sessions.stored(account);
  const feed = await api.call(
    {
      path: `/${encodeURIComponent(pageId)}/feed`,
      params: { fields: 'id,created_time,permalink_url', limit: RECENT_POSTS },
      during: 'read',
      objectId: pageId,
    },
    Feed,
  );
  const items: IncomingItem[] = [];
  for (const post of feed.data) {
    const comments = await api.call(
      {
        path: `/${encodeURIComponent(post.id)}/comments`,
        params: {
          fields: 'id,message,created_time,from,parent',
          filter: 'stream',
          since: Math.floor(since / 1000),
          limit: COMMENTS_PER_POST,
        },
        during: 'read',
        objectId: pageId,
      },
      Comments,
    );
    for (const comment of comments.data) {
      const at = graphTime(comment.created_time);
      if (at === null || at < since || comment.from?.id === pageId) continue;
      const name = comment.from?.name ?? null;
      items.push({
        remoteId: comment.id,
        kind: 'comment',
        author: { name, handle: name ?? 'Someone on Facebook', avatarUrl: null },
        text: comment.message ?? '',
        url: post.permalink_url ?? null,
        receivedAt: at,
        parentRemoteId: comment.parent?.id ?? post.id,
        rootRemoteId: post.id,
        replyTo: { parent: { id: comment.id }, root: { id: comment.parent?.id ?? comment.id } },
      });
    }
  }
  return items;
};
