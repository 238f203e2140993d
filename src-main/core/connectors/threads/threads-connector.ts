// Threads, through the owner's own Meta app: sign-in through the Authorization Window, 60-day
// tokens renewed ahead of their end, posts (text, photos, carousels and replies) as a container
// then threads_publish, and after a lost answer a look at the profile's recent posts.
import { say } from '../../../shared/messages/owner-message';
import type { Account, Connector, ConnectorContext } from '../connector';
import { ConnectorError } from '../connector-error';
import type { ProcessingWait } from '../pause';
import { validateOutgoing } from '../validate-post';
import { threadsEndpoints } from './threads-endpoints';
import { hostFor, type FindImageHost } from './threads-images';
import { DEFAULT_CONTAINER_WAIT, permalinkOf, publishThread } from './threads-publish';
import { readProfile, threadsSignIn } from './threads-sign-in';
import { expiryOf, ThreadsSessions } from './threads-tokens';
import { findOnProfile } from './threads-verify';

export interface ThreadsConnectorOptions {
  /** Where photos go so Threads can download them (a connected Facebook Page); none: text only. */
  imageHost?: FindImageHost;
  /** How long to wait for Threads to prepare a post. */
  containerWait?: ProcessingWait;
}

export function threadsConnector(ctx: ConnectorContext, options: ThreadsConnectorOptions = {}): Connector {
  const endpoints = threadsEndpoints(ctx);
  const sessions = new ThreadsSessions(ctx, endpoints);
  const wait = options.containerWait ?? DEFAULT_CONTAINER_WAIT;
  const profileOf = async (account: Account) => readProfile(await sessions.api(account), 'read');
  const userIdOf = (account: Account) => account.remoteAccountId ?? 'me';

  return {
    network: 'threads',
    ownApp: threadsSignIn(ctx, endpoints),

    // Threads' limits are the same for everyone and live in the shared text rules.
    limitsOf: () => null,

    validate: (post) => validateOutgoing('threads', post),

    connect() {
      return Promise.reject(new ConnectorError('config', say('connectors.threads.connectOwnApp')));
    },

    test: profileOf,

    profile: profileOf,

    async refresh(account) {
      const token = await sessions.renewNow(account);
      return { secret: JSON.stringify(token), expiry: expiryOf(token) };
    },

    async publish(account, post) {
      const api = await sessions.api(account);
      const host = await hostFor(options.imageHost, post.images);
      try {
        return await publishThread({ api, userId: userIdOf(account), post, host, clock: ctx.clock, wait });
      } finally {
        await host?.removeAll();
      }
    },

    async verify(account, post, remoteId) {
      const api = await sessions.api(account);
      // An id means Threads answered the post: it exists.
      if (remoteId !== null)
        return { status: 'published', remoteId, remoteUrl: await permalinkOf(api, remoteId) };
      if (post.replyTo) {
        return {
          status: 'cannot-tell',
          reason: say('connectors.threads.cannotTell.repliesNotListed'),
        };
      }
      const verdict = await findOnProfile(api, userIdOf(account), post);
      await keepReadAccess(account, verdict.status !== 'read-forbidden');
      if (verdict.status !== 'read-forbidden') return verdict;
      return {
        status: 'cannot-tell',
        reason: say('connectors.threads.cannotTell.readRefused', {
          said: verdict.refusal.details.serverAnswer ?? '',
        }),
      };
    },
  };
}

/** Whether the token may read the profile's posts, kept for the Settings screen; never fails a check. */
async function keepReadAccess(account: Account, allowed: boolean): Promise<void> {
  if (account.settings.readAccess === allowed || !account.saveSettings) return;
  await account.saveSettings({ readAccess: allowed }).catch((error: unknown) => {
    console.warn('[cadence] could not keep what Threads said about reading posts', error);
  });
}
