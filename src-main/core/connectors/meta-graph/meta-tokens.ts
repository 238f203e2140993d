// Facebook Login's tokens (developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow
// and …/guides/access-tokens/get-long-lived): the code is exchanged for a user token of an hour
// or two, that one for a long-lived user token of about 60 days (fb_exchange_token, which needs
// the app secret), and /me/accounts then hands out each Page's token. A Page token read with a
// long-lived user token has no expiry date of its own, but the sign-in around it does: the user
// token that renews it and reads the Pages ends after its 60 days unless renewed, and Meta's
// data access for the person lapses too (…/facebook-login/auth-vs-data). So the user token's
// end is recorded as the sign-in's: renewed a week ahead, and the date the calendar warns of.
import { z } from 'zod';
import { say } from '../../../shared/messages/owner-message';
import type { CredentialExpiry, OwnApp } from '../connector';
import { ConnectorError } from '../connector-error';
import type { GraphApi } from './graph-api';

/** What Cadence keeps in the keychain for a Facebook Page or an Instagram account. */
export const StoredMetaSecret = z.object({
  /** The long-lived user token: renews the sign-in and reads the owner's Pages. */
  userToken: z.string().min(1),
  userTokenExpiresAt: z.number().nullable(),
  pageId: z.string().min(1),
  /** The Page's own token, with no expiry date: every Page and Instagram call uses it. */
  pageToken: z.string().min(1),
  /** Set for an Instagram account: its id, on the Page above. */
  igUserId: z.string().min(1).optional(),
});
export type StoredMetaSecret = z.infer<typeof StoredMetaSecret>;

const TokenAnswer = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive().optional(),
});

export interface UserToken {
  token: string;
  /** Null when Meta named no end. */
  expiresAt: number | null;
}

/** The code from the dialog, for a short-lived user token ([manual] "Exchanging Code for an Access Token"). */
export async function exchangeCode(
  api: GraphApi,
  app: OwnApp,
  input: { code: string; codeVerifier: string | null; redirectUri: string },
  now: number,
): Promise<UserToken> {
  const answer = await api.call(
    {
      path: '/oauth/access_token',
      params: {
        client_id: app.clientId,
        client_secret: secretOf(app),
        redirect_uri: input.redirectUri,
        code: input.code,
        code_verifier: input.codeVerifier ?? undefined,
      },
      during: 'sign-in',
      credential: true,
    },
    TokenAnswer,
  );
  return tokenOf(answer, now);
}

/** A user token (short- or long-lived, still valid) for one that lasts about 60 days from now. */
export async function longLivedToken(
  api: GraphApi,
  app: OwnApp,
  token: string,
  now: number,
): Promise<UserToken> {
  const answer = await api.call(
    {
      path: '/oauth/access_token',
      params: {
        grant_type: 'fb_exchange_token',
        client_id: app.clientId,
        client_secret: secretOf(app),
        fb_exchange_token: token,
      },
      during: 'sign-in',
      credential: true,
    },
    TokenAnswer,
  );
  return tokenOf(answer, now);
}

/** The sign-in ends with its user token; there is no separate refresh token. */
export function expiryOf(secret: Pick<StoredMetaSecret, 'userTokenExpiresAt'>): CredentialExpiry {
  return { accessExpiresAt: secret.userTokenExpiresAt, refreshExpiresAt: null };
}

export function secretOf(app: OwnApp): string {
  const secret = app.clientSecret?.trim();
  if (!secret) {
    throw new ConnectorError('config', say('connectors.metaGraph.secretMissing'));
  }
  return secret;
}

function tokenOf(answer: z.infer<typeof TokenAnswer>, now: number): UserToken {
  return {
    token: answer.access_token,
    expiresAt: answer.expires_in === undefined ? null : now + answer.expires_in * 1000,
  };
}
