// After a lost answer: did the post reach LinkedIn? LinkedIn has no idempotency key, so Cadence
// reads the author's recent posts (GET /rest/posts?q=author, learn.microsoft.com/linkedin/
// marketing/community-management/shares/posts-api) and looks for this one: same words once
// read back from little text, same number of photos, made after the first attempt. Where the
// sign-in may not read them (403), only the owner can say.
import { z } from 'zod';
import { fromLittleText } from '../../../shared/text-rules/linkedin-little-text';
import type { OutgoingPost, Verification } from '../connector';
import { ConnectorError } from '../connector-error';
import { say } from '../../../shared/messages/owner-message';
import type { LinkedInApi } from './linkedin-api';
import { postUrl } from './linkedin-endpoints';
import { LinkedInRefusal } from './linkedin-errors';

/** Room for LinkedIn's clock differing from this machine's. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Posts read at most; a small business posts far fewer in the time a check covers. */
const PAGE_SIZE = 50;

const Page = z.object({
  elements: z.array(
    z.object({
      id: z.string(),
      commentary: z.string().optional(),
      createdAt: z.number().optional(),
      content: z
        .object({
          media: z.object({ id: z.string() }).optional(),
          multiImage: z.object({ images: z.array(z.unknown()) }).optional(),
        })
        .optional(),
    }),
  ),
});
type Listed = z.infer<typeof Page>['elements'][number];

export type LinkedInVerdict = Verification | { status: 'read-forbidden'; refusal: LinkedInRefusal };

export async function findAmongPosts(
  api: LinkedInApi,
  author: string,
  post: OutgoingPost,
): Promise<LinkedInVerdict> {
  let json: unknown;
  try {
    const answer = await api.call({
      path: '/rest/posts',
      query: { author, q: 'author', count: String(PAGE_SIZE) },
      during: 'verify',
    });
    json = answer.json;
  } catch (error) {
    if (error instanceof LinkedInRefusal && error.forbidden)
      return { status: 'read-forbidden', refusal: error };
    throw error;
  }
  const page = Page.safeParse(json);
  if (!page.success) {
    // The question stays open; the outbox asks again later instead of guessing.
    throw new ConnectorError('server', say('connectors.linkedin.oddVerifyAnswer'));
  }
  const since = post.firstAttemptAt - CLOCK_SKEW_MS;
  const match = page.data.elements.find((found) => isThePost(found, post, since));
  if (match) return { status: 'published', remoteId: match.id, remoteUrl: postUrl(match.id) };
  if (page.data.elements.length < PAGE_SIZE) return { status: 'absent' };
  return {
    status: 'cannot-tell',
    reason: say('connectors.linkedin.cannotTell.tooManyToCheck'),
  };
}

function isThePost(found: Listed, post: OutgoingPost, since: number): boolean {
  if (found.createdAt !== undefined && found.createdAt < since) return false;
  const photos = found.content?.multiImage?.images.length ?? (found.content?.media ? 1 : 0);
  if (photos !== post.images.length) return false;
  return comparable(fromLittleText(found.commentary ?? '')) === comparable(post.text);
}

function comparable(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
