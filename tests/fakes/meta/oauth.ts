// Facebook Login built by hand: the OAuth dialog and the code exchange, then the exchange for a
// long-lived user token. Not in the node specs, so the documented shapes are zod schemas here:
//  [manual] https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow
//  [pkce]   https://developers.facebook.com/docs/facebook-login/guides/advanced/oidc-token
//  [long]   https://developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived
import { z } from 'zod';
import type { FakeReply, RecordedRequest } from '../http-fake-kit';
import { opaqueToken, redirectReply, verifierMatches } from '../oauth-kit';
import { fieldsOf, shapeViolations } from '../shape-check';
import { ERRORS, graphError } from './errors';

/** [manual] client_id, redirect_uri (required), state, response_type, scope (comma-separated); [pkce] code_challenge. */
export const DialogQuery = z.strictObject({
  client_id: z.string().regex(/^\d+$/),
  redirect_uri: z.url(),
  state: z.string().optional(),
  response_type: z.enum(['code', 'token', 'code%20token', 'granted_scopes']).optional(),
  scope: z.string().optional(),
  auth_type: z.enum(['rerequest', 'reauthenticate']).optional(),
  code_challenge: z.string().min(43).max(128).optional(),
  code_challenge_method: z.enum(['S256', 'plain']).optional(),
  nonce: z.string().optional(),
});

/** [manual] "Exchanging Code for an Access Token"; [pkce] code_verifier replaces client_secret; [long] fb_exchange_token. */
export const AccessTokenQuery = z.union([
  z.strictObject({
    client_id: z.string().regex(/^\d+$/),
    redirect_uri: z.url(),
    code: z.string().min(1),
    client_secret: z.string().optional(),
    code_verifier: z.string().optional(),
  }),
  z.strictObject({
    grant_type: z.literal('fb_exchange_token'),
    client_id: z.string().regex(/^\d+$/),
    client_secret: z.string(),
    fb_exchange_token: z.string().min(1),
  }),
]);

/** [manual] and [long]: {access_token, token_type, expires_in}. */
export const AccessTokenResponse = z.strictObject({
  access_token: z.string().min(1),
  token_type: z.literal('bearer'),
  expires_in: z.number().int().positive(),
});

export interface MetaApp {
  appId: string;
  appSecret: string;
  /** "Valid OAuth Redirect URIs" in the app's Facebook Login settings, matched exactly (strict mode). */
  redirectUris: string[];
}

export interface UserToken {
  kind: 'user';
  scopes: string[];
  expiresAt: number;
  longLived: boolean;
}
export interface PageToken {
  kind: 'page';
  pageId: string;
  scopes: string[];
}
export type MetaToken = UserToken | PageToken;

interface Grant {
  redirectUri: string;
  scopes: string[];
  challenge?: { value: string; method: 'S256' | 'plain' };
  used: boolean;
}

/** Short-lived user tokens last an hour or two; long-lived ones about 60 days ([long]). */
const SHORT_LIVED_SECONDS = 2 * 60 * 60;
const LONG_LIVED_SECONDS = 5_183_944;

export class MetaOAuth {
  readonly tokens = new Map<string, MetaToken>();
  private readonly grants = new Map<string, Grant>();

  constructor(
    private readonly app: MetaApp,
    private readonly settings: { authorization: 'approve' | 'deny'; declinedScopes: string[] },
    private readonly now: () => number,
    private readonly violations: string[],
  ) {}

