// Signing in to X with the owner's own developer app: OAuth 2.0 authorization code with PKCE
// (S256) and state (docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code). The
// browser comes back to Cadence's loopback listener at the redirect address the owner
// registered; the code is exchanged for a two-hour access token and a rotating refresh token,
// and the account is read with its follower count.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AccountProfile, Connection, ConnectorContext, OwnApp, OwnAppSignIn } from '../connector';
import { ConnectorError } from '../connector-error';
import { say } from '../../../shared/messages/owner-message';
import { XApi } from './x-api';
import { X_REDIRECT_URI, X_SCOPES, type XEndpoints } from './x-endpoints';
import { xSaid } from './x-errors';
import { issuedTokens, tokenCall, tokenRefusal } from './x-tokens';

const Me = z.object({
  data: z.object({
    id: z.string().min(1),
    name: z.string(),
    username: z.string().min(1),
    profile_image_url: z.string().optional(),
    public_metrics: z.object({ followers_count: z.number().int().nonnegative() }).optional(),
  }),
});

/** Scopes without which Cadence cannot do its job on X (media.write is checked when a photo goes). */
const NEEDED = ['tweet.read', 'tweet.write', 'users.read', 'offline.access'];

/** An X client id: letters, digits and a few separators (X issues base64-like ids of 30-odd characters). */
const CLIENT_ID = /^[A-Za-z0-9_\-.:=]{8,200}$/;

export function xSignIn(ctx: ConnectorContext, endpoints: XEndpoints): OwnAppSignIn {
  return {
    scopes: X_SCOPES,
    pkce: true,
    renewsWithApp: true,

    authorizeUrl({ app, redirectUri, state, codeChallenge }) {
      if (!codeChallenge) throw new ConnectorError('config', say('connectors.x.needsPkceChallenge'));
      const url = new URL(endpoints.authorize);
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: app.clientId,
        redirect_uri: redirectUri,
        scope: X_SCOPES.join(' '),
        state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      }).toString();
      return url.toString();
    },

    async finish({ app, code, codeVerifier, redirectUri }) {
      if (!codeVerifier) throw new ConnectorError('config', say('connectors.x.needsPkceVerifier'));
      const answer = await tokenCall(ctx, endpoints.api, app, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        code_verifier: codeVerifier,
      });
      const issued = issuedTokens(answer, ctx.clock.now(), null);
      const granted = issued.tokens.scope.split(' ');
      const missing = NEEDED.filter((scope) => !granted.includes(scope));
      if (missing.length > 0) {
        throw new ConnectorError(
          'permission',
          say('connectors.x.missingPermissions', { missing: missing.join(', ') }),
        );
      }
      const api = new XApi(ctx, endpoints.api, issued.tokens.accessToken);
      const connection: Connection = {
        secret: JSON.stringify(issued.tokens),
        serverUrl: null,
        settings: {},
        profile: await readProfile(api, 'sign-in'),
        expiry: issued.expiry,
      };
      return [connection];
    },

    async testApp(app) {
      checkClientId(app);
      if (!app.clientSecret) return;
      // X checks a confidential client's id and secret before the code: a made-up code is
      // refused as invalid (400) when they are right, and as unauthorized (401) when not.
      const answer = await tokenCall(ctx, endpoints.api, app, {
        grant_type: 'authorization_code',
        code: 'cadence-test-connection',
        redirect_uri: X_REDIRECT_URI,
        code_verifier: randomBytes(48).toString('base64url'),
      });
      if (answer.status === 400) return;
      if (answer.status === 401) throw tokenRefusal(answer, false);
      const said = xSaid(answer.json) ?? `HTTP ${answer.status}`;
      throw new ConnectorError('config', say('connectors.x.oddTestAnswer', { said }));
    },
  };
}

/** The signed-in account, with its follower count (public_metrics). */
export async function readProfile(api: XApi, during: 'sign-in' | 'read'): Promise<AccountProfile> {
  const answer = await api.call({
    path: '/2/users/me?user.fields=profile_image_url,public_metrics',
    during,
  });
  const me = Me.safeParse(answer.json);
  if (!me.success) throw new ConnectorError('server', say('connectors.x.oddAccountAnswer'));
  const user = me.data.data;
  return {
    handle: `@${user.username}`,
    displayName: user.name || null,
    avatarUrl: user.profile_image_url ?? null,
    followersCount: user.public_metrics?.followers_count ?? null,
    remoteAccountId: user.id,
  };
}

function checkClientId(app: OwnApp): void {
  if (!CLIENT_ID.test(app.clientId.trim())) {
    throw new ConnectorError('config', say('connectors.x.notAClientId'));
  }
}
