// Posts and users: POST /2/tweets with its refusals, DELETE and GET of one post, GET
// /2/users/me and the owner's recent posts (GET /2/users/{id}/tweets), paginated.
import twitterText from 'twitter-text';
import type { FakeReply } from '../http-fake-kit';
import type { XMedia, XPost, XStore } from './store';
import { forbidden, invalidRequest, problem, type RouteContext, type RouteHandler } from './types';

interface CreatePostBody {
  text?: string;
  media?: { media_ids: string[] };
  reply?: { in_reply_to_tweet_id: string };
  quote_tweet_id?: string;
  poll?: unknown;
}

/** X refuses the same text from the same account again (docs.x.com: "duplicate content"). */
const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

const strings = (value: unknown): string[] => (Array.isArray(value) ? (value as string[]) : []);
/** Fields asked for under either spelling of the post-fields parameter. */
const postFields = (query: Record<string, unknown>) => [
  ...strings(query['post.fields']),
  ...strings(query['tweet.fields']),
];

export function postRoutes(store: XStore, now: () => number) {
  const notFound = (id: string, type = 'tweet') => ({
    value: id,
    detail: `Could not find ${type} with id: [${id}].`,
    title: 'Not Found Error',
    resource_type: type,
    parameter: 'id',
    resource_id: id,
    type: 'https://api.x.com/2/problems/resource-not-found',
  });

  const createPost: RouteHandler = ({ checked, token }) => {
    const body = checked.body as CreatePostBody;
    const text = body.text ?? '';
    const mediaIds = body.media?.media_ids ?? [];
    if (body.poll !== undefined || body.quote_tweet_id !== undefined) {
      return invalidRequest('The fake X does not implement polls or quotes.');
    }
    if (text.trim() === '' && mediaIds.length === 0) {
      return invalidRequest('One or more parameters to your request was invalid.', {
        errors: [{ message: 'Post text or media is required.', parameters: { text: [text] } }],
      });
    }
    if (twitterText.parseTweet(text).weightedLength > 280) {
      return forbidden('Tweet needs to be a bit shorter.');
    }
    const media = mediaIds.map((id) => store.media.get(id));
    const usable = (item: XMedia | undefined): item is XMedia =>
      !!item && item.ownerId === token.userId && item.state === 'succeeded' && item.expiresAt > now();
    if (!media.every(usable)) {
      return invalidRequest('One or more parameters to your request was invalid.', {
        errors: [{ message: 'Your media IDs are invalid.', parameters: { 'media.media_ids': mediaIds } }],
      });
    }
    const parent = body.reply ? store.posts.get(body.reply.in_reply_to_tweet_id) : undefined;
    if (body.reply && !parent) {
      return forbidden('You attempted to reply to a Tweet that is deleted or not visible to you.');
    }
    const duplicate = [...store.posts.values()].some(
      (post) =>
        post.authorId === token.userId &&
        text !== '' &&
        post.text === text &&
        post.createdAt > now() - DUPLICATE_WINDOW_MS,
    );
    if (duplicate) return forbidden('You are not allowed to create a Tweet with duplicate content.');
    const id = store.nextId();
    const post: XPost = {
      id,
      authorId: token.userId,
      text,
      createdAt: now(),
      mediaKeys: media.map((item) => item.key),
      inReplyToId: parent?.id,
      conversationId: parent?.conversationId ?? id,
      likeCount: 0,
      replyCount: 0,
      repostCount: 0,
    };
    store.posts.set(id, post);
    for (const item of media) item.attachedTo = id;
    if (parent) parent.replyCount += 1;
    return { status: 201, json: { data: { id, text, edit_history_tweet_ids: [id] } } };
  };

  const deletePost: RouteHandler = ({ checked, token }) => {
    const post = store.posts.get(checked.pathParams.id ?? '');
    if (!post) return problem(404, notFound(checked.pathParams.id ?? ''));
    if (post.authorId !== token.userId) return forbidden('You are not authorized to delete this Tweet.');
    store.posts.delete(post.id);
    return { status: 200, json: { data: { deleted: true } } };
  };

  const getPost: RouteHandler = ({ checked }) => {
    const id = checked.pathParams.id ?? '';
    const post = store.posts.get(id);
    // A missing post is a partial error: 200 with `errors` (docs.x.com "Partial errors").
    if (!post) return { status: 200, json: { errors: [notFound(id)] } };
    return { status: 200, json: { data: store.renderPost(post, postFields(checked.query)) } };
  };

  const me: RouteHandler = ({ checked, token }) => {
    const user = store.users.get(token.userId);
    if (!user) return problem(404, notFound(token.userId, 'user'));
    return { status: 200, json: { data: store.renderUser(user, strings(checked.query['user.fields'])) } };
  };

  const userPosts: RouteHandler = (context) => userTimeline(store, context);

  return { createPost, deletePost, getPost, me, userPosts };
}

function userTimeline(store: XStore, { checked }: RouteContext): FakeReply {
  const userId = checked.pathParams.id ?? '';
  if (!store.users.has(userId)) {
    return {
      status: 200,
      json: {
        errors: [
          {
            value: userId,
            detail: `Could not find user with id: [${userId}].`,
            title: 'Not Found Error',
            resource_type: 'user',
            parameter: 'id',
            resource_id: userId,
            type: 'https://api.x.com/2/problems/resource-not-found',
          },
        ],
      },
    };
  }
  const query = checked.query as {
    max_results?: number;
    pagination_token?: string;
    since_id?: string;
    until_id?: string;
    start_time?: string;
    end_time?: string;
    exclude?: string[];
  };
  const pageSize = query.max_results ?? 10;
  const startTime = query.start_time ? Date.parse(query.start_time) : -Infinity;
  const endTime = query.end_time ? Date.parse(query.end_time) : Infinity;
  const newestFirst = [...store.posts.values()]
    .filter((post) => post.authorId === userId)
    .filter((post) => !query.since_id || BigInt(post.id) > BigInt(query.since_id))
    .filter((post) => !query.until_id || BigInt(post.id) < BigInt(query.until_id))
    // start_time is inclusive and end_time exclusive (docs.x.com/x-api/users/get-posts).
    .filter((post) => post.createdAt >= startTime && post.createdAt < endTime)
    .filter((post) => !(query.exclude ?? []).includes('replies') || !post.inReplyToId)
    .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
  const start = query.pagination_token ? Number.parseInt(query.pagination_token, 36) : 0;
  const page = newestFirst.slice(start, start + pageSize);
  const fields = postFields(checked.query);
  const meta: Record<string, unknown> = { result_count: page.length };
  if (page.length > 0) {
    meta.newest_id = page[0]?.id;
    meta.oldest_id = page.at(-1)?.id;
  }
  if (start + pageSize < newestFirst.length) meta.next_token = (start + pageSize).toString(36);
  const data = page.map((post) => store.renderPost(post, fields));
  return { status: 200, json: page.length > 0 ? { data, meta } : { meta } };
}
