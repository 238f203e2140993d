// OAuth 2.0 pieces the fakes of X, Meta, Threads and LinkedIn share: PKCE (RFC 7636), opaque
// tokens, redirects back to the app's loopback listener (RFC 8252) and HTTP Basic client
// credentials, plus the test-side helpers that play the owner's browser.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { z } from 'zod';
import { headerValue, type FakeReply } from './http-fake-kit';

/** RFC 7636 §4.1: 43 to 128 characters of [A-Z] [a-z] [0-9] "-" "." "_" "~". */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** RFC 6749 §5.2: a token endpoint's error answer. */
export const TokenErrorBody = z.strictObject({
  error: z.enum([
    'invalid_request',
    'invalid_client',
    'invalid_grant',
    'unauthorized_client',
    'unsupported_grant_type',
    'invalid_scope',
  ]),
  error_description: z.string().optional(),
});

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export function verifierMatches(verifier: string | undefined, challenge: string, method: 'S256' | 'plain') {
  if (!verifier || !VERIFIER.test(verifier)) return false;
  return (method === 'S256' ? s256(verifier) : verifier) === challenge;
}

export function opaqueToken(prefix = '', bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

/** A 302 to `target` with `params` added to its query (and an optional fragment, as Threads appends `#_`). */
export function redirectReply(
  target: string,
  params: Record<string, string | undefined>,
  fragment?: string,
): FakeReply {
  const url = new URL(target);
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.set(key, value);
  if (fragment !== undefined) url.hash = fragment;
  return { status: 302, headers: { location: url.toString() } };
}

/** An http(s) URL on the loopback interface with an explicit port, as RFC 8252 §7.3 describes. */
export function isLoopbackRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    return /^https?:$/.test(url.protocol) && ['127.0.0.1', '[::1]'].includes(url.hostname) && url.port !== '';
  } catch {
    return false;
  }
}

/** The same redirect URI, ignoring the port (RFC 8252 §7.3: the port of a loopback redirect may vary). */
export function sameLoopbackRedirect(registered: string, given: string): boolean {
  if (!isLoopbackRedirect(registered) || !isLoopbackRedirect(given)) return false;
  const a = new URL(registered);
  const b = new URL(given);
  a.port = '';
  b.port = '';
  return a.toString() === b.toString();
}

/** Client credentials from `Authorization: Basic base64(id:secret)` (RFC 6749 §2.3.1). */
export function basicCredentials(headers: IncomingHttpHeaders): { id: string; secret: string } | undefined {
  const encoded = /^Basic (.+)$/i.exec(headerValue(headers, 'authorization') ?? '')?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return {
    id: decodeURIComponent(decoded.slice(0, colon)),
    secret: decodeURIComponent(decoded.slice(colon + 1)),
  };
}

export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  return /^Bearer (.+)$/i.exec(headerValue(headers, 'authorization') ?? '')?.[1];
}

// ---- Test side: what the app and the owner's browser do ----

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(48).toString('base64url');
  return { verifier, challenge: s256(verifier) };
}

export interface BrowserVisit {
  status: number;
  /** Where the service sent the browser, when it redirected. */
  location?: URL;
  body: string;
}

/** Opens a URL as the system browser would, without following the redirect. */
export async function openInBrowser(url: string): Promise<BrowserVisit> {
  const response = await fetch(url, { redirect: 'manual' });
  const location = response.headers.get('location');
  return {
    status: response.status,
    location: location ? new URL(location) : undefined,
    body: await response.text(),
  };
}