  dialog(request: RecordedRequest): FakeReply {
    const query = fieldsOf(request.query);
    const problems = shapeViolations(DialogQuery, query, 'GET /dialog/oauth query');
    const parsed = DialogQuery.safeParse(query);
    if (!parsed.success || problems.length > 0) {
      this.violations.push(...problems);
      return { status: 400, text: '<html><body>Invalid request</body></html>', contentType: 'text/html' };
    }
    const params = parsed.data;
    if (params.client_id !== this.app.appId || !this.app.redirectUris.includes(params.redirect_uri)) {
      this.violations.push(
        `GET /dialog/oauth: unknown client_id or redirect_uri ${params.redirect_uri} not whitelisted`,
      );
      return {
        status: 400,
        contentType: 'text/html',
        text: "<html><body>URL Blocked: This redirect failed because the redirect URI is not whitelisted in the app's Client OAuth Settings.</body></html>",
      };
    }
    // Facebook appends #_=_ to the redirect ([manual], a long-standing quirk apps must strip).
    if (this.settings.authorization === 'deny') {
      return redirectReply(
        params.redirect_uri,
        {
          error: 'access_denied',
          error_code: '200',
          error_description: 'Permissions error',
          error_reason: 'user_denied',
          state: params.state,
        },
        '_=_',
      );
    }
    const requested = (params.scope ?? '').split(/[ ,]+/).filter(Boolean);
    const code = opaqueToken('AQ');
    this.grants.set(code, {
      redirectUri: params.redirect_uri,
      scopes: requested.filter((scope) => !this.settings.declinedScopes.includes(scope)),
      challenge: params.code_challenge
        ? { value: params.code_challenge, method: params.code_challenge_method ?? 'plain' }
        : undefined,
      used: false,
    });
    return redirectReply(params.redirect_uri, { code, state: params.state }, '_=_');
  }

  accessToken(request: RecordedRequest): FakeReply {
    const query = fieldsOf(request.query);
    const problems = shapeViolations(AccessTokenQuery, query, 'GET /oauth/access_token query');
    const parsed = AccessTokenQuery.safeParse(query);
    if (!parsed.success || problems.length > 0) {
      this.violations.push(...problems);
      return graphError(ERRORS.invalidParameter('Missing or malformed parameters for /oauth/access_token'));
    }
    const params = parsed.data;
    if (params.client_id !== this.app.appId) return graphError(ERRORS.invalidParameter('Invalid client_id'));
    if ('grant_type' in params) {
      if (params.client_secret !== this.app.appSecret)
        return graphError({ message: 'Error validating client secret.', type: 'OAuthException', code: 1 });
      const short = this.tokens.get(params.fb_exchange_token);
      if (short?.kind !== 'user' || short.expiresAt <= this.now()) return graphError(ERRORS.expiredToken());
      return this.issue(short.scopes, true);
    }
    const grant = this.grants.get(params.code);
    if (!grant)
      return graphError({
        ...ERRORS.invalidParameter('Invalid verification code format.'),
        error_subcode: 36007,
      });
    if (grant.used)
      return graphError({
        ...ERRORS.invalidParameter('This authorization code has been used.'),
        error_subcode: 36009,
      });
    grant.used = true;
    if (grant.redirectUri !== params.redirect_uri) {
      return graphError({
        ...ERRORS.invalidParameter(
          'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request',
        ),
        error_subcode: 36008,
      });
    }
    if (grant.challenge) {
      if (!verifierMatches(params.code_verifier, grant.challenge.value, grant.challenge.method))
        return graphError(ERRORS.invalidParameter('Invalid code_verifier'));
    } else if (params.client_secret !== this.app.appSecret) {
      return graphError({ message: 'Error validating client secret.', type: 'OAuthException', code: 1 });
    }
    return this.issue(grant.scopes, false);
  }

  private issue(scopes: string[], longLived: boolean): FakeReply {
    const token = opaqueToken('EAA');
    const lifetime = longLived ? LONG_LIVED_SECONDS : SHORT_LIVED_SECONDS;
    this.tokens.set(token, { kind: 'user', scopes, longLived, expiresAt: this.now() + lifetime * 1000 });
    const json = { access_token: token, token_type: 'bearer', expires_in: lifetime };
    this.violations.push(...shapeViolations(AccessTokenResponse, json, 'GET /oauth/access_token response'));
    return { status: 200, json };
  }
}
