// Shapes shared by the fake X's modules and the tests that drive it.
import type { FakeReply, RecordedRequest } from '../http-fake-kit';
import type { CheckedRequest } from '../openapi-validator';

export interface XClientApp {
  clientId: string;
  /** Set for a confidential client, which authenticates to the token endpoint with HTTP Basic. */
  clientSecret?: string;
  /** Callback URIs registered in the developer portal; X matches them exactly, port included. */
  redirectUris: string[];
}

export interface XFakeConfig {
  /**
   * The app's access level. On `free`, read endpoints other than GET /2/users/me answer 403
   * client-forbidden, so a connector can tell the tier from the answers.
   */
  tier: 'free' | 'basic';
  app: XClientApp;
  /** What the signed-in owner does on X's authorization page. */
  authorization: 'approve' | 'deny';
  /** Access tokens expire after two hours (docs.x.com/fundamentals/authentication/oauth-2-0/user-access-token). */
  accessTokenLifetimeSeconds: number;
  /** Per-user windows per operation, keyed "METHOD /template"; others use `defaultRateLimit`. */
  rateLimits: Record<string, { limit: number; windowSeconds: number }>;
  defaultRateLimit: { limit: number; windowSeconds: number };
  /** POST /2/tweets caps per 24 hours, reported in x-user-limit-24hour-* and x-app-limit-24hour-*. */
  postsPer24Hours: { user: number; app: number };
  /** How many status polls an upload answers `in_progress` before `succeeded`; 0 answers the upload ready. */
  mediaProcessingPolls: number;
}

export type XFault =
  | { kind: 'rate-limited'; resetInSeconds?: number }
  /** The monthly usage cap of the app's plan is spent: 429 with the usage-capped problem. */
  | { kind: 'usage-capped' }
  | { kind: 'unauthorized' }
  | { kind: 'server-error'; status?: 500 | 503 };

export interface XToken {
  userId: string;
  scopes: string[];
  expiresAt: number;
}

export interface RouteContext {
  request: RecordedRequest;
  checked: CheckedRequest;
  token: XToken;
}

export type RouteHandler = (context: RouteContext) => FakeReply;

/**
 * X's error bodies are RFC 7807 problems sent as application/problem+json; the types are
 * listed at docs.x.com/x-api/fundamentals/response-codes-and-errors.
 */
export function problem(
  status: number,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
): FakeReply {
  return { status, json: body, contentType: 'application/problem+json', headers };
}

export const unauthorized = () =>
  problem(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });

export const forbidden = (detail = 'Forbidden') =>
  problem(403, { title: 'Forbidden', type: 'about:blank', status: 403, detail });

export const tooManyRequests = (headers: Record<string, string>) =>
  problem(
    429,
    { title: 'Too Many Requests', type: 'about:blank', status: 429, detail: 'Too Many Requests' },
    headers,
  );

export const invalidRequest = (detail: string, extra: Record<string, unknown> = {}) =>
  problem(400, {
    title: 'Invalid Request',
    type: 'https://api.x.com/2/problems/invalid-request',
    detail,
    ...extra,
  });

export const clientForbidden = (clientId: string) =>
  problem(403, {
    client_id: clientId,
    title: 'Client Forbidden',
    type: 'https://api.x.com/2/problems/client-forbidden',
    reason: 'client-not-enrolled',
    required_enrollment: 'Appropriate Level of API Access',
    registration_url: 'https://developer.x.com/en/portal/product',
    detail:
      'When authenticating requests to the X API v2 endpoints, you must use keys and tokens from an App with the appropriate level of API access.',
  });

export const usageCapped = () =>
  problem(429, {
    title: 'UsageCapExceeded',
    type: 'https://api.x.com/2/problems/usage-capped',
    period: 'Monthly',
    scope: 'Product',
    detail: 'Usage cap exceeded: Monthly product cap',
  });
