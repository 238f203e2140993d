// Where the Threads API and its Authorization Window live. Tests and e2e web mode point them at
// the fake through ConnectorContext.endpoints.threads; the owner's Cadence uses the real hosts.
import type { ConnectorContext } from '../connector';

export { THREADS_REDIRECT_URI, THREADS_SCOPES } from '../../../shared/own-app-guides/threads';

/** The Graph API version Cadence speaks (developers.facebook.com/docs/threads/reference). */
export const THREADS_API_VERSION = 'v1.0';

export interface ThreadsEndpoints {
  /** graph.threads.net: the token endpoints at its root, the API under /v1.0. */
  api: string;
  /** The Authorization Window the owner's browser opens. */
  authorize: string;
}

export const THREADS_DEFAULT_ENDPOINTS: ThreadsEndpoints = {
  api: 'https://graph.threads.net',
  authorize: 'https://threads.net/oauth/authorize',
};

export function threadsEndpoints(ctx: ConnectorContext): ThreadsEndpoints {
  const given = ctx.endpoints?.threads ?? {};
  return {
    api: (given.api ?? THREADS_DEFAULT_ENDPOINTS.api).replace(/\/+$/, ''),
    authorize: given.authorize ?? THREADS_DEFAULT_ENDPOINTS.authorize,
  };
}
