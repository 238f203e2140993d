// Plays the owner's browser on LinkedIn's authorization page, checking first that the app's
// URL names its client id, a 127.0.0.1 loopback redirect, a state, Cadence's scopes and, for
// a native app with PKCE, an S256 challenge ([native] in schema.ts).
import { openInBrowser } from '../oauth-kit';
import { CADENCE_LINKEDIN_SCOPES } from './linkedin-fake';

export async function approveLinkedInAuthorization(
  authorizeUrl: string,
  expected: { clientId: string; redirectUri: string; pkce?: boolean; scopes?: string[] },
): Promise<{ redirect: URL; code?: string; state?: string; error?: string }> {
  const query = new URL(authorizeUrl).searchParams;
  const problems: string[] = [];
  if (query.get('client_id') !== expected.clientId) problems.push(`client_id is ${query.get('client_id')}`);
  const redirectUri = query.get('redirect_uri') ?? '';
  if (redirectUri !== expected.redirectUri) problems.push(`redirect_uri is ${redirectUri}`);
  if (!redirectUri.startsWith('http://127.0.0.1:'))
    problems.push('redirect_uri is not a 127.0.0.1 loopback URL');
  if (!query.get('state')) problems.push('no state');
  const scopes = (query.get('scope') ?? '').split(/[ ,]+/);
  const missing = (expected.scopes ?? CADENCE_LINKEDIN_SCOPES).filter((scope) => !scopes.includes(scope));
  if (missing.length > 0) problems.push(`scope lacks ${missing.join(', ')}`);
  if (expected.pkce && (query.get('code_challenge_method') !== 'S256' || !query.get('code_challenge')))
    problems.push('no S256 code_challenge');
  if (problems.length > 0) throw new Error(`LinkedIn authorize URL: ${problems.join('; ')}`);
  const visit = await openInBrowser(authorizeUrl);
  if (visit.status !== 302 || !visit.location)
    throw new Error(`LinkedIn authorize answered ${visit.status}: ${visit.body}`);
  const back = visit.location.searchParams;
  return {
    redirect: visit.location,
    code: back.get('code') ?? undefined,
    state: back.get('state') ?? undefined,
    error: back.get('error') ?? undefined,
  };
}
