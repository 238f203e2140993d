// LinkedIn's 3-legged OAuth 2.0 (see schema.ts for the cited shapes). A standard app sends its
// client secret and a redirect URI registered exactly; a native app that LinkedIn has enabled
// for PKCE sends an S256 challenge and verifier instead, and may redirect to any port on
// 127.0.0.1 or [::1] ([native]). Refresh tokens exist only for apps LinkedIn allows them ([refresh]).
import { randomBytes } from 'node:crypto';
import type { FakeReply, RecordedRequest } from '../http-fake-kit';
import { headerValue, parseContentType } from '../http-fake-kit';
import {
  isLoopbackRedirect,
  opaqueToken,
  redirectReply,
  sameLoopbackRedirect,
  verifierMatches,
} from '../oauth-kit';
import { fieldsOf, shapeViolations } from '../shape-check';
import { AuthorizeQuery, TokenRequest, TokenResponse } from './schema';

export interface LinkedInApp {
  clientId: string;
  clientSecret: string;
  /** Authorized redirect URLs in the app's Auth settings, matched exactly. */
  redirectUris: string[];
  /** LinkedIn enables the PKCE flow for native apps on request ([native]). */
  pkce: boolean;
  /** Programmatic refresh tokens are granted to approved partners only ([refresh]). */
  refreshTokens: boolean;
  /**
   * Whether the app has the Community Management API product. Without it LinkedIn refuses a
   * request for its scopes before the owner sees anything: the browser comes back with
   * unauthorized_scope_error ([authorization-code-flow], "Failed Requests").
   */
  communityManagement?: boolean;
  /**
   * How that refusal is spelled: LinkedIn's unauthorized_scope_error by default, or OAuth's own
   * invalid_scope (RFC 6749 §4.1.2.1), which an authorization server may answer instead.
   */
  pageScopeRefusal?: 'unauthorized_scope_error' | 'invalid_scope';
}

/** The scopes only the Community Management API product grants. */
const PAGE_SCOPES = ['w_organization_social', 'r_organization_social', 'rw_organization_admin'];

export interface LinkedInToken {
  memberId: string;
  scopes: string[];
  expiresAt: number;
}

/** [auth] 60 days; [refresh] 365 days; "the authorization code … expires after 30 minutes". */
const ACCESS_S = 60 * 24 * 60 * 60;
const REFRESH_S = 365 * 24 * 60 * 60;
const CODE_MS = 30 * 60 * 1000;

interface Grant {
  redirectUri: string;
  scopes: string[];
  challenge?: string;
  expiresAt: number;
}

export class LinkedInOAuth {
  readonly tokens = new Map<string, LinkedInToken>();
  readonly refreshTokens = new Map<string, { memberId: string; scopes: string[]; expiresAt: number }>();
  private readonly grants = new Map<string, Grant>();

  constructor(
    private readonly app: LinkedInApp,
    private readonly memberId: string,
    private readonly authorization: () => 'approve' | 'deny',
    private readonly now: () => number,
    private readonly violations: string[],
  ) {}

  private redirectAllowed(uri: string): boolean {
    if (this.app.redirectUris.includes(uri)) return true;
    return (
      this.app.pkce &&
      isLoopbackRedirect(uri) &&
      this.app.redirectUris.some((r) => sameLoopbackRedirect(r, uri))
    );
  }

  authorize(request: RecordedRequest): FakeReply {
    const query = fieldsOf(request.query);
    const problems = shapeViolations(AuthorizeQuery, query, 'GET /oauth/v2/authorization query');
    const parsed = AuthorizeQuery.safeParse(query);
    if (!parsed.success || problems.length > 0) {
      this.violations.push(...problems);
      return { status: 400, text: '<html><body>Invalid request</body></html>', contentType: 'text/html' };
    }
    const params = parsed.data;
    if (params.client_id !== this.app.clientId || !this.redirectAllowed(params.redirect_uri)) {
      this.violations.push(
        `GET /oauth/v2/authorization: unknown client_id or redirect_uri ${params.redirect_uri}`,
      );
      return {
        status: 400,
        contentType: 'text/html',
        text: '<html><body>The redirect_uri does not match the registered value</body></html>',
      };
    }
    if (params.code_challenge && !this.app.pkce) {
      this.violations.push('GET /oauth/v2/authorization: PKCE is not enabled for this app');
      return redirectReply(params.redirect_uri, {
        error: 'invalid_request',
        error_description: 'PKCE is not enabled for this application',
        state: params.state,
      });
    }
    const refused = PAGE_SCOPES.find((scope) => params.scope.split(/[ ,]+/).includes(scope));
    if (this.app.communityManagement === false && refused) {
      return redirectReply(params.redirect_uri, {
        error: this.app.pageScopeRefusal ?? 'unauthorized_scope_error',
        error_description: `Scope "${refused}" is not authorized for your application`,
        state: params.state,
      });
    }
    if (this.authorization() === 'deny') {
      return redirectReply(params.redirect_uri, {
        error: 'user_cancelled_authorize',
        error_description: 'The user cancelled the authorization',
        state: params.state,
      });
    }
    const code = `AQ${randomBytes(32).toString('base64url')}`;
    this.grants.set(code, {
      redirectUri: params.redirect_uri,
      scopes: params.scope.split(/[ ,]+/).filter(Boolean),
      challenge: params.code_challenge,
      expiresAt: this.now() + CODE_MS,
    });
    return redirectReply(params.redirect_uri, { code, state: params.state });
  }

