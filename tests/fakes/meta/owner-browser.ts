// Plays the owner's system browser in Facebook Login's OAuth dialog, checking first that the
// URL the app built asks for what Cadence needs: its app id, its loopback redirect, a state,
// the Page and Instagram permissions and, when `pkce` is expected, an S256 challenge.
import { openInBrowser } from '../oauth-kit';

export const CADENCE_META_PERMISSIONS = [
  'pages_show_list',
  'pages_read_engagement',
  'pages_manage_posts',
  'instagram_basic',
  'instagram_content_publish',
];

export interface DialogResult {
  redirect: URL;
  code?: string;
  state?: string;
  error?: string;
}

export async function approveFacebookLogin(
  dialogUrl: string,
  expected: { appId: string; redirectUri: string; pkce?: boolean; permissions?: string[] },
): Promise<DialogResult> {
  const url = new URL(dialogUrl);
  const query = url.searchParams;
  const problems: string[] = [];
  if (!/^\/v\d+\.\d+\/dialog\/oauth$/.test(url.pathname)) problems.push(`dialog path is ${url.pathname}`);
  if (query.get('client_id') !== expected.appId) problems.push(`client_id is ${query.get('client_id')}`);
  const redirectUri = query.get('redirect_uri') ?? '';
  if (redirectUri !== expected.redirectUri) problems.push(`redirect_uri is ${redirectUri}`);
  if (!redirectUri.startsWith('http://127.0.0.1:'))
    problems.push('redirect_uri is not a 127.0.0.1 loopback URL');
  if (!query.get('state')) problems.push('no state');
  const scopes = (query.get('scope') ?? '').split(/[ ,]+/);
  const missing = (expected.permissions ?? CADENCE_META_PERMISSIONS).filter(
    (scope) => !scopes.includes(scope),
  );
  if (missing.length > 0) problems.push(`scope lacks ${missing.join(', ')}`);
  if (expected.pkce && (query.get('code_challenge_method') !== 'S256' || !query.get('code_challenge')))
    problems.push('no S256 code_challenge');
  if (problems.length > 0) throw new Error(`Facebook Login dialog URL: ${problems.join('; ')}`);
  const visit = await openInBrowser(dialogUrl);
  if (visit.status !== 302 || !visit.location)
    throw new Error(`OAuth dialog answered ${visit.status}: ${visit.body}`);
  const back = visit.location.searchParams;
  return {
    redirect: visit.location,
    code: back.get('code') ?? undefined,
    state: back.get('state') ?? undefined,
    error: back.get('error') ?? undefined,
  };
}
