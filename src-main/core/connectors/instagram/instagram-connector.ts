// An Instagram professional account linked to a Facebook Page, through the owner's own Meta app
// (the same Facebook sign-in as the Page: meta-graph/meta-sign-in). Photos and carousels go out
// as containers published once ready, with the photos hosted on the Page for Instagram to fetch
// and deleted afterwards; the 24-hour publishing limit is read before each send and kept for
// the composer; after a lost answer the account's newest media say whether it went out.
import { z } from 'zod';
import { say } from '../../../shared/messages/owner-message';
import type { Account, Connector, ConnectorContext } from '../connector';
import { ConnectorError } from '../connector-error';
import { GraphRefusal } from '../meta-graph/graph-errors';
import { readIgProfile } from '../meta-graph/meta-accounts';
import { metaEndpoints } from '../meta-graph/meta-endpoints';
import { MetaSessions } from '../meta-graph/meta-sessions';
import { metaSignIn } from '../meta-graph/meta-sign-in';
import { PageHostedImages } from '../meta-graph/public-images';
import { validateOutgoing } from '../validate-post';
import { DEFAULT_CONTAINER_WAIT, type ContainerWait } from './instagram-containers';
import {
  allowanceOf,
  publishingLimitSettings,
  readPublishingLimit,
  type PublishingLimit,
} from './instagram-limit';
import { permalinkOf, publishOnInstagram } from './instagram-publish';
import { findOnInstagram } from './instagram-verify';

export { META_DEFAULT_ENDPOINTS as INSTAGRAM_DEFAULT_ENDPOINTS } from '../meta-graph/meta-endpoints';
export type { PublishingLimit } from './instagram-limit';

/** Hosted photos Facebook would not delete yet, kept in the channel's settings to try again. */
const LEFTOVERS_SETTING = 'leftoverPagePhotoIds';
const LIMIT_RECHECK_MS = 60 * 60 * 1000;

export interface InstagramOptions {
  /** How long to wait for containers Instagram is still preparing. */
  containerWait?: ContainerWait;
}

export interface InstagramConnector extends Connector {
  /**
   * The account's 24-hour publishing limit, read now, for the composer. The latest reading is
   * also kept in the channel's settings under `publishingLimit`.
   */
  publishingLimit(account: Account): Promise<PublishingLimit>;
}

export function instagramConnector(
  ctx: ConnectorContext,
  options: InstagramOptions = {},
): InstagramConnector {
  const endpoints = metaEndpoints(ctx, 'instagram');
  const sessions = new MetaSessions(ctx, endpoints, 'Instagram');
  const wait = options.containerWait ?? DEFAULT_CONTAINER_WAIT;
  const target = (account: Account) => {
    const stored = sessions.stored(account);
    if (!stored.igUserId) {
      throw new ConnectorError('auth', say('connectors.common.signInDamaged', { network: 'Instagram' }));
    }
    return { igUserId: stored.igUserId, pageId: stored.pageId };
  };
  const profileOf: Connector['profile'] = async (account) =>
    (await readIgProfile(sessions.pageApi(account), target(account).igUserId, 'read'))!;
  const limitOf = async (account: Account) => {
    const limit = await readPublishingLimit(
      sessions.pageApi(account),
      target(account).igUserId,
      ctx.clock.now(),
    );
    await saveSettings(account, publishingLimitSettings(limit));
    return limit;
  };

  return {
    network: 'instagram',
    ownApp: metaSignIn(ctx, endpoints),

    // Instagram's limits are the same for every account and live in the shared text rules.
    limitsOf: () => null,

    validate(post) {
      const problems = validateOutgoing('instagram', post);
      // An answer to a comment is words only.
      return post.replyTo ? problems.filter((problem) => problem.code !== 'image-required') : problems;
    },

    connect() {
      return Promise.reject(new ConnectorError('config', say('connectors.instagram.connectOwnApp')));
    },

    test: profileOf,

    profile: profileOf,

    refresh: (account) => sessions.refresh(account),

    publishingLimit: limitOf,

    postingAllowance: async (account) => allowanceOf(await limitOf(account)),

    async publish(account, post) {
      const api = sessions.pageApi(account);
      const limit = post.replyTo ? null : await limitBeforeSending(account);
      const hosting = new PageHostedImages(api, target(account).pageId);
      try {
        const published = await publishOnInstagram(api, ctx.clock, target(account), post, wait, hosting);
        if (limit) await saveSettings(account, publishingLimitSettings({ ...limit, used: limit.used + 1 }));
        return published;
      } finally {
        await keepLeftovers(account, await hosting.removeAll(leftoversOf(account)));
      }
    },

    async verify(account, post, remoteId) {
      const api = sessions.pageApi(account);
      // An id means Instagram answered the post: it exists.
      if (remoteId !== null) {
        return {
          status: 'published',
          remoteId,
          remoteUrl: post.replyTo ? null : await permalinkOf(api, remoteId),
        };
      }
      return findOnInstagram(api, target(account).igUserId, account.handle, post);
    },
  };

  /** A spent limit stops the send before any photo is uploaded; a limit Cadence may not read does not. */
  async function limitBeforeSending(account: Account): Promise<PublishingLimit | null> {
    let limit: PublishingLimit;
    try {
      limit = await limitOf(account);
    } catch (error) {
      if (error instanceof GraphRefusal && error.kind === 'permission') return null;
      throw error;
    }
    if (limit.used < limit.total) return limit;
    throw new ConnectorError(
      'rate-limited',
      say('connectors.instagram.limitUsed', { count: limit.total, hours: limit.windowHours }),
      { retryAt: ctx.clock.now() + LIMIT_RECHECK_MS },
    );
  }
}

function leftoversOf(account: Account): string[] {
  const parsed = z.array(z.string()).safeParse(account.settings[LEFTOVERS_SETTING]);
  return parsed.success ? parsed.data : [];
}

async function keepLeftovers(account: Account, left: string[]): Promise<void> {
  const before = leftoversOf(account);
  if (left.length === before.length && left.every((id, index) => id === before[index])) return;
  await saveSettings(account, { [LEFTOVERS_SETTING]: left });
}

/** Settings are a convenience: failing to keep them never fails a send. */
async function saveSettings(account: Account, patch: Record<string, unknown>): Promise<void> {
  try {
    await account.saveSettings?.(patch);
  } catch {
    // The next send or reading writes them again.
  }
}
