// A Bluesky reply names its parent and its thread's root by strong reference (URI and content
// hash). The inbox hands both over; a reference without its hash is looked up in the AppView.
import type { AtpAgent } from '@atproto/api';
import type { RemoteRef, ReplyTo } from '../connector';
import { say } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';

export interface StrongRef {
  uri: string;
  cid: string;
}

export async function replyRefs(
  agent: AtpAgent,
  replyTo: ReplyTo,
): Promise<{ root: StrongRef; parent: StrongRef }> {
  const unknown = [replyTo.parent, replyTo.root].filter((ref) => !ref.cid).map((ref) => ref.id);
  const cids = new Map<string, string>();
  if (unknown.length > 0) {
    const found = await agent.app.bsky.feed.getPosts({ uris: [...new Set(unknown)] });
    for (const post of found.data.posts) cids.set(post.uri, post.cid);
  }
  const strong = (ref: RemoteRef): StrongRef => {
    const cid = ref.cid ?? cids.get(ref.id);
    if (!cid) {
      throw new ConnectorError('rejected', say('connectors.bluesky.replyParentGone'));
    }
    return { uri: ref.id, cid };
  };
  return { root: strong(replyTo.root), parent: strong(replyTo.parent) };
}
