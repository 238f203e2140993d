// Mastodon's scheduled statuses: a post handed off is made with scheduled_at and the target's
// Idempotency-Key (Mastodon answers a repeat with the scheduled status it already made, and
// keeps the key in the scheduled status's params), found again by that key after a crash, and
// checked and cancelled by its id. The server publishes it at its time with the laptop closed.
import { z } from 'zod';
import { say } from '../../../shared/messages/owner-message';
import { ChannelLimits } from '../../../shared/text-rules';
import { fitImagesFor } from '../media/fit-image';
import type { Account, ConnectorContext, HandOff, OutgoingPost } from '../connector';
import { ConnectorError } from '../connector-error';
import type { MastodonApi } from './mastodon-api';
import { uploadImage, type MediaWait } from './mastodon-media';
import { apiFor } from './mastodon-sign-in';

/** The most scheduled statuses one page lists (Mastodon's limit), and all an account may hold. */
const PAGE_SIZE = 40;
const MAX_HELD = 300;

const ScheduledStatus = z.object({
  id: z.string().min(1),
  scheduled_at: z.string(),
  params: z.object({ idempotency: z.string().nullish() }),
});

/** The limits the server reported about itself, kept in the channel's settings at connect time. */
export function limitsOf(account: Pick<Account, 'settings'>): ChannelLimits | null {
  const parsed = ChannelLimits.safeParse(account.settings.limits);
  return parsed.success ? parsed.data : null;
}

/** The body of a new status, its images uploaded first: the same for "now" and for later. */
export async function statusBody(
  api: MastodonApi,
  account: Pick<Account, 'settings'>,
  post: OutgoingPost,
  mediaWait: MediaWait,
): Promise<Record<string, unknown>> {
  const mediaIds: string[] = [];
  // Fitted to the limit the server reported at connect time (media-rules.ts for the default).
  const images = await fitImagesFor('mastodon', post.images, limitsOf(account));
  for (const image of images) mediaIds.push(await uploadImage(api, image, mediaWait));
  return {
    status: post.text,
    ...(mediaIds.length > 0 ? { media_ids: mediaIds } : {}),
    ...(post.replyTo ? { in_reply_to_id: post.replyTo.parent.id, visibility: post.replyTo.visibility } : {}),
  };
}

export function mastodonHandOff(ctx: ConnectorContext, mediaWait: MediaWait): HandOff {
  /** The scheduled status by its id; 'gone' on a 404, which is how Mastodon says it holds none. */
  const byId = async (account: Account, id: string, method: 'GET' | 'DELETE'): Promise<'found' | 'gone'> => {
    try {
      await apiFor(ctx, account).call(`/api/v1/scheduled_statuses/${encodeURIComponent(id)}`, {
        method,
        during: method === 'GET' ? 'read' : 'publish',
      });
      return 'found';
    } catch (error) {
      if (error instanceof ConnectorError && error.details.httpStatus === 404) return 'gone';
      throw error;
    }
  };

  return {
    async schedule(account, post, at) {
      const api = apiFor(ctx, account);
      const reply = await api.call('/api/v1/statuses', {
        method: 'POST',
        json: {
          ...(await statusBody(api, account, post, mediaWait)),
          scheduled_at: new Date(at).toISOString(),
        },
        headers: { 'Idempotency-Key': post.idempotencyKey },
        during: 'publish',
      });
      const held = ScheduledStatus.safeParse(reply.body);
      // Taken, but without its id Cadence could neither confirm nor cancel it: look it up first.
      if (!held.success) throw new ConnectorError('unknown', say('connectors.mastodon.unreadableHandOff'));
      return { handOffId: held.data.id };
    },

    async find(account, post) {
      const api = apiFor(ctx, account);
      let maxId: string | null = null;
      for (let seen = 0; seen < MAX_HELD; seen += PAGE_SIZE) {
        const query: string = maxId === null ? '' : `&max_id=${encodeURIComponent(maxId)}`;
        const reply = await api.call(`/api/v1/scheduled_statuses?limit=${PAGE_SIZE}${query}`, {
          during: 'read',
        });
        const page = z.array(ScheduledStatus).safeParse(reply.body);
        if (!page.success) throw new ConnectorError('server', say('connectors.mastodon.oddVerifyAnswer'));
        const match = page.data.find((held) => held.params.idempotency === post.idempotencyKey);
        if (match) return match.id;
        if (page.data.length < PAGE_SIZE) return null;
        maxId = page.data[page.data.length - 1]!.id;
      }
      return null;
    },

    check: async (account, id) => ((await byId(account, id, 'GET')) === 'found' ? 'held' : 'gone'),

    cancel: async (account, id) => ((await byId(account, id, 'DELETE')) === 'found' ? 'cancelled' : 'gone'),
  };
}
