// Plays the owner's browser in Threads' Authorization Window, checking first that the app's
// URL names its app id, its loopback redirect, a state and the permissions Cadence needs.
// Threads' authorization has no PKCE parameters ([auth] lists none), so none are checked.
import { openInBrowser } from '../oauth-kit';
import { CADENCE_THREADS_SCOPES } from './threads-fake';

export async function approveThreadsAuthorization(
  authorizeUrl: string,
  expected: { appId: string; redirectUri: string; scopes?: string[] },
): Promise<{ redirect: URL; code?: string; state?: string; error?: string }> {
  const query = new URL(authorizeUrl).searchParams;
  const problems: string[] = [];
  if (query.get('client_id') !== expected.appId) problems.push(`client_id is ${query.get('client_id')}`);
  const redirectUri = query.get('redirect_uri') ?? '';
  if (redirectUri !== expected.redirectUri) problems.push(`redirect_uri is ${redirectUri}`);
  if (!query.get('state')) problems.push('no state');
  const scopes = (query.get('scope') ?? '').split(',');
  const missing = (expected.scopes ?? CADENCE_THREADS_SCOPES).filter((scope) => !scopes.includes(scope));
  if (missing.length > 0) problems.push(`scope lacks ${missing.join(', ')}`);
  if (problems.length > 0) throw new Error(`Threads authorize URL: ${problems.join('; ')}`);
  const visit = await openInBrowser(authorizeUrl);
  if (visit.status !== 302 || !visit.location) throw new Error(`Threads authorize answered ${visit.status}`);
  const back = visit.location.searchParams;
  return {
    redirect: visit.location,
    code: back.get('code') ?? undefined,
    state: back.get('state') ?? undefined,
    error: back.get('error') ?? undefined,
  };
}
