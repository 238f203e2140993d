// X's token endpoint (docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token):
// the authorization code and refresh token grants, form-encoded, with the client id in the
// body for a public client (Native App) or HTTP Basic for a confidential one (Web App). Access
// tokens live two hours; a refresh token is spent by its first use and replaced (rotation).
import { z } from 'zod';
import type { ConnectorContext, CredentialExpiry, OwnApp } from '../connector';
import { refusalWords } from '../refusal-words';
import { ConnectorError } from '../connector-error';
import { say, type CoreMessageKey } from '../../../shared/messages/owner-message';
import { httpCall } from '../http/http-call';
import type { HttpAnswer } from '../http/http-network';
import { X_NETWORK } from './x-api';
import { problemOf, xSaid } from './x-errors';

/** What Cadence keeps in the keychain for an X channel. */
export const StoredTokens = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1),
  scope: z.string(),
});
export type StoredTokens = z.infer<typeof StoredTokens>;

const TokenAnswer = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  scope: z.string().optional(),
  refresh_token: z.string().min(1).optional(),
});

export interface IssuedTokens {
  tokens: StoredTokens;
  expiry: CredentialExpiry;
}

export type Grant =
  | { grant_type: 'authorization_code'; code: string; redirect_uri: string; code_verifier: string }
  | { grant_type: 'refresh_token'; refresh_token: string };

/** Sends one grant to the token endpoint; the raw answer comes back for the caller to judge. */
export function tokenCall(
  ctx: ConnectorContext,
  api: string,
  app: OwnApp,
  grant: Grant,
): Promise<HttpAnswer> {
  const form = new URLSearchParams(grant);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (app.clientSecret) {
    // RFC 6749 §2.3.1: both parts form-encoded before they are joined.
    const pair = `${encodeURIComponent(app.clientId)}:${encodeURIComponent(app.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
  } else {
    form.set('client_id', app.clientId);
  }
  return httpCall(ctx, X_NETWORK, {
    method: 'POST',
    url: `${api}/2/oauth2/token`,
    headers,
    body: form.toString(),
    credential: true,
    redirect: 'manual',
  });
}

/** Reads a successful grant; a refusal becomes an `auth` error that says what to do. */
export function issuedTokens(answer: HttpAnswer, now: number, previous: StoredTokens | null): IssuedTokens {
  const parsed = TokenAnswer.safeParse(answer.json);
  if (answer.status !== 200 || !parsed.success) throw tokenRefusal(answer, previous !== null);
  const { access_token, expires_in, scope, refresh_token } = parsed.data;
  const refreshToken = refresh_token ?? previous?.refreshToken;
  if (!refreshToken) {
    throw new ConnectorError('permission', say('connectors.x.noOfflineAccess'));
  }
  return {
    tokens: { accessToken: access_token, refreshToken, scope: scope ?? previous?.scope ?? '' },
    // X gives refresh tokens no fixed end; each one lasts until it is used or revoked.
    expiry: { accessExpiresAt: now + expires_in * 1000, refreshExpiresAt: null },
  };
}

export function tokenRefusal(answer: HttpAnswer, renewing: boolean): ConnectorError {
  const said = xSaid(answer.json);
  const details = { httpStatus: answer.status, serverAnswer: said ?? `HTTP ${answer.status}` };
  const error = problemOf(answer.json)?.error;
  const words = (plain: CoreMessageKey, saying: CoreMessageKey) =>
    refusalWords(said, answer.status, plain, saying);
  if (answer.status === 401 || error === 'unauthorized_client' || error === 'invalid_client') {
    return new ConnectorError(
      'auth',
      renewing
        ? words('connectors.x.appNotTakenRenewing', 'connectors.x.appNotTakenRenewingSaying')
        : words('connectors.x.appNotTaken', 'connectors.x.appNotTakenSaying'),
      details,
    );
  }
  return new ConnectorError(
    'auth',
    renewing
      ? words('connectors.x.renewalRefused', 'connectors.x.renewalRefusedSaying')
      : words('connectors.x.signInUnfinished', 'connectors.x.signInUnfinishedSaying'),
    details,
  );
}
