// Mastodon's app registration and Doorkeeper's authorization-code flow with PKCE (S256 only,
// as Mastodon configures it). The fake plays the signed-in owner on the authorization page.
import { createHash, randomBytes } from 'node:crypto';
import type { FakeReply } from '../http-fake-kit';
import type { MastodonFakeConfig, MastodonToken, RouteContext } from './types';

const OOB = 'urn:ietf:wg:oauth:2.0:oob';
const CODE_LIFETIME_MS = 10 * 60 * 1000;
const INVALID_GRANT =
  'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.';
const INVALID_CLIENT =
  'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.';

interface App {
  id: string;
  name: string;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  scopes: string[];
  website: string | null;
}

interface Grant {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  challenge: string | null;
  expiresAt: number;
}

const token = () => randomBytes(32).toString('base64url');

export class MastodonOAuth {
  readonly apps = new Map<string, App>();
  readonly tokens = new Map<string, MastodonToken>();
  private readonly grants = new Map<string, Grant>();

  constructor(
    private readonly config: MastodonFakeConfig,
    private readonly ownerId: () => string,
    private readonly now: () => number,
    private readonly validScopes: (scope: string) => boolean,
  ) {}

  registerApp({ checked }: RouteContext): FakeReply {
    const body = checked.body as {
      client_name: string;
      redirect_uris: string[];
      scopes?: string;
      website?: string;
    };
    const scopes = (body.scopes ?? 'read').split(' ').filter(Boolean);
    const badScope = scopes.find((scope) => !this.validScopes(scope));
    if (badScope) return { status: 422, json: { error: `Validation failed: Scopes ${badScope} is invalid` } };
    const badUri = body.redirect_uris.find(
      (uri) => uri !== OOB && !/^[a-z][a-z0-9+.-]*:\/\/[^\s#]+$/i.test(uri),
    );
    if (badUri)
      return { status: 422, json: { error: 'Validation failed: Redirect URI must be an absolute URI.' } };
    const app: App = {
      id: String(this.apps.size + 1),
      name: body.client_name,
      clientId: token(),
      clientSecret: token(),
      redirectUris: body.redirect_uris,
      scopes,
      website: body.website ?? null,
    };
    this.apps.set(app.clientId, app);
    return {
      status: 200,
      json: {
        id: app.id,
        name: app.name,
        website: app.website,
        scopes: app.scopes,
        redirect_uri: app.redirectUris.join('\n'),
        redirect_uris: app.redirectUris,
        client_id: app.clientId,
        client_secret: app.clientSecret,
        client_secret_expires_at: 0,
        vapid_key: 'BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M=',
      },
    };
  }

  authorize({ checked }: RouteContext): FakeReply {
    const query = checked.query as Record<string, string | undefined>;
    const app = this.apps.get(query.client_id ?? '');
    if (!app) return { status: 400, json: { error: 'invalid_client', error_description: INVALID_CLIENT } };
    const redirectUri = query.redirect_uri ?? '';
    if (!app.redirectUris.includes(redirectUri)) {
      return {
        status: 400,
        json: {
          error: 'invalid_redirect_uri',
          error_description: "The requested redirect uri is malformed or doesn't match client redirect URI.",
        },
      };
    }
    const refuse = (error: string, description: string) =>
      this.redirect(redirectUri, { error, error_description: description, state: query.state });
    if (query.response_type !== 'code')
      return refuse(
        'unsupported_response_type',
        'The authorization server does not support this response type.',
      );
    const scopes = (query.scope ?? 'read').split(' ').filter(Boolean);
    if (scopes.some((scope) => !app.scopes.includes(scope))) {
      return refuse('invalid_scope', 'The requested scope is invalid, unknown, or malformed.');
    }
    if (query.code_challenge !== undefined || this.config.requirePkce) {
      if (!query.code_challenge)
        return refuse('invalid_request', 'Missing required parameter: code_challenge.');
      if (query.code_challenge_method !== 'S256') {
        return refuse('invalid_request', 'The code_challenge_method must be S256.');
      }
      if (!/^[A-Za-z0-9_-]{43}$/.test(query.code_challenge)) {
        return refuse('invalid_request', 'The code_challenge is not a base64url SHA-256 digest.');
      }
    }
    if (this.config.authorization === 'deny') {
      return refuse('access_denied', 'The resource owner or authorization server denied the request.');
    }
    const code = token();
    this.grants.set(code, {
      clientId: app.clientId,
      redirectUri,
      scopes,
      challenge: query.code_challenge ?? null,
      expiresAt: this.now() + CODE_LIFETIME_MS,
    });
    if (redirectUri === OOB) {
      return {
        status: 200,
        text: `<html><body><code class="authorization-code">${code}</code></body></html>`,
        contentType: 'text/html; charset=utf-8',
      };
    }
    return this.redirect(redirectUri, { code, state: query.state });
  }

  exchange({ checked }: RouteContext): FakeReply {
    const body = checked.body as Record<string, string | undefined>;
    const app = this.apps.get(body.client_id ?? '');
    if (!app || app.clientSecret !== body.client_secret) {
      return { status: 401, json: { error: 'invalid_client', error_description: INVALID_CLIENT } };
    }
    if (body.grant_type !== 'authorization_code') {
      return {
        status: 400,
        json: {
          error: 'unsupported_grant_type',
          error_description: 'The authorization grant type is not supported by the authorization server.',
        },
      };
    }
    const grant = this.grants.get(body.code ?? '');
    // A code is single-use: any attempt, good or bad, spends it.
    this.grants.delete(body.code ?? '');
    const verifierOk =
      !grant?.challenge ||
      (/^[A-Za-z0-9\-._~]{43,128}$/.test(body.code_verifier ?? '') &&
        createHash('sha256')
          .update(body.code_verifier ?? '')
          .digest('base64url') === grant.challenge);
    if (
      !grant ||
      grant.clientId !== app.clientId ||
      grant.redirectUri !== body.redirect_uri ||
      grant.expiresAt < this.now() ||
      !verifierOk
    ) {
      return { status: 400, json: { error: 'invalid_grant', error_description: INVALID_GRANT } };
    }
    const accessToken = token();
    this.tokens.set(accessToken, {
      accountId: this.ownerId(),
      scopes: grant.scopes,
      applicationName: app.name,
    });
    return {
      status: 200,
      json: {
        access_token: accessToken,
        token_type: 'Bearer',
        scope: grant.scopes.join(' '),
        created_at: Math.floor(this.now() / 1000),
      },
    };
  }

  private redirect(target: string, params: Record<string, string | undefined>): FakeReply {
    const url = new URL(target);
    for (const [key, value] of Object.entries(params))
      if (value !== undefined) url.searchParams.set(key, value);
    return { status: 302, headers: { location: url.toString() } };
  }
}
