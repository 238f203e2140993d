// Mastodon and compatible servers: sign in with an access token (pasted or from OAuth), the
// server's own limits, images with alt text, and statuses sent with an Idempotency-Key so a
// retry within the hour returns the status the first attempt made instead of a second one.
import type { MastodonTokenConnect } from '../../../shared/connect-inputs';
import { validatePostForNetwork } from '../../../shared/text-rules';
import type { Account, Connector, ConnectorContext, OutgoingPost } from '../connector';
import { say } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';
import { limitsOf, mastodonHandOff, statusBody } from './mastodon-hand-off';
import { DEFAULT_MEDIA_WAIT, type MediaWait } from './mastodon-media';
import { apiFor, domainOf, readProfile, signInWithToken } from './mastodon-sign-in';
import { PostedStatus, verifyStatus } from './mastodon-verify';

export interface MastodonConnectorOptions {
  /** How long to wait for uploads Mastodon is still processing. */
  mediaWait?: MediaWait;
}

export function mastodonConnector(
  ctx: ConnectorContext,
  options: MastodonConnectorOptions = {},
): Connector<MastodonTokenConnect> {
  const mediaWait = options.mediaWait ?? DEFAULT_MEDIA_WAIT;
  const profileOf = (account: Account) => readProfile(apiFor(ctx, account), domainOf(account), 'read');

  return {
    network: 'mastodon',

    limitsOf,

    validate: (post, limits) =>
      validatePostForNetwork('mastodon', { text: post.text, images: post.images.map(imageFacts) }, limits),

    connect: (input) => signInWithToken(ctx, input.instanceUrl, { accessToken: input.accessToken }),

    test: profileOf,

    profile: profileOf,

    async publish(account, post) {
      const api = apiFor(ctx, account);
      const reply = await api.call('/api/v1/statuses', {
        method: 'POST',
        json: await statusBody(api, account, post, mediaWait),
        // The same key on every attempt: Mastodon answers a repeat with the status it already made.
        headers: { 'Idempotency-Key': post.idempotencyKey },
        during: 'publish',
      });
      const status = PostedStatus.safeParse(reply.body);
      if (!status.success) {
        // It was accepted, but without an id Cadence cannot link it: check before anything else.
        throw new ConnectorError('unknown', say('connectors.mastodon.unreadableAnswer'));
      }
      return { remoteId: status.data.id, remoteUrl: status.data.url ?? null };
    },

    handOff: mastodonHandOff(ctx, mediaWait),

    async verify(account, post, remoteId) {
      const api = apiFor(ctx, account);
      const accountId = account.remoteAccountId ?? (await profileOf(account)).remoteAccountId!;
      return verifyStatus(api, accountId, post, remoteId, ctx.clock.now());
    },
  };
}

function imageFacts(image: OutgoingPost['images'][number]) {
  return {
    byteSize: image.bytes.byteLength,
    altText: image.altText,
    mimeType: image.mimeType,
    video: image.video,
  };
}
