// X's OAuth 2.0 authorization code flow with PKCE. The authorize page and the token endpoint
// are not in X's OpenAPI document, so their documented shapes are written here as zod schemas,
// each field cited. Sources:
//  [authz] https://docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code
//  [token] https://docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token
import { z } from 'zod';
import { parseContentType, headerValue, type FakeReply, type RecordedRequest } from '../http-fake-kit';
import { basicCredentials, opaqueToken, redirectReply, verifierMatches } from '../oauth-kit';
import { fieldsOf, shapeViolations } from '../shape-check';
import type { XFakeConfig, XToken } from './types';

/** [authz] Every parameter is required; code_challenge_method is S256 or plain. */
export const AuthorizeQuery = z.strictObject({
  response_type: z.literal('code'),
  client_id: z.string().min(1),
  redirect_uri: z.url(),
  scope: z.string().min(1), // space-separated scopes
  state: z.string().min(1).max(500),
  code_challenge: z.string().min(1),
  code_challenge_method: z.enum(['S256', 'plain']),
});

/** [token] Sent as application/x-www-form-urlencoded; client_id is required of public clients. */
export const TokenRequest = z.discriminatedUnion('grant_type', [
  z.strictObject({
    grant_type: z.literal('authorization_code'),
    code: z.string().min(1),
    redirect_uri: z.url(),
    code_verifier: z.string().min(1),
    client_id: z.string().min(1).optional(),
  }),
  z.strictObject({
    grant_type: z.literal('refresh_token'),
    refresh_token: z.string().min(1),
    client_id: z.string().min(1).optional(),
  }),
]);

/** [token] The answer: a bearer token for two hours, and a refresh token with offline.access. */
export const TokenResponse = z.strictObject({
  token_type: z.literal('bearer'),
  expires_in: z.number().int().positive(),
  access_token: z.string().min(1),
  scope: z.string(),
  refresh_token: z.string().min(1).optional(),
});

/** [authz] "The authorization code … is only valid for 30 seconds." */
const CODE_LIFETIME_MS = 30_000;

const ERROR_PAGE = `<html><body><p>Something went wrong</p><p>You weren't able to give access to the App. Go back and try logging in again.</p></body></html>`;

interface Grant {
  redirectUri: string;
  scopes: string[];
  challenge: string;
  method: 'S256' | 'plain';
  expiresAt: number;
}

export class XOAuth {
  readonly tokens = new Map<string, XToken>();
  /** Live refresh tokens; each is spent by its first use (X rotates them). */
  readonly refreshTokens = new Map<string, { userId: string; scopes: string[] }>();
  private readonly grants = new Map<string, Grant>();

  constructor(
    private readonly config: XFakeConfig,
    private readonly ownerId: () => string,
    private readonly now: () => number,
    private readonly knownScopes: string[],
    private readonly violations: string[],
  ) {}

  authorize(request: RecordedRequest): FakeReply {
    const query = fieldsOf(request.query);
    const problems = shapeViolations(AuthorizeQuery, query, 'GET /i/oauth2/authorize query');
    const app = this.config.app;
    const parsed = AuthorizeQuery.safeParse(query);
    if (problems.length > 0 || !parsed.success) {
      this.violations.push(...problems);
      return { status: 400, text: ERROR_PAGE, contentType: 'text/html; charset=utf-8' };
    }
    const params = parsed.data;
    if (params.client_id !== app.clientId || !app.redirectUris.includes(params.redirect_uri)) {
      this.violations.push(
        `GET /i/oauth2/authorize: unknown client_id or unregistered redirect_uri ${params.redirect_uri}`,
      );
      return { status: 400, text: ERROR_PAGE, contentType: 'text/html; charset=utf-8' };
    }
    const scopes = params.scope.split(' ').filter(Boolean);
    const unknown = scopes.filter((scope) => !this.knownScopes.includes(scope));
    if (unknown.length > 0) {
      this.violations.push(`GET /i/oauth2/authorize: unknown scopes ${unknown.join(', ')}`);
      return { status: 400, text: ERROR_PAGE, contentType: 'text/html; charset=utf-8' };
    }
    if (this.config.authorization === 'deny') {
      return redirectReply(params.redirect_uri, { error: 'access_denied', state: params.state });
    }
    const code = opaqueToken();
    this.grants.set(code, {
      redirectUri: params.redirect_uri,
      scopes,
      challenge: params.code_challenge,
      method: params.code_challenge_method,
      expiresAt: this.now() + CODE_LIFETIME_MS,
    });
    return redirectReply(params.redirect_uri, { state: params.state, code });
  }

  token(request: RecordedRequest): FakeReply {
    const where = 'POST /2/oauth2/token';
    if (
      parseContentType(headerValue(request.headers, 'content-type'))?.mediaType !==
      'application/x-www-form-urlencoded'
    ) {
      this.violations.push(`${where}: body must be application/x-www-form-urlencoded`);
      return invalid('Missing required parameter [grant_type].');
    }
    const fields = fieldsOf(new URLSearchParams(request.body.toString('utf8')));
    const problems = shapeViolations(TokenRequest, fields, `${where} body`);
    const parsed = TokenRequest.safeParse(fields);
    if (problems.length > 0 || !parsed.success) {
      this.violations.push(...problems);
      return invalid('Missing required parameter [grant_type].');
    }
    const body = parsed.data;
    const app = this.config.app;
    const basic = basicCredentials(request.headers);
    if (app.clientSecret !== undefined) {
      if (basic?.id !== app.clientId || basic.secret !== app.clientSecret) {
        return {
          status: 401,
          json: { error: 'unauthorized_client', error_description: 'Missing valid authorization header' },
        };
      }
    } else if (body.client_id !== app.clientId) {
      return {
        status: 400,
        json: { error: 'invalid_request', error_description: 'Missing required parameter [client_id].' },
      };
    }
    if (body.grant_type === 'refresh_token') {
      const live = this.refreshTokens.get(body.refresh_token);
      this.refreshTokens.delete(body.refresh_token);
      if (!live) return invalid('Value passed for the token was invalid.');
      return this.issue(live.userId, live.scopes);
    }
    const grant = this.grants.get(body.code);
    // A code is single-use: any attempt, good or bad, spends it.
    this.grants.delete(body.code);
    if (
      !grant ||
      grant.expiresAt < this.now() ||
      grant.redirectUri !== body.redirect_uri ||
      !verifierMatches(body.code_verifier, grant.challenge, grant.method)
    ) {
      return invalid('Value passed for the authorization code was invalid.');
    }
    return this.issue(this.ownerId(), grant.scopes);
  }

  /** Ends every access token now, as two hours passing would. */
  expireAccessTokens(): void {
    for (const token of this.tokens.values()) token.expiresAt = this.now() - 1;
  }

  private issue(userId: string, scopes: string[]): FakeReply {
    const accessToken = opaqueToken();
    const lifetime = this.config.accessTokenLifetimeSeconds;
    this.tokens.set(accessToken, { userId, scopes, expiresAt: this.now() + lifetime * 1000 });
    const json: z.infer<typeof TokenResponse> = {
      token_type: 'bearer',
      expires_in: lifetime,
      access_token: accessToken,
      scope: scopes.join(' '),
    };
    if (scopes.includes('offline.access')) {
      json.refresh_token = opaqueToken();
      this.refreshTokens.set(json.refresh_token, { userId, scopes });
    }
    this.violations.push(...shapeViolations(TokenResponse, json, 'POST /2/oauth2/token response'));
    return { status: 200, json };
  }
}

function invalid(description: string): FakeReply {
  return { status: 400, json: { error: 'invalid_request', error_description: description } };
}
