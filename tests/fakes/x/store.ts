// What the fake X knows: users, posts and uploaded media, and how each is rendered with the
// fields a request asks for (user.fields, tweet.fields), as the document's schemas describe them.

export interface XUser {
  id: string;
  name: string;
  username: string;
  createdAt: number;
  description: string;
  followersCount: number;
  followingCount: number;
  listedCount: number;
}

export interface XPost {
  id: string;
  authorId: string;
  text: string;
  createdAt: number;
  mediaKeys: string[];
  inReplyToId?: string;
  conversationId: string;
  likeCount: number;
  replyCount: number;
  repostCount: number;
}

export interface XMedia {
  id: string;
  key: string;
  ownerId: string;
  category: string;
  mimeType?: string;
  declaredBytes?: number;
  segments: Map<number, Buffer>;
  /** `uploading` until FINALIZE; a simple upload starts finalized. */
  state: 'uploading' | 'pending' | 'in_progress' | 'succeeded' | 'failed';
  pollsLeft: number;
  width?: number;
  height?: number;
  altText?: string;
  expiresAt: number;
  attachedTo?: string;
}

export const MEDIA_LIFETIME_SECONDS = 24 * 60 * 60;

export class XStore {
  readonly users = new Map<string, XUser>();
  readonly posts = new Map<string, XPost>();
  readonly media = new Map<string, XMedia>();
  // X ids are snowflakes: 19-digit numbers that grow with time.
  private sequence = 1_900_000_000_000_000_000n;

  nextId(): string {
    this.sequence += 1n;
    return this.sequence.toString();
  }

  mediaSize(media: XMedia): number {
    let size = 0;
    for (const segment of media.segments.values()) size += segment.length;
    return size;
  }

  mediaBytes(media: XMedia): Buffer {
    return Buffer.concat([...media.segments.entries()].sort(([a], [b]) => a - b).map(([, data]) => data));
  }

  renderUser(user: XUser, fields: string[]): Record<string, unknown> {
    const postCount = [...this.posts.values()].filter((post) => post.authorId === user.id).length;
    const all: Record<string, unknown> = {
      created_at: new Date(user.createdAt).toISOString(),
      description: user.description,
      profile_image_url: `https://pbs.twimg.com/profile_images/${user.id}/normal.jpg`,
      protected: false,
      verified: false,
      public_metrics: {
        followers_count: user.followersCount,
        following_count: user.followingCount,
        listed_count: user.listedCount,
        // The document names the count post_count; X's live API and reference pages still say
        // tweet_count. Both are sent so a connector may read either.
        post_count: postCount,
        tweet_count: postCount,
        like_count: 0,
        media_count: 0,
      },
    };
    return { id: user.id, name: user.name, username: user.username, ...pick(all, fields) };
  }

  renderPost(post: XPost, fields: string[]): Record<string, unknown> {
    const all: Record<string, unknown> = {
      created_at: new Date(post.createdAt).toISOString(),
      conversation_id: post.conversationId,
      lang: 'en',
      public_metrics: {
        like_count: post.likeCount,
        reply_count: post.replyCount,
        repost_count: post.repostCount,
        retweet_count: post.repostCount,
        quote_count: 0,
        bookmark_count: 0,
        impression_count: 0,
      },
      ...(post.mediaKeys.length > 0 ? { attachments: { media_keys: post.mediaKeys } } : {}),
      // Live names, asked for through tweet.fields (see aliasTweetFields in openapi.ts).
      author_id: post.authorId,
      ...(post.inReplyToId ? { referenced_tweets: [{ type: 'replied_to', id: post.inReplyToId }] } : {}),
    };
    // edit_history: the document's name and the live API's, as for post_count above.
    return {
      id: post.id,
      text: post.text,
      edit_history_post_ids: [post.id],
      edit_history_tweet_ids: [post.id],
      ...pick(all, fields),
    };
  }
}

function pick(all: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(all).filter(([key]) => fields.includes(key)));
}
