// LinkedIn's tokens (learn.microsoft.com/linkedin/shared/authentication/authorization-code-flow
// and …/programmatic-refresh-tokens): a 60-day access token, and for apps LinkedIn allows them
// a refresh token good for 365 days from the sign-in, not rotated by use. Both ends are kept.
// Where there is no refresh token, only reconnecting before the 60 days run out helps, and
// Cadence says by when.
import { z } from 'zod';
import type { ConnectorContext, CredentialExpiry, OwnApp } from '../connector';
import type { CoreMessageKey } from '../../../shared/messages/owner-message';
import { refusalWords } from '../refusal-words';
import { ConnectorError } from '../connector-error';
import { httpCall } from '../http/http-call';
import type { HttpAnswer } from '../http/http-network';
import { LINKEDIN_NETWORK } from './linkedin-api';
import type { LinkedInEndpoints } from './linkedin-endpoints';

/** What Cadence keeps in the keychain for a LinkedIn channel; it knows its own ends. */
export const StoredLinkedInTokens = z.object({
  accessToken: z.string().min(1),
  accessExpiresAt: z.number(),
  refreshToken: z.string().min(1).optional(),
  refreshExpiresAt: z.number().optional(),
  /** The permissions LinkedIn granted, as it listed them. */
  scope: z.string(),
});
export type StoredLinkedInTokens = z.infer<typeof StoredLinkedInTokens>;

const TokenAnswer = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  refresh_token: z.string().min(1).optional(),
  refresh_token_expires_in: z.number().positive().optional(),
  scope: z.string().optional(),
});
const OAuthError = z.object({ error: z.string(), error_description: z.string().optional() });

export type Grant =
  | { grant_type: 'authorization_code'; code: string; redirect_uri: string; code_verifier?: string }
  | { grant_type: 'refresh_token'; refresh_token: string };

export function expiryOf(tokens: StoredLinkedInTokens): CredentialExpiry {
  return { accessExpiresAt: tokens.accessExpiresAt, refreshExpiresAt: tokens.refreshExpiresAt ?? null };
}

export function grantedScopes(tokens: StoredLinkedInTokens): string[] {
  return tokens.scope.split(/[ ,]+/).filter(Boolean);
}

/**
 * Sends one grant; the client secret goes in the form as LinkedIn asks, and a native app
 * without a secret sends its PKCE verifier instead.
 */
export function tokenCall(
  ctx: ConnectorContext,
  endpoints: LinkedInEndpoints,
  app: OwnApp,
  grant: Grant,
): Promise<HttpAnswer> {
  const form = new URLSearchParams(grant);
  form.set('client_id', app.clientId.trim());
  if (app.clientSecret) form.set('client_secret', app.clientSecret);
  return httpCall(ctx, LINKEDIN_NETWORK, {
    method: 'POST',
    url: endpoints.token,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form.toString(),
    credential: true,
    redirect: 'manual',
    // A grant changes nothing on the owner's account: repeating one is harmless.
    effect: 'read',
  });
}

/** Reads a successful grant; a refusal becomes an error that says what to do. */
export function issuedTokens(
  answer: HttpAnswer,
  now: number,
  previous: StoredLinkedInTokens | null,
): StoredLinkedInTokens {
  const parsed = TokenAnswer.safeParse(answer.json);
  if (answer.status !== 200 || !parsed.success) throw tokenRefusal(answer, previous);
  const { access_token, expires_in, refresh_token, refresh_token_expires_in, scope } = parsed.data;
  const refreshToken = refresh_token ?? previous?.refreshToken;
  const refreshExpiresAt =
    refresh_token_expires_in !== undefined
      ? now + refresh_token_expires_in * 1000
      : previous?.refreshExpiresAt;
  return {
    accessToken: access_token,
    accessExpiresAt: now + expires_in * 1000,
    ...(refreshToken ? { refreshToken } : {}),
    ...(refreshToken && refreshExpiresAt !== undefined ? { refreshExpiresAt } : {}),
    scope: scope ?? previous?.scope ?? '',
  };
}

export function tokenRefusal(answer: HttpAnswer, renewing: StoredLinkedInTokens | null): ConnectorError {
  const problem = OAuthError.safeParse(answer.json);
  const said = problem.success ? (problem.data.error_description ?? problem.data.error) : undefined;
  const details = { httpStatus: answer.status, serverAnswer: said ?? `HTTP ${answer.status}` };
  const words = (plain: CoreMessageKey, saying: CoreMessageKey) =>
    refusalWords(said, answer.status, plain, saying);
  if (answer.status === 401 || (problem.success && problem.data.error === 'invalid_client')) {
    return new ConnectorError(
      'auth',
      renewing
        ? words('connectors.linkedin.appNotTakenRenewing', 'connectors.linkedin.appNotTakenRenewingSaying')
        : words('connectors.linkedin.appNotTaken', 'connectors.linkedin.appNotTakenSaying'),
      details,
    );
  }
  return new ConnectorError(
    'auth',
    renewing
      ? words('connectors.linkedin.renewalRefused', 'connectors.linkedin.renewalRefusedSaying')
      : words('connectors.linkedin.signInUnfinished', 'connectors.linkedin.signInUnfinishedSaying'),
    details,
  );
}
