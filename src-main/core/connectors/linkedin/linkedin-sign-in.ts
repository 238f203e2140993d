// Signing in to LinkedIn with the owner's own app: 3-legged OAuth 2.0 with state on the fixed
// loopback redirect, and PKCE (S256) for a native app without a secret, the kind LinkedIn
// enables PKCE for (learn.microsoft.com/linkedin/shared/authentication/authorization-code-flow-
// native); a standard app sends its secret and LinkedIn refuses a challenge it did not enable.
// The granted permissions say what the owner can connect: themselves (OpenID Connect and Share
// on LinkedIn), and each Page they may post for (Community Management API).
import { say } from '../../../shared/messages/owner-message';
import type { Connection, ConnectorContext, OwnApp, OwnAppSignIn } from '../connector';
import { ConnectorError } from '../connector-error';
import { memberProfile, organizationProfile, postableOrganizations } from './linkedin-accounts';
import { LinkedInApi } from './linkedin-api';
import { LINKEDIN_MEMBER_SCOPES, LINKEDIN_SCOPES, type LinkedInEndpoints } from './linkedin-endpoints';
import { expiryOf, grantedScopes, issuedTokens, tokenCall, tokenRefusal } from './linkedin-tokens';

/** Errors on the redirect for scopes the app may not ask for. */
const SCOPE_REFUSALS = ['unauthorized_scope_error', 'invalid_scope'];

/** A LinkedIn Client ID: letters and digits (LinkedIn issues 14 or so). */
const CLIENT_ID = /^[A-Za-z0-9]{8,64}$/;

export function linkedInSignIn(ctx: ConnectorContext, endpoints: LinkedInEndpoints): OwnAppSignIn {
  return {
    scopes: LINKEDIN_SCOPES,
    // Cadence makes a challenge; it goes to LinkedIn only for a native app (no secret).
    pkce: true,
    renewsWithApp: true,

    authorizeUrl({ app, redirectUri, state, codeChallenge, narrower }) {
      const url = new URL(endpoints.authorize);
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: app.clientId.trim(),
        redirect_uri: redirectUri,
        state,
        scope: (narrower ? LINKEDIN_MEMBER_SCOPES : LINKEDIN_SCOPES).join(' '),
      });
      if (!app.clientSecret) {
        if (!codeChallenge) throw new ConnectorError('config', say('connectors.linkedin.needsPkceChallenge'));
        query.set('code_challenge', codeChallenge);
        query.set('code_challenge_method', 'S256');
      }
      url.search = query.toString();
      return url.toString();
    },

    // An app without the Community Management API may not even ask for the Page scopes: LinkedIn
    // sends the browser back with unauthorized_scope_error (learn.microsoft.com/linkedin/shared/
    // authentication/authorization-code-flow, "Failed Requests"), or OAuth's own invalid_scope
    // (RFC 6749 §4.1.2.1), and asking as a member works. A refusal that names only a member scope
    // (the app lacks Share on LinkedIn) is not helped by that, and fails as it is.
    narrowerAfter(redirect) {
      const refused = SCOPE_REFUSALS.includes(redirect.get('error') ?? '');
      const said = redirect.get('error_description') ?? '';
      const namesMemberScopeOnly =
        !/organization/.test(said) && LINKEDIN_MEMBER_SCOPES.some((scope) => said.includes(scope));
      return refused && !namesMemberScopeOnly ? say('signIn.memberOnly') : null;
    },

    async finish({ app, code, codeVerifier, redirectUri }) {
      checkClientId(app);
      const answer = await tokenCall(ctx, endpoints, app, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        ...(app.clientSecret || !codeVerifier ? {} : { code_verifier: codeVerifier }),
      });
      const tokens = issuedTokens(answer, ctx.clock.now(), null);
      const granted = grantedScopes(tokens);
      const api = new LinkedInApi(ctx, endpoints.api, tokens.accessToken);
      const connection = (profile: Connection['profile']): Connection => ({
        secret: JSON.stringify(tokens),
        serverUrl: null,
        settings: {},
        profile,
        expiry: expiryOf(tokens),
      });
      const connections: Connection[] = [];
      const asMember = LINKEDIN_MEMBER_SCOPES.every((scope) => granted.includes(scope));
      if (asMember) connections.push(connection(await memberProfile(api, 'sign-in')));
      if (granted.includes('w_organization_social')) {
        for (const urn of await postableOrganizations(api)) {
          connections.push(connection(await organizationProfile(api, urn, 'sign-in')));
        }
      }
      if (connections.length === 0) {
        const missing = LINKEDIN_MEMBER_SCOPES.filter((scope) => !granted.includes(scope));
        throw new ConnectorError(
          'permission',
          granted.includes('w_organization_social')
            ? say('connectors.linkedin.noPageNorMember')
            : say('connectors.linkedin.missingPermissions', { missing: missing.join(', ') }),
        );
      }
      return connections;
    },

    async testApp(app) {
      checkClientId(app);
      if (!app.clientSecret) return;
      // LinkedIn checks the client before the grant: a made-up refresh token is refused as an
      // invalid request (400) when the id and secret are right, and as invalid_client (401) when not.
      const answer = await tokenCall(ctx, endpoints, app, {
        grant_type: 'refresh_token',
        refresh_token: 'cadence-test-connection',
      });
      if (answer.status === 400) return;
      throw answer.status === 401
        ? tokenRefusal(answer, null)
        : new ConnectorError('config', say('connectors.linkedin.oddTestAnswer', { status: answer.status }));
    },
  };
}

function checkClientId(app: OwnApp): void {
  if (!CLIENT_ID.test(app.clientId.trim())) {
    throw new ConnectorError('config', say('connectors.linkedin.notAClientId'));
  }
}
