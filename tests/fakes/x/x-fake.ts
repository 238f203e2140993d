// A fake X API v2 for tests, checked against X's OpenAPI document in tests/reference: every
// request is validated before it is handled and every answer before it leaves; anything
// off-schema lands in `violations`, which a passing test expects to be empty. It also serves
// the OAuth 2.0 authorize page and token endpoint, and simulates tiers, rate limits, the
// 24-hour post caps, the monthly usage cap and expired tokens.
import {
  FaultQueue,
  startHttpFake,
  type FakeOutcome,
  type FakeReply,
  type RecordedRequest,
} from '../http-fake-kit';
import { bearerToken, opaqueToken, TokenErrorBody } from '../oauth-kit';
import { shapeViolations } from '../shape-check';
import { logOf } from '../request-log';
import { TransportFaults } from '../transport-faults';
import { mediaRoutes } from './media-routes';
import { knownScopes, requiredScopes, xValidator } from './openapi';
import { XOAuth } from './oauth';
import { postRoutes } from './post-routes';
import { XStore, type XUser } from './store';
import { XRateLimits } from './rate-limits';
import {
  clientForbidden,
  forbidden,
  invalidRequest,
  problem,
  unauthorized,
  usageCapped,
  type RouteHandler,
  type XFakeConfig,
  type XFault,
} from './types';

export type { XFakeConfig, XFault } from './types';

export interface XFakeOptions {
  now?: () => number;
  owner?: Partial<Pick<XUser, 'name' | 'username' | 'followersCount'>>;
  config?: Partial<XFakeConfig>;
}

/** Read operations a free-tier app may not call (GET /2/users/me stays open to it). */
const PAID_READS = new Set(['GET /2/users/{id}/tweets', 'GET /2/tweets/{id}']);

const DEFAULT_CONFIG: XFakeConfig = {
  tier: 'basic',
  app: { clientId: 'cadence-x-client', redirectUris: ['http://127.0.0.1:53682/callback'] },
  authorization: 'approve',
  accessTokenLifetimeSeconds: 7200,
  rateLimits: {
    'POST /2/tweets': { limit: 100, windowSeconds: 900 },
    'GET /2/users/me': { limit: 250, windowSeconds: 900 },
    'GET /2/users/{id}/tweets': { limit: 10, windowSeconds: 900 },
  },
  defaultRateLimit: { limit: 500, windowSeconds: 900 },
  postsPer24Hours: { user: 100, app: 1667 },
  mediaProcessingPolls: 0,
};

