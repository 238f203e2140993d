// Who may talk to web mode: only a page on this machine's loopback that knows this run's token.
// The Host check stops DNS rebinding (a hostile site re-pointing its name at 127.0.0.1); the
// token stops any other local page or process that guesses the port; the Origin and
// Sec-Fetch-Site checks stop a page on another local port, whose requests a browser sends with
// our cookie (cookies ignore ports, and 127.0.0.1:other is the same *site*, so SameSite=Strict
// does not help).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

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

/**
 * One cookie name per port: browsers send a 127.0.0.1 cookie to every port, so two web-mode
 * servers (or a restart on a new port) would otherwise overwrite each other's token.
 */
export function tokenCookieName(port: number): string {
  return `cadence_token_${port}`;
}

/** Where the request carried a token, if anywhere: the query (first load), the header (API) or the cookie. */
export function offeredTokens(request: IncomingMessage, url: URL, port: number): string[] {
  const offered: string[] = [];
  const fromQuery = url.searchParams.get(TOKEN_QUERY);
  if (fromQuery) offered.push(fromQuery);
  const fromHeader = request.headers[TOKEN_HEADER];
  if (typeof fromHeader === 'string' && fromHeader) offered.push(fromHeader);
  const fromCookie = readCookie(request.headers.cookie, tokenCookieName(port));
  if (fromCookie) offered.push(fromCookie);
  return offered;
}

export function tokenCookie(token: string, port: number): string {
  return `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/**
 * Why a request must be refused as coming from another page, or null when it may go on.
 * Both headers are set by the browser and cannot be forged by a page's script:
 * - `Origin`, when present, must be this server's own (`http://<the Host it asked for>`). A
 *   browser sends it on every POST, on EventSource and on any cross-origin request, so a page
 *   on another port always names itself here.
 * - `Sec-Fetch-Site` (Fetch Metadata) must be `same-origin`, or `none` for what the owner did
 *   themselves (typed the address, opened a bookmark), which carries no Origin; `same-site` is
 *   exactly the other-port page, and `cross-site` any other site.
 * A request with neither header does not come from a modern browser page: it is a program on
 * this machine (curl, the tests), which still needs the token. A browser too old for Fetch
 * Metadata still sends Origin for the attack that matters, so its same-origin calls pass.
 */
export function foreignPageReason(request: IncomingMessage, ownOrigin: string): string | null {
  const origin = request.headers.origin;
  const site = request.headers['sec-fetch-site'];
  if (origin !== undefined && origin !== ownOrigin) return `a page at ${origin}`;
  if (site === undefined || site === 'same-origin') return null;
  if (site === 'none' && origin === undefined) return null;
  return `a ${String(site)} request`;
}

/** Whether a Content-Type header names JSON (parameters such as charset allowed). */
export function isJsonContentType(value: string | undefined): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json';
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
 * or over https: for account pictures served by the networks; videos come from 'self' too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "media-src 'self'",
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