  token(request: RecordedRequest): FakeReply {
    if (
      parseContentType(headerValue(request.headers, 'content-type'))?.mediaType !==
      'application/x-www-form-urlencoded'
    ) {
      this.violations.push('POST /oauth/v2/accessToken: body must be application/x-www-form-urlencoded');
      return invalid('A required parameter "grant_type" is missing');
    }
    const fields = fieldsOf(new URLSearchParams(request.body.toString('utf8')));
    const problems = shapeViolations(TokenRequest, fields, 'POST /oauth/v2/accessToken body');
    const parsed = TokenRequest.safeParse(fields);
    if (!parsed.success || problems.length > 0) {
      this.violations.push(...problems);
      return invalid('A required parameter is missing or malformed');
    }
    const body = parsed.data;
    if (body.client_id !== this.app.clientId)
      return {
        status: 401,
        json: { error: 'invalid_client', error_description: 'Client authentication failed' },
      };
    if (body.grant_type === 'refresh_token') {
      if (body.client_secret !== this.app.clientSecret)
        return {
          status: 401,
          json: { error: 'invalid_client', error_description: 'Client authentication failed' },
        };
      const live = this.refreshTokens.get(body.refresh_token);
      if (!live || live.expiresAt <= this.now()) return invalid('The provided refresh token is invalid');
      // [refresh] The refresh token is not rotated: the same one comes back with its remaining lifetime.
      return this.issue(live.memberId, live.scopes, { token: body.refresh_token, expiresAt: live.expiresAt });
    }
    const grant = this.grants.get(body.code);
    this.grants.delete(body.code);
    if (!grant || grant.expiresAt <= this.now())
      return invalid('Unable to retrieve access token: authorization code not found');
    if (grant.redirectUri !== body.redirect_uri)
      return invalid(
        'Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code',
      );
    if (grant.challenge) {
      if (!verifierMatches(body.code_verifier, grant.challenge, 'S256'))
        return invalid(
          'Unable to retrieve access token: appid/redirect uri/code verifier does not match authorization code',
        );
    } else if (body.client_secret !== this.app.clientSecret) {
      return {
        status: 401,
        json: { error: 'invalid_client', error_description: 'Client authentication failed' },
      };
    }
    return this.issue(this.memberId, grant.scopes);
  }

  issueAccessToken(memberId: string, scopes: string[]): string {
    const token = opaqueToken('AQV');
    this.tokens.set(token, { memberId, scopes, expiresAt: this.now() + ACCESS_S * 1000 });
    return token;
  }

  private issue(
    memberId: string,
    scopes: string[],
    refresh?: { token: string; expiresAt: number },
  ): FakeReply {
    const json: Record<string, unknown> = {
      access_token: this.issueAccessToken(memberId, scopes),
      expires_in: ACCESS_S,
      scope: scopes.join(','),
    };
    if (this.app.refreshTokens) {
      const token = refresh?.token ?? opaqueToken('AQX');
      const expiresAt = refresh?.expiresAt ?? this.now() + REFRESH_S * 1000;
      this.refreshTokens.set(token, { memberId, scopes, expiresAt });
      json.refresh_token = token;
      json.refresh_token_expires_in = Math.round((expiresAt - this.now()) / 1000);
    }
    this.violations.push(...shapeViolations(TokenResponse, json, 'POST /oauth/v2/accessToken response'));
    return { status: 200, json };
  }
}

function invalid(description: string): FakeReply {
  return { status: 400, json: { error: 'invalid_request', error_description: description } };
}
