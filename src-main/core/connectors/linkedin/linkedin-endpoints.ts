// Where LinkedIn's sign-in pages and API live. Tests and e2e web mode point them at the fake
// through ConnectorContext.endpoints.linkedin; the owner's Cadence uses the real hosts.
import type { ConnectorContext } from '../connector';

export {
  LINKEDIN_MEMBER_SCOPES,
  LINKEDIN_ORGANIZATION_SCOPES,
  LINKEDIN_REDIRECT_URI,
  LINKEDIN_SCOPES,
} from '../../../shared/own-app-guides/linkedin';

export interface LinkedInEndpoints {
  /** api.linkedin.com: the versioned REST API under /rest, OpenID userinfo at /v2/userinfo. */
  api: string;
  /** The page the owner's browser opens to allow Cadence. */
  authorize: string;
  /** Where codes and refresh tokens are exchanged. */
  token: string;
}

export const LINKEDIN_DEFAULT_ENDPOINTS: LinkedInEndpoints = {
  api: 'https://api.linkedin.com',
  authorize: 'https://www.linkedin.com/oauth/v2/authorization',
  token: 'https://www.linkedin.com/oauth/v2/accessToken',
};

export function linkedInEndpoints(ctx: ConnectorContext): LinkedInEndpoints {
  const given = ctx.endpoints?.linkedin ?? {};
  return {
    api: (given.api ?? LINKEDIN_DEFAULT_ENDPOINTS.api).replace(/\/+$/, ''),
    authorize: given.authorize ?? LINKEDIN_DEFAULT_ENDPOINTS.authorize,
    token: given.token ?? LINKEDIN_DEFAULT_ENDPOINTS.token,
  };
}

/** A post's address on linkedin.com, from its URN. */
export function postUrl(urn: string): string {
  return `https://www.linkedin.com/feed/update/${urn}/`;
}
