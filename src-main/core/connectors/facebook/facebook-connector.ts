// A Facebook Page, through the owner's own Meta app: Facebook Login (meta-graph/meta-sign-in)
// gives the Page's token, posts and photos go out as the Page, and after a lost answer the
// Page's newest posts say whether it went out. The long-lived user token behind the Page token
// is renewed ahead of its 60 days where Meta allows. A post can be handed to the Page's own
// scheduler (facebook-hand-off) to go out with the laptop closed.
import { say } from '../../../shared/messages/owner-message';
import type { Connector, ConnectorContext } from '../connector';
import { ConnectorError } from '../connector-error';
import { readPageProfile } from '../meta-graph/meta-accounts';
import { metaEndpoints } from '../meta-graph/meta-endpoints';
import { MetaSessions } from '../meta-graph/meta-sessions';
import { metaSignIn } from '../meta-graph/meta-sign-in';
import { validateOutgoing } from '../validate-post';
import { facebookPostUrl, publishOnPage } from './facebook-publish';
import { facebookHandOff } from './facebook-hand-off';
import { findOnPage } from './facebook-verify';

export { META_DEFAULT_ENDPOINTS as FACEBOOK_DEFAULT_ENDPOINTS } from '../meta-graph/meta-endpoints';

export function facebookConnector(ctx: ConnectorContext): Connector {
  const endpoints = metaEndpoints(ctx, 'facebook');
  const sessions = new MetaSessions(ctx, endpoints, 'Facebook');
  const profileOf: Connector['profile'] = (account) =>
    readPageProfile(sessions.pageApi(account), sessions.stored(account).pageId, 'read');

  return {
    network: 'facebook',
    ownApp: metaSignIn(ctx, endpoints),

    // Facebook's limits are the same for every Page and live in the shared text rules.
    limitsOf: () => null,

    validate: (post) => validateOutgoing('facebook', post),

    connect() {
      return Promise.reject(new ConnectorError('config', say('connectors.facebook.connectOwnApp')));
    },

    test: profileOf,

    profile: profileOf,

    refresh: (account) => sessions.refresh(account),

    handOff: facebookHandOff(sessions),

    publish: (account, post) =>
      publishOnPage(sessions.pageApi(account), sessions.stored(account).pageId, post),

    async verify(account, post, remoteId) {
      // An id means Facebook answered the post: it exists.
      if (remoteId !== null) {
        return { status: 'published', remoteId, remoteUrl: post.replyTo ? null : facebookPostUrl(remoteId) };
      }
      const { pageId } = sessions.stored(account);
      return findOnPage(sessions.pageApi(account), pageId, account.handle, post);
    },
  };
}
