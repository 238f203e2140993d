// Who may talk to web mode: only a page on this machine's loopback that knows this run's token.
// The Host check stops DNS rebinding (a hostile site re-pointing its name at 127.0.0.1); the
// token stops any other local page or process that guesses the port.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'cadence_token';
export const TOKEN_HEADER = 'x-cadence-token';
export const TOKEN_QUERY = 'token';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison; hashing first makes the lengths equal, so length leaks nothing either. */
export function tokensMatch(expected: string, offered: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(offered));
}

export function hostIsLoopback(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Where the request carried a token, if anywhere: the query (first load), the header (API) or the cookie. */
export function offeredTokens(request: IncomingMessage, url: URL): string[] {
  const offered: string[] = [];
  const fromQuery = url.searchParams.get(TOKEN_QUERY);
  if (fromQuery) offered.push(fromQuery);
  const fromHeader = request.headers[TOKEN_HEADER];
  if (typeof fromHeader === 'string' && fromHeader) offered.push(fromHeader);
  const fromCookie = readCookie(request.headers.cookie, TOKEN_COOKIE);
  if (fromCookie) offered.push(fromCookie);
  return offered;
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator === -1) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return null;
}

/**
 * The renderer's own policy (src-renderer/index.html) sent as a header too, so it also covers
 * responses that are not the page and adds what a meta tag cannot say (frame-ancestors).
 * Images come from 'self', which is where /media lives (there is no cadence-media: scheme here),
 * or over https: for account pictures served by the networks.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries. */
export const BASE_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
