// After a lost answer: did the post reach X? X has no idempotency key, so Cadence reads the
// account's posts since the first attempt (GET /2/users/{id}/tweets) and looks for this one:
// same words, same number of photos, same post answered. When the app's API tier may not read
// posts (403 client-forbidden, as on the Free plan), only the owner can say.
import twitterText from 'twitter-text';
import { z } from 'zod';
import type { OutgoingPost, Verification } from '../connector';
import { ConnectorError } from '../connector-error';
import { say } from '../../../shared/messages/owner-message';
import type { XApi } from './x-api';
import { postUrl } from './x-endpoints';
import { XRefusal } from './x-errors';

/** Room for X's clock differing from this machine's. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Pages of 100 posts read at most; a small business posts far fewer in the time a check covers. */
const MAX_PAGES = 5;

const TimelinePage = z.object({
  data: z
    .array(
      z.object({
        id: z.string(),
        text: z.string(),
        created_at: z.string().optional(),
        attachments: z.object({ media_keys: z.array(z.string()).optional() }).optional(),
        referenced_tweets: z.array(z.object({ type: z.string(), id: z.string() })).optional(),
      }),
    )
    .optional(),
  meta: z.object({ next_token: z.string().optional() }).optional(),
});
type TimelinePost = NonNullable<z.infer<typeof TimelinePage>['data']>[number];

export type TimelineVerdict = Verification | { status: 'read-forbidden'; refusal: XRefusal };

export async function findOnTimeline(
  api: XApi,
  userId: string,
  handle: string,
  post: OutgoingPost,
): Promise<TimelineVerdict> {
  const since = new Date(post.firstAttemptAt - CLOCK_SKEW_MS);
  since.setUTCMilliseconds(0);
  let pageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query = new URLSearchParams({
      max_results: '100',
      start_time: since.toISOString().replace('.000Z', 'Z'),
      'tweet.fields': 'created_at,attachments,referenced_tweets',
    });
    if (pageToken) query.set('pagination_token', pageToken);
    let json: unknown;
    try {
      json = (
        await api.call({ path: `/2/users/${encodeURIComponent(userId)}/tweets?${query}`, during: 'verify' })
      ).json;
    } catch (error) {
      if (error instanceof XRefusal && error.kind === 'permission') {
        return { status: 'read-forbidden', refusal: error };
      }
      throw error;
    }
    const parsed = TimelinePage.safeParse(json);
    if (!parsed.success) {
      // The question stays open; the outbox asks again later instead of guessing.
      throw new ConnectorError('server', say('connectors.x.oddVerifyAnswer'));
    }
    const match = (parsed.data.data ?? []).find((found) => isThePost(found, post, since.getTime()));
    if (match) return { status: 'published', remoteId: match.id, remoteUrl: postUrl(handle, match.id) };
    pageToken = parsed.data.meta?.next_token;
    if (!pageToken) return { status: 'absent' };
  }
  return {
    status: 'cannot-tell',
    reason: say('connectors.x.cannotTell.tooManyToCheck', { handle }),
  };
}

function isThePost(found: TimelinePost, post: OutgoingPost, since: number): boolean {
  if (found.created_at && Date.parse(found.created_at) < since) return false;
  if ((found.attachments?.media_keys?.length ?? 0) !== post.images.length) return false;
  const answered = found.referenced_tweets?.find((ref) => ref.type === 'replied_to')?.id;
  if (answered !== post.replyTo?.parent.id) return false;
  const wanted = comparable(post.text);
  // X starts a reply's text with the @names of those it answers; the owner did not write them.
  const texts = post.replyTo ? [found.text, found.text.replace(/^(@\w+\s+)+/, '')] : [found.text];
  return texts.some((text) => comparable(text) === wanted);
}

/**
 * Text reduced to what survives X: it shortens every link (and adds one for the photos) to
 * t.co and escapes &, < and > as entities, so links are left out and entities decoded.
 */
export function comparable(text: string): string {
  const decoded = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  let withoutLinks = '';
  let from = 0;
  for (const { indices } of twitterText.extractUrlsWithIndices(decoded)) {
    withoutLinks += `${decoded.slice(from, indices[0])} `;
    from = indices[1];
  }
  withoutLinks += decoded.slice(from);
  return withoutLinks.normalize('NFC').replace(/\s+/g, ' ').trim();
}