export async function startXFake(options: XFakeOptions = {}) {
  const now = options.now ?? Date.now;
  const config: XFakeConfig = { ...DEFAULT_CONFIG, ...options.config };
  const validator = xValidator();
  const violations: string[] = [];
  const faults = new FaultQueue<XFault>();
  const transport = new TransportFaults();
  const store = new XStore();
  const limits = new XRateLimits(config, now);
  const owner: XUser = {
    id: store.nextId(),
    name: options.owner?.name ?? 'Cadence Bakery',
    username: options.owner?.username ?? 'cadencebakery',
    createdAt: now() - 400 * 24 * 60 * 60 * 1000,
    description: 'Bread and cakes, baked daily.',
    followersCount: options.owner?.followersCount ?? 1234,
    followingCount: 56,
    listedCount: 3,
  };
  store.users.set(owner.id, owner);
  const oauth = new XOAuth(config, () => owner.id, now, knownScopes(), violations);
  const posting = postRoutes(store, now);
  const media = mediaRoutes(store, config, now);
  const routes = new Map<string, RouteHandler>([
    ['POST /2/tweets', posting.createPost],
    ['DELETE /2/tweets/{id}', posting.deletePost],
    ['GET /2/tweets/{id}', posting.getPost],
    ['GET /2/users/me', posting.me],
    ['GET /2/users/{id}/tweets', posting.userPosts],
    ['POST /2/media/upload', media.upload],
    ['GET /2/media/upload', media.status],
    ['POST /2/media/upload/initialize', media.initialize],
    ['POST /2/media/upload/{id}/append', media.append],
    ['POST /2/media/upload/{id}/finalize', media.finalize],
    ['POST /2/media/metadata', media.metadata],
  ]);

  const faultReply = (fault: XFault, headers: Record<string, string>): FakeReply => {
    if (fault.kind === 'rate-limited') return limits.exhausted(fault.resetInSeconds ?? 900);
    if (fault.kind === 'usage-capped') return usageCapped();
    if (fault.kind === 'unauthorized') return unauthorized();
    const status = fault.status ?? 503;
    return problem(
      status,
      status === 503
        ? { title: 'Service Unavailable', type: 'about:blank', status, detail: 'Service Unavailable' }
        : {
            title: 'Internal Error',
            type: 'https://api.x.com/2/problems/internal-error',
            detail: 'Internal server error',
          },
      headers,
    );
  };

  const answer = (request: RecordedRequest): FakeReply => {
    if (request.method === 'GET' && request.path === '/i/oauth2/authorize') return oauth.authorize(request);
    if (request.method === 'POST' && request.path === '/2/oauth2/token') {
      const reply = oauth.token(request);
      if (reply.status !== 200)
        violations.push(...shapeViolations(TokenErrorBody, reply.json, 'POST /2/oauth2/token error'));
      return reply;
    }
    const checked = validator.checkRequest(request);
    const finish = (reply: FakeReply): FakeReply => {
      if (checked.template) {
        const body = reply.json === undefined ? undefined : JSON.parse(JSON.stringify(reply.json));
        const contentType = reply.contentType ?? 'application/json';
        violations.push(
          ...validator.checkResponse(
            request.method,
            request.path,
            reply.status,
            { 'content-type': contentType },
            body,
          ),
        );
      }
      return reply;
    };
    if (checked.violations.length > 0 || !checked.template) {
      violations.push(...checked.violations);
      if (!checked.template)
        return problem(404, { title: 'Not Found', type: 'about:blank', status: 404, detail: 'Not Found' });
      return finish(
        invalidRequest('One or more parameters to your request was invalid.', {
          errors: checked.violations.map((message) => ({ message })),
        }),
      );
    }
    const key = `${request.method} ${checked.template}`;
    const route = routes.get(key);
    if (!route) {
      violations.push(`${key}: the fake does not implement this operation`);
      return finish(
        problem(404, { title: 'Not Found', type: 'about:blank', status: 404, detail: 'Not Found' }),
      );
    }
    const bearer = bearerToken(request.headers);
    const token = bearer ? oauth.tokens.get(bearer) : undefined;
    if (!token || token.expiresAt <= now()) return finish(unauthorized());
    const needed = requiredScopes(checked.template, request.method);
    if (!needed.every((scope) => token.scopes.includes(scope))) return finish(forbidden());
    const window = limits.count(bearer ?? '', key);
    const fault = faults.take(request.method, request.path);
    if (fault) return finish(faultReply(fault, window.headers));
    if (config.tier === 'free' && PAID_READS.has(key)) return finish(clientForbidden(config.app.clientId));
    if (window.exceeded) return finish(limits.exhausted(window.resetInSeconds));
    const daily = key === 'POST /2/tweets' ? limits.countPost(token.userId) : undefined;
    if (daily?.exceeded)
      return finish({
        ...limits.exhausted(daily.resetInSeconds),
        headers: { ...window.headers, ...daily.headers },
      });
    const reply = route({ request, checked, token });
    return finish({ ...reply, headers: { ...window.headers, ...daily?.headers, ...reply.headers } });
  };

  const handle = (request: RecordedRequest): Promise<FakeOutcome> =>
    transport.apply(request, () => answer(request));
  const server = await startHttpFake(handle, { now });

  return {
    url: server.url,
    /** Where the app sends the owner's browser (x.com/i/oauth2/authorize on the real service). */
    authorizeUrl: `${server.url}/i/oauth2/authorize`,
    /** The token endpoint (api.x.com/2/oauth2/token on the real service). */
    tokenUrl: `${server.url}/2/oauth2/token`,
    config,
    faults,
    transport,
    violations,
    requests: server.requests,
    /** The requests with their bodies parsed (JSON, form fields, multipart fields and files). */
    get calls() {
      return logOf(server.requests);
    },
    store,
    owner,
    oauth,
    /** A token for the owner as if the OAuth flow had run, with Cadence's scopes unless others are given. */
    issueToken(
      scopes = ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write'],
    ): string {
      const token = opaqueToken();
      oauth.tokens.set(token, {
        userId: owner.id,
        scopes,
        expiresAt: now() + config.accessTokenLifetimeSeconds * 1000,
      });
      return token;
    },
    expireAccessTokens: () => oauth.expireAccessTokens(),
    get posts() {
      return [...store.posts.values()].filter((post) => post.authorId === owner.id);
    },
    close: async () => {
      transport.dispose();
      await server.close();
    },
  };
}

export type XFake = Awaited<ReturnType<typeof startXFake>>;
