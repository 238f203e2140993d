// X, through the owner's own developer app: sign-in with OAuth 2.0 and PKCE, two-hour access
// tokens renewed with rotating refresh tokens, posts (with photos and replies) through
// POST /2/tweets, and after a lost answer a look at the account's recent posts where the API
// tier allows it; otherwise the owner is asked, as for Telegram.
import { fitImagesFor } from '../media/fit-image';
import { z } from 'zod';
import type { Account, Connector, ConnectorContext, OutgoingPost, Published } from '../connector';
import { beforeThePost, ConnectorError } from '../connector-error';
import { say } from '../../../shared/messages/owner-message';
import { validateOutgoing } from '../validate-post';
import type { XApi } from './x-api';
import { postUrl, xEndpoints } from './x-endpoints';
import { DEFAULT_MEDIA_WAIT, uploadImage, type MediaWait } from './x-media';
import { readProfile, xSignIn } from './x-sign-in';
import { XSessions } from './x-session';
import { UsageRecorder } from './x-usage';
import { findOnTimeline } from './x-verify';

export interface XConnectorOptions {
  /** How long to wait for photos X is still processing. */
  mediaWait?: MediaWait;
}

const Created = z.object({ data: z.object({ id: z.string().min(1) }) });

export function xConnector(ctx: ConnectorContext, options: XConnectorOptions = {}): Connector {
  const endpoints = xEndpoints(ctx);
  const sessions = new XSessions(ctx, endpoints);
  const mediaWait = options.mediaWait ?? DEFAULT_MEDIA_WAIT;
  const profileOf = (account: Account) => sessions.withApi(account, (api) => readProfile(api, 'read'));

  return {
    network: 'x',
    ownApp: xSignIn(ctx, endpoints),

    // X's limits are the same for everyone and live in the shared text rules.
    limitsOf: () => null,

    validate: (post) => validateOutgoing('x', post),

    connect() {
      return Promise.reject(new ConnectorError('config', say('connectors.x.connectInSettings')));
    },

    test: profileOf,

    profile: profileOf,

    async refresh(account) {
      const issued = await sessions.renewNow(account);
      return { secret: JSON.stringify(issued.tokens), expiry: issued.expiry };
    },

    async publish(account, post) {
      const usage = new UsageRecorder(account, () => ctx.clock.now());
      try {
        return await sessions.withApi(account, (api) => send(api, account, post), usage.observe);
      } finally {
        await usage.save();
      }
    },

    async verify(account, post, remoteId) {
      // An id means X answered the post: it exists.
      if (remoteId !== null)
        return { status: 'published', remoteId, remoteUrl: postUrl(account.handle, remoteId) };
      const usage = new UsageRecorder(account, () => ctx.clock.now());
      try {
        const userId = account.remoteAccountId ?? (await profileOf(account)).remoteAccountId!;
        const verdict = await sessions.withApi(
          account,
          (api) => findOnTimeline(api, userId, account.handle, post),
          usage.observe,
        );
        if (verdict.status !== 'read-forbidden') {
          usage.readAccessIs(true);
          return verdict;
        }
        const { refusal } = verdict;
        // Only the tier's refusal is lasting; a missing scope is fixed by reconnecting.
        if (refusal.tierForbids) usage.readAccessIs(false);
        const reason = refusal.tierForbids
          ? say('connectors.x.cannotTell.tierForbids', { handle: account.handle })
          : say('connectors.x.cannotTell.readRefused', {
              handle: account.handle,
              said: refusal.details.serverAnswer ?? '',
            });
        return { status: 'cannot-tell', reason };
      } finally {
        await usage.save();
      }
    },
  };

  /** Uploads the photos, then posts; only the last request can leave a post behind. */
  async function send(api: XApi, account: Account, post: OutgoingPost): Promise<Published> {
    const mediaIds: string[] = [];
    try {
      const images = await fitImagesFor('x', post.images);
      for (const image of images) mediaIds.push(await uploadImage(api, image, mediaWait));
    } catch (error) {
      throw beforeThePost(error);
    }
    const answer = await api.call({
      method: 'POST',
      path: '/2/tweets',
      json: {
        ...(post.text.trim() === '' ? {} : { text: post.text }),
        ...(mediaIds.length > 0 ? { media: { media_ids: mediaIds } } : {}),
        ...(post.replyTo ? { reply: { in_reply_to_tweet_id: post.replyTo.parent.id } } : {}),
      },
      during: 'publish',
    });
    const created = Created.safeParse(answer.json);
    if (!created.success) {
      // It was accepted, but without an id Cadence cannot link it: check before anything else.
      throw new ConnectorError('unknown', say('connectors.x.unreadableAnswer'));
    }
    return { remoteId: created.data.data.id, remoteUrl: postUrl(account.handle, created.data.data.id) };
  }
}
