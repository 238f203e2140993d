// After a lost answer to threads_publish: did the post reach Threads? Threads has no idempotency
// key, so Cadence reads the profile's posts since the first attempt (GET /{user-id}/threads,
// developers.facebook.com/docs/threads/retrieve-and-discover-posts/retrieve-posts) and looks for
// this one: same words, same kind (text, photo, carousel), made after the first attempt. Replies
// are not in that list, and a token that may not read the posts cannot tell: the owner is asked.
import { z } from 'zod';
import { say } from '../../../shared/messages/owner-message';
import type { OutgoingPost, Verification } from '../connector';
import { ConnectorError } from '../connector-error';
import type { ThreadsApi } from './threads-api';
import { ThreadsRefusal } from './threads-errors';

/** Room for Threads' clock differing from this machine's (and its whole-second timestamps). */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Posts read at most; a small business posts far fewer in the time a check covers. */
const PAGE_SIZE = 100;

const Page = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      text: z.string().optional(),
      timestamp: z.string().optional(),
      media_type: z.string().optional(),
      permalink: z.string().optional(),
    }),
  ),
});
type ListedPost = z.infer<typeof Page>['data'][number];

export type ThreadsVerdict = Verification | { status: 'read-forbidden'; refusal: ThreadsRefusal };

export async function findOnProfile(
  api: ThreadsApi,
  userId: string,
  post: OutgoingPost,
): Promise<ThreadsVerdict> {
  const since = post.firstAttemptAt - CLOCK_SKEW_MS;
  let json: unknown;
  try {
    const answer = await api.call({
      path: `/${userId}/threads`,
      params: {
        fields: 'id,text,timestamp,media_type,permalink',
        since: String(Math.floor(since / 1000)),
        limit: String(PAGE_SIZE),
      },
      during: 'verify',
    });
    json = answer.json;
  } catch (error) {
    if (error instanceof ThreadsRefusal && error.permissionMissing)
      return { status: 'read-forbidden', refusal: error };
    throw error;
  }
  const page = Page.safeParse(json);
  if (!page.success) {
    // The question stays open; the outbox asks again later instead of guessing.
    throw new ConnectorError('server', say('connectors.threads.oddVerifyAnswer'));
  }
  const match = page.data.data.find((found) => isThePost(found, post, since));
  if (match) return { status: 'published', remoteId: match.id, remoteUrl: match.permalink ?? null };
  if (page.data.data.length < PAGE_SIZE) return { status: 'absent' };
  return {
    status: 'cannot-tell',
    reason: say('connectors.threads.cannotTell.tooManyToCheck'),
  };
}

function isThePost(found: ListedPost, post: OutgoingPost, since: number): boolean {
  if (found.timestamp && timestampOf(found.timestamp) < since) return false;
  if (found.media_type !== undefined && found.media_type !== mediaTypeOf(post.images.length)) return false;
  return comparable(found.text ?? '') === comparable(post.text);
}

function mediaTypeOf(images: number): string {
  if (images === 0) return 'TEXT_POST';
  return images === 1 ? 'IMAGE' : 'CAROUSEL_ALBUM';
}

/** Threads writes "2026-03-01T10:00:00+0000"; Date.parse wants the offset with a colon. */
function timestampOf(value: string): number {
  return Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
