// Plays the owner's system browser on X's authorization page, checking first that the URL the
// app built asks for what Cadence needs: its client id, its loopback redirect, the five scopes,
// a state and an S256 PKCE challenge. Then X redirects back to the loopback listener.
import { openInBrowser } from '../oauth-kit';

export const CADENCE_X_SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write'];

export interface ApprovedAuthorization {
  /** The URL X sent the browser to: the app's redirect_uri with code and state. */
  redirect: URL;
  code?: string;
  state?: string;
  error?: string;
}

export async function approveXAuthorization(
  authorizeUrl: string,
  expected: { clientId: string; redirectUri: string },
): Promise<ApprovedAuthorization> {
  const url = new URL(authorizeUrl);
  const query = url.searchParams;
  const problems: string[] = [];
  if (url.pathname !== '/i/oauth2/authorize') problems.push(`authorize path is ${url.pathname}`);
  if (query.get('client_id') !== expected.clientId) problems.push(`client_id is ${query.get('client_id')}`);
  const redirectUri = query.get('redirect_uri') ?? '';
  if (redirectUri !== expected.redirectUri) problems.push(`redirect_uri is ${redirectUri}`);
  if (!redirectUri.startsWith('http://127.0.0.1:'))
    problems.push('redirect_uri is not a 127.0.0.1 loopback URL');
  const scopes = (query.get('scope') ?? '').split(' ');
  const missing = CADENCE_X_SCOPES.filter((scope) => !scopes.includes(scope));
  if (missing.length > 0) problems.push(`scope lacks ${missing.join(', ')}`);
  if (!query.get('state')) problems.push('no state');
  if (!query.get('code_challenge')) problems.push('no code_challenge');
  if (query.get('code_challenge_method') !== 'S256') problems.push('code_challenge_method is not S256');
  if (problems.length > 0) throw new Error(`X authorize URL: ${problems.join('; ')}`);
  const visit = await openInBrowser(authorizeUrl);
  if (visit.status !== 302 || !visit.location)
    throw new Error(`X authorize page answered ${visit.status}: ${visit.body}`);
  const back = visit.location.searchParams;
  return {
    redirect: visit.location,
    code: back.get('code') ?? undefined,
    state: back.get('state') ?? undefined,
    error: back.get('error') ?? undefined,
  };
}
