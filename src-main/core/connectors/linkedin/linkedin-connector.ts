// LinkedIn, through the owner's own developer app: sign-in with state (and PKCE for a native
// app), 60-day tokens renewed with a refresh token where LinkedIn allows one, posts as the
// member or as a Page they run (POST /rest/posts, commentary in little text format, photos
// through the Images API), and after a lost answer a look at the author's recent posts.
import { z } from 'zod';
import { toLittleText } from '../../../shared/text-rules/linkedin-little-text';
import type { Account, Connector, ConnectorContext, OutgoingPost, Published } from '../connector';
import { beforeThePost, ConnectorError } from '../connector-error';
import { say } from '../../../shared/messages/owner-message';
import type { ProcessingWait } from '../pause';
import { validateOutgoing } from '../validate-post';
import { isOrganization, memberProfile, NEEDS, organizationProfile } from './linkedin-accounts';
import type { LinkedInApi } from './linkedin-api';
import { linkedInEndpoints, postUrl } from './linkedin-endpoints';
import { DEFAULT_IMAGE_WAIT, uploadImage } from './linkedin-images';
import { LinkedInSessions } from './linkedin-session';
import { linkedInSignIn } from './linkedin-sign-in';
import { expiryOf } from './linkedin-tokens';
import { findAmongPosts } from './linkedin-verify';

export interface LinkedInConnectorOptions {
  /** How long to wait for LinkedIn to process a photo. */
  imageWait?: ProcessingWait;
}

const RestliId = z.string().regex(/^urn:li:(share|ugcPost):\d+$/);

export function linkedInConnector(ctx: ConnectorContext, options: LinkedInConnectorOptions = {}): Connector {
  const endpoints = linkedInEndpoints(ctx);
  const sessions = new LinkedInSessions(ctx, endpoints);
  const imageWait = options.imageWait ?? DEFAULT_IMAGE_WAIT;
  const profileOf = (account: Account) =>
    sessions.withApi(account, (api) => {
      const author = authorOf(account);
      return isOrganization(author) ? organizationProfile(api, author, 'read') : memberProfile(api, 'read');
    });

  return {
    network: 'linkedin',
    ownApp: linkedInSignIn(ctx, endpoints),

    // LinkedIn's limits are the same for everyone and live in the shared text rules.
    limitsOf: () => null,

    validate: (post) => validateOutgoing('linkedin', post),

    connect() {
      return Promise.reject(new ConnectorError('config', say('connectors.linkedin.connectInSettings')));
    },

    test: profileOf,

    profile: profileOf,

    async refresh(account) {
      const tokens = await sessions.renewNow(account);
      return { secret: JSON.stringify(tokens), expiry: expiryOf(tokens) };
    },

    publish(account, post) {
      if (post.replyTo) {
        return Promise.reject(new ConnectorError('config', say('connectors.linkedin.cannotAnswerComments')));
      }
      return sessions.withApi(account, (api) => send(api, authorOf(account), post));
    },

    async verify(account, post, remoteId) {
      // An id means LinkedIn answered the post: it exists.
      if (remoteId !== null) return { status: 'published', remoteId, remoteUrl: postUrl(remoteId) };
      const verdict = await sessions.withApi(account, (api) => findAmongPosts(api, authorOf(account), post));
      await keepReadAccess(account, verdict.status !== 'read-forbidden');
      if (verdict.status !== 'read-forbidden') return verdict;
      return {
        status: 'cannot-tell',
        reason: say(
          isOrganization(authorOf(account))
            ? 'connectors.linkedin.cannotTell.pageReadRefused'
            : 'connectors.linkedin.cannotTell.readRefused',
          { handle: account.handle, said: verdict.refusal.details.serverAnswer ?? '' },
        ),
      };
    },
  };

  /** Uploads the photos, then posts; only the last request can leave a post behind. */
  async function send(api: LinkedInApi, author: string, post: OutgoingPost): Promise<Published> {
    const images: Array<{ id: string; altText?: string }> = [];
    try {
      for (const image of post.images) {
        const id = await uploadImage(api, author, image, ctx.clock, imageWait);
        const altText = image.altText.trim();
        images.push(altText ? { id, altText } : { id });
      }
    } catch (error) {
      throw beforeThePost(error);
    }
    const answer = await api.call({
      method: 'POST',
      path: '/rest/posts',
      body: {
        author,
        commentary: toLittleText(post.text),
        visibility: 'PUBLIC',
        distribution: {
          feedDistribution: 'MAIN_FEED',
          targetEntities: [],
          thirdPartyDistributionChannels: [],
        },
        lifecycleState: 'PUBLISHED',
        isReshareDisabledByAuthor: false,
        ...(images.length === 1 ? { content: { media: images[0] } } : {}),
        ...(images.length > 1 ? { content: { multiImage: { images } } } : {}),
      },
      during: 'publish',
      needs: isOrganization(author) ? NEEDS.organizationPosts : NEEDS.memberPosts,
    });
    // "the newly created post is identified by the x-restli-id response header"
    const id = RestliId.safeParse(answer.headers.get('x-restli-id'));
    if (!id.success) {
      // It was accepted, but without an id Cadence cannot link it: check before anything else.
      throw new ConnectorError('unknown', say('connectors.linkedin.unreadableAnswer'));
    }
    return { remoteId: id.data, remoteUrl: postUrl(id.data) };
  }
}

/** The URN the channel posts as, kept as its remote account id at sign-in. */
function authorOf(account: Account): string {
  const urn = account.remoteAccountId;
  if (!urn || !/^urn:li:(person|organization):/.test(urn)) {
    throw new ConnectorError('auth', say('connectors.linkedin.unknownAuthor'));
  }
  return urn;
}

/** Whether the sign-in may read the author's posts, kept for the Settings screen; never fails a check. */
async function keepReadAccess(account: Account, allowed: boolean): Promise<void> {
  if (account.settings.readAccess === allowed || !account.saveSettings) return;
  await account.saveSettings({ readAccess: allowed }).catch((error: unknown) => {
    console.warn('[cadence] could not keep what LinkedIn said about reading posts', error);
  });
}
