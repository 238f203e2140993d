// Where X's API and sign-in page live. Tests and e2e web mode point them at the fake through
// ConnectorContext.endpoints.x; the owner's Cadence uses the real hosts.
import type { ConnectorContext } from '../connector';

export { X_REDIRECT_PORT, X_REDIRECT_URI, X_SCOPES } from '../../../shared/own-app-guides/x';

export interface XEndpoints {
  /** The API, which also serves the token endpoint (/2/oauth2/token). */
  api: string;
  /** The page the owner's browser opens to allow Cadence. */
  authorize: string;
}

export const X_DEFAULT_ENDPOINTS: XEndpoints = {
  api: 'https://api.x.com',
  authorize: 'https://x.com/i/oauth2/authorize',
};

export function xEndpoints(ctx: ConnectorContext): XEndpoints {
  const given = ctx.endpoints?.x ?? {};
  return {
    api: (given.api ?? X_DEFAULT_ENDPOINTS.api).replace(/\/+$/, ''),
    authorize: given.authorize ?? X_DEFAULT_ENDPOINTS.authorize,
  };
}

/** A post's address on x.com, from the handle Cadence stored ("@name"). */
export function postUrl(handle: string, id: string): string {
  return `https://x.com/${encodeURIComponent(handle.replace(/^@/, ''))}/status/${encodeURIComponent(id)}`;
}
