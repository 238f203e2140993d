// Signing in with the owner's own Meta app: Facebook Login's dialog with state and a PKCE (S256)
// challenge, the browser sent back to Cadence's loopback listener, the code exchanged (with the
// verifier and the app secret) for a user token, that one for a long-lived token, then every
// Page it manages and the Instagram account linked to each, so the owner picks which to connect.
// Both connectors share this sign-in: one login gives accounts on both networks.
import { say } from '../../../shared/messages/owner-message';
import type { Connection, ConnectorContext, OwnApp, OwnAppSignIn } from '../connector';
import { ConnectorError } from '../connector-error';
import { GraphApi } from './graph-api';
import { GraphRefusal } from './graph-errors';
import { readIgProfile, readManagedPages, readPageProfile, type ManagedPage } from './meta-accounts';
import { dialogUrl, graphBase, META_SCOPES, type MetaEndpoints } from './meta-endpoints';
import {
  exchangeCode,
  expiryOf,
  longLivedToken,
  secretOf,
  type StoredMetaSecret,
  type UserToken,
} from './meta-tokens';

/** A Meta app id: digits only (App settings → Basic). */
const APP_ID = /^\d{5,20}$/;

export function metaSignIn(ctx: ConnectorContext, endpoints: MetaEndpoints): OwnAppSignIn {
  const base = graphBase(endpoints);
  const appApi = () => new GraphApi(ctx, base, null, 'Facebook');

  return {
    scopes: META_SCOPES,
    pkce: true,
    renewsWithApp: true,

    authorizeUrl({ app, redirectUri, state, codeChallenge }) {
      const url = new URL(dialogUrl(endpoints));
      url.search = new URLSearchParams({
        client_id: app.clientId.trim(),
        redirect_uri: redirectUri,
        state,
        response_type: 'code',
        scope: META_SCOPES.join(','),
        ...(codeChallenge ? { code_challenge: codeChallenge, code_challenge_method: 'S256' } : {}),
      }).toString();
      return url.toString();
    },

    async finish({ app, code, codeVerifier, redirectUri }) {
      const short = await exchangeCode(appApi(), app, { code, codeVerifier, redirectUri }, ctx.clock.now());
      const long = await longLivedToken(appApi(), app, short.token, ctx.clock.now());
      const pages = await readManagedPages(new GraphApi(ctx, base, long.token, 'Facebook'));
      if (pages.length === 0) {
        throw new ConnectorError('config', say('connectors.metaGraph.noPage'));
      }
      const connections: Connection[] = [];
      for (const page of pages) connections.push(...(await connectionsFor(ctx, base, page, long)));
      return connections;
    },

    async testApp(app) {
      if (!APP_ID.test(app.clientId.trim())) {
        throw new ConnectorError('config', say('connectors.metaGraph.notAnAppId'));
      }
      secretOf(app);
      await checkAppCredentials(appApi(), app, ctx.clock.now());
    },
  };
}

/** The Page, and its Instagram account where it has one Cadence may read. */
async function connectionsFor(
  ctx: ConnectorContext,
  base: string,
  page: ManagedPage,
  user: UserToken,
): Promise<Connection[]> {
  const secret: StoredMetaSecret = {
    userToken: user.token,
    userTokenExpiresAt: user.expiresAt,
    pageId: page.id,
    pageToken: page.token,
  };
  const expiry = expiryOf(secret);
  // Read as the Page, as every later check reads it, so its handle stays the same.
  const pageProfile = await readPageProfile(
    new GraphApi(ctx, base, page.token, 'Facebook'),
    page.id,
    'sign-in',
  );
  const facebook: Connection = {
    network: 'facebook',
    secret: JSON.stringify(secret),
    serverUrl: null,
    settings: { pageId: page.id },
    profile: pageProfile,
    expiry,
  };
  if (!page.igUserId) return [facebook];
  const igApi = new GraphApi(ctx, base, page.token, 'Instagram');
  const profile = await readIgProfile(igApi, page.igUserId, 'sign-in', true);
  if (!profile) return [facebook];
  const instagram: Connection = {
    network: 'instagram',
    secret: JSON.stringify({ ...secret, igUserId: page.igUserId } satisfies StoredMetaSecret),
    serverUrl: null,
    settings: { pageId: page.id, pageName: pageProfile.displayName },
    profile,
    expiry,
  };
  return [facebook, instagram];
}

/**
 * Meta checks the app id and secret of a token exchange before the token itself, so a made-up
 * token is refused as invalid (190) when they are right, and as a bad secret (1) or an unknown
 * app (101, or 100 naming client_id) when not. Nothing is signed in either way.
 */
async function checkAppCredentials(api: GraphApi, app: OwnApp, now: number): Promise<void> {
  try {
    await longLivedToken(api, app, 'cadence-test-connection', now);
  } catch (error) {
    if (!(error instanceof GraphRefusal)) throw error;
    const code = error.code;
    if (code === 190) return;
    const said = error.graph?.message ?? error.message;
    if (code === 1 || /secret/i.test(said)) {
      throw new ConnectorError(
        'auth',
        say('connectors.metaGraph.secretNotAccepted', { said }),
        error.details,
      );
    }
    if (code === 101 || /client_id|app id/i.test(said)) {
      throw new ConnectorError('auth', say('connectors.metaGraph.unknownAppId', { said }), error.details);
    }
    throw new ConnectorError(
      'config',
      say('connectors.metaGraph.oddTestAnswerSaying', { said }),
      error.details,
    );
  }
  // A made-up token accepted: whatever answered is not Meta's token exchange.
  throw new ConnectorError('config', say('connectors.metaGraph.oddTestAnswer'));
}
