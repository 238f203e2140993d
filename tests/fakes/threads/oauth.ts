// Threads' Authorization Window and token endpoints (see schema.ts for the cited shapes):
// a code for a short-lived token (1 hour), exchanged for a long-lived one (60 days) that can be
// refreshed once it is a day old and before it expires.
import { randomBytes } from 'node:crypto';
import type { FakeReply, RecordedRequest } from '../http-fake-kit';
import { opaqueToken, redirectReply } from '../oauth-kit';
import { fieldsOf, shapeViolations } from '../shape-check';
import { threadsError } from './errors';
import {
  AuthorizeQuery,
  CodeExchange,
  CodeExchangeResponse,
  LongLivedExchange,
  LongLivedRefresh,
  LongLivedResponse,
} from './schema';

export interface ThreadsApp {
  appId: string;
  appSecret: string;
  /** Redirect callback URLs in the app's Threads settings; matched exactly. */
  redirectUris: string[];
}

export interface ThreadsToken {
  userId: string;
  scopes: string[];
  issuedAt: number;
  expiresAt: number;
  longLived: boolean;
}

const HOUR_MS = 60 * 60 * 1000;
/** [long] "valid for 60 days"; "can be refreshed as long as they are at least 24 hours old". */
const LONG_LIVED_S = 60 * 24 * 60 * 60;

export class ThreadsOAuth {
  readonly tokens = new Map<string, ThreadsToken>();
  private readonly codes = new Map<string, { redirectUri: string; scopes: string[] }>();

  constructor(
    private readonly app: ThreadsApp,
    private readonly userId: string,
    private readonly authorization: () => 'approve' | 'deny',
    private readonly now: () => number,
    private readonly violations: string[],
  ) {}

  authorize(request: RecordedRequest): FakeReply {
    const query = fieldsOf(request.query);
    const problems = shapeViolations(AuthorizeQuery, query, 'GET /oauth/authorize query');
    const parsed = AuthorizeQuery.safeParse(query);
    if (!parsed.success || problems.length > 0) {
      this.violations.push(...problems);
      return { status: 400, text: '<html><body>Invalid request</body></html>', contentType: 'text/html' };
    }
    const params = parsed.data;
    if (params.client_id !== this.app.appId || !this.app.redirectUris.includes(params.redirect_uri)) {
      this.violations.push(`GET /oauth/authorize: unknown client_id or redirect_uri ${params.redirect_uri}`);
      return {
        status: 400,
        text: '<html><body>Invalid redirect_uri</body></html>',
        contentType: 'text/html',
      };
    }
    if (this.authorization() === 'deny') {
      return redirectReply(params.redirect_uri, {
        error: 'access_denied',
        error_reason: 'user_denied',
        error_description: 'Permissions error',
        state: params.state,
      });
    }
    const code = `AQ${randomBytes(24).toString('base64url')}`;
    this.codes.set(code, {
      redirectUri: params.redirect_uri,
      scopes: params.scope.split(',').map((s) => s.trim()),
    });
    // [auth] The redirect carries the code followed by "#_", which apps must strip.
    return redirectReply(params.redirect_uri, { code, state: params.state }, '_');
  }

  exchangeCode(request: RecordedRequest, raw: Record<string, string>): FakeReply {
    const problems = shapeViolations(CodeExchange, raw, `${request.method} /oauth/access_token params`);
    const parsed = CodeExchange.safeParse(raw);
    if (!parsed.success || problems.length > 0) {
      this.violations.push(...problems);
      return threadsError(400, { message: 'Invalid parameter', type: 'OAuthException', code: 100 });
    }
    const params = parsed.data;
    if (params.client_id !== this.app.appId || params.client_secret !== this.app.appSecret)
      return threadsError(400, {
        message: 'Error validating client secret.',
        type: 'OAuthException',
        code: 1,
      });
    const grant = this.codes.get(params.code);
    this.codes.delete(params.code);
    if (!grant || grant.redirectUri !== params.redirect_uri)
      return threadsError(400, {
        message: 'Invalid authorization code',
        type: 'OAuthException',
        code: 100,
        error_subcode: 36007,
      });
    const token = this.issue(grant.scopes, false);
    // Written by hand so user_id goes out as a number with every digit, as Threads sends it.
    const text = `{"access_token":${JSON.stringify(token)},"user_id":${this.userId}}`;
    this.violations.push(
      ...shapeViolations(CodeExchangeResponse, JSON.parse(text), 'POST /oauth/access_token response'),
    );
    return { status: 200, text, contentType: 'application/json; charset=utf-8' };
  }

  exchangeForLongLived(raw: Record<string, string>): FakeReply {
    const problems = shapeViolations(LongLivedExchange, raw, 'GET /access_token params');
    const parsed = LongLivedExchange.safeParse(raw);
    if (!parsed.success || problems.length > 0) {
      this.violations.push(...problems);
      return threadsError(400, { message: 'Invalid parameter', type: 'OAuthException', code: 100 });
    }
    if (parsed.data.client_secret !== this.app.appSecret)
      return threadsError(400, {
        message: 'Error validating client secret.',
        type: 'OAuthException',
        code: 1,
      });
    const short = this.tokens.get(parsed.data.access_token);
    if (!short || short.expiresAt <= this.now()) return expired();
    return this.longLivedReply(this.issue(short.scopes, true));
  }

  refresh(raw: Record<string, string>): FakeReply {
    const problems = shapeViolations(LongLivedRefresh, raw, 'GET /refresh_access_token params');
    const parsed = LongLivedRefresh.safeParse(raw);
    if (!parsed.success || problems.length > 0) {
      this.violations.push(...problems);
      return threadsError(400, { message: 'Invalid parameter', type: 'OAuthException', code: 100 });
    }
    const current = this.tokens.get(parsed.data.access_token);
    if (!current?.longLived || current.expiresAt <= this.now()) return expired();
    // [long] No code is documented for a token under a day old; the fake answers 190 as for an invalid token.
    if (this.now() - current.issuedAt < 24 * HOUR_MS)
      return threadsError(400, {
        message: 'The access token is not yet eligible for refresh.',
        type: 'OAuthException',
        code: 190,
      });
    return this.longLivedReply(this.issue(current.scopes, true));
  }

  issue(scopes: string[], longLived: boolean): string {
    const token = opaqueToken('THAA');
    const lifetimeMs = longLived ? LONG_LIVED_S * 1000 : HOUR_MS;
    this.tokens.set(token, {
      userId: this.userId,
      scopes,
      issuedAt: this.now(),
      expiresAt: this.now() + lifetimeMs,
      longLived,
    });
    return token;
  }

  private longLivedReply(token: string): FakeReply {
    const expiresAt = this.tokens.get(token)?.expiresAt ?? this.now();
    const json = {
      access_token: token,
      token_type: 'bearer',
      expires_in: Math.round((expiresAt - this.now()) / 1000),
    };
    this.violations.push(...shapeViolations(LongLivedResponse, json, 'long-lived token response'));
    return { status: 200, json };
  }
}

function expired(): FakeReply {
  return threadsError(400, {
    message: 'Error validating access token: Session has expired.',
    type: 'OAuthException',
    code: 190,
    error_subcode: 463,
  });
}
