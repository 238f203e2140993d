// A fake Threads API (graph.threads.net) for tests. Threads publishes no machine-readable
// schema, so every request and answer is checked against the documented shapes in schema.ts,
// each field cited to developers.facebook.com/docs/threads. Violations land in `violations`,
// which a passing test expects to be empty.
import {
  FaultQueue,
  startHttpFake,
  type FakeOutcome,
  type FakeReply,
  type RecordedRequest,
} from '../http-fake-kit';
import { readParams } from '../meta/params';
import { bearerToken } from '../oauth-kit';
import { shapeViolations } from '../shape-check';
import { logOf } from '../request-log';
import { TransportFaults } from '../transport-faults';
import { threadsError, type ThreadsErrorFields } from './errors';
import { ThreadsOAuth, type ThreadsApp } from './oauth';
import { threadsRoutes, type ThreadsContext } from './routes';
import { CreatedId, ErrorBody } from './schema';
import { ThreadsWorld, type ThreadsSettings } from './world';

export type ThreadsFault =
  | { kind: 'expired-token' }
  | { kind: 'rate-limited' }
  | { kind: 'server-error' }
  | { kind: 'error'; status?: number; error: ThreadsErrorFields };

export interface ThreadsFakeOptions {
  now?: () => number;
  app?: Partial<ThreadsApp>;
  settings?: Partial<ThreadsSettings>;
  owner?: { username?: string; followersCount?: number };
}

export const CADENCE_THREADS_SCOPES = [
  'threads_basic',
  'threads_content_publish',
  'threads_manage_insights',
  'threads_manage_replies',
  'threads_read_replies',
];

export async function startThreadsFake(options: ThreadsFakeOptions = {}) {
  const now = options.now ?? Date.now;
  const app: ThreadsApp = {
    appId: '990602627938098',
    appSecret: 'cadence-threads-secret',
    redirectUris: ['http://127.0.0.1:53682/callback'],
    ...options.app,
  };
  const violations: string[] = [];
  const faults = new FaultQueue<ThreadsFault>();
  const transport = new TransportFaults();
  const world = new ThreadsWorld(
    { containerPolls: 1, containerOutcome: 'FINISHED', ...options.settings },
    options.owner,
  );
  const control = { authorization: 'approve' as 'approve' | 'deny' };
  const oauth = new ThreadsOAuth(app, world.profile.id, () => control.authorization, now, violations);
  const publicOrigins: string[] = [];
  const routes = threadsRoutes(world, now, () => publicOrigins);

  const faultReply = (fault: ThreadsFault): FakeReply => {
    switch (fault.kind) {
      case 'expired-token':
        return threadsError(400, {
          message: 'Error validating access token: Session has expired.',
          type: 'OAuthException',
          code: 190,
          error_subcode: 463,
        });
      case 'rate-limited':
        return threadsError(
          400,
          {
            message: '(#4) Application request limit reached',
            type: 'OAuthException',
            code: 4,
            is_transient: true,
          },
          { 'x-app-usage': JSON.stringify({ call_count: 100, total_cputime: 100, total_time: 100 }) },
        );
      case 'server-error':
        return threadsError(500, {
          message: 'An unexpected error has occurred. Please retry your request later.',
          type: 'OAuthException',
          code: 2,
          is_transient: true,
        });
      case 'error':
        return threadsError(fault.status ?? 400, fault.error);
    }
  };

  const answer = async (request: RecordedRequest, path: string, segments: string[]): Promise<FakeReply> => {
    if (request.method === 'GET' && path === '/oauth/authorize') return oauth.authorize(request);
    const params = readParams(request);
    if (!params.ok) {
      violations.push(`${request.method} ${path}: ${params.error}`);
      return threadsError(400, { message: params.error, type: 'OAuthException', code: 100 });
    }
    if (request.method === 'POST' && path === '/oauth/access_token')
      return oauth.exchangeCode(request, params.raw);
    if (request.method === 'GET' && path === '/access_token') return oauth.exchangeForLongLived(params.raw);
    if (request.method === 'GET' && path === '/refresh_access_token') return oauth.refresh(params.raw);
    const tokenString = params.raw.access_token ?? bearerToken(request.headers);
    const token = tokenString ? oauth.tokens.get(tokenString) : undefined;
    if (!token)
      return threadsError(400, {
        message: 'Invalid OAuth access token - Cannot parse access token',
        type: 'OAuthException',
        code: 190,
      });
    if (token.expiresAt <= now()) return faultReply({ kind: 'expired-token' });
    const fault = faults.take(request.method, path);
    if (fault) return faultReply(fault);
    const [rawId = '', edge, ...rest] = segments;
    const id = rawId === 'me' ? world.profile.id : rawId;
    const context: ThreadsContext = { path: `${request.method} ${path}`, raw: params.raw, violations };
    const needs = (scope: string) => token.scopes.includes(scope);
    const denied = (scope: string) =>
      threadsError(400, {
        message: `(#10) Application does not have permission for this action: ${scope}`,
        type: 'OAuthException',
        code: 10,
      });
    if (!needs('threads_basic')) return denied('threads_basic');
    if (rest.length > 0)
      return threadsError(400, { message: 'Unknown path components', type: 'OAuthException', code: 2500 });
    if (id === world.profile.id) {
      const key = `${request.method} ${edge ?? ''}`;
      if (key === 'GET ') return routes.me(context);
      if (key === 'POST threads') {
        if (!needs('threads_content_publish')) return denied('threads_content_publish');
        if (params.raw.reply_to_id && !needs('threads_manage_replies'))
          return denied('threads_manage_replies');
        return routes.createContainer(context);
      }
      if (key === 'POST threads_publish')
        return needs('threads_content_publish') ? routes.publish(context) : denied('threads_content_publish');
      if (key === 'GET threads') return routes.listPosts(context);
      if (key === 'GET threads_insights')
        return needs('threads_manage_insights')
          ? routes.insights(context)
          : denied('threads_manage_insights');
      if (key === 'GET threads_publishing_limit') return routes.publishingLimit(context);
    } else if (request.method === 'GET' && !edge) {
      const container = world.containers.get(id);
      if (container) return routes.containerStatus(context, container);
      const post = world.posts.find((p) => p.id === id);
      if (post) return routes.getPost(context, post);
    }
    violations.push(`${request.method} ${path}: not a Threads operation the fake serves`);
    return threadsError(400, {
      message: `Unsupported ${request.method.toLowerCase()} request. Object with ID '${rawId}' does not exist`,
      type: 'THApiException',
      code: 100,
      error_subcode: 33,
    });
  };

  const handle = (request: RecordedRequest): Promise<FakeOutcome> => {
    const segments = request.path.split('/').filter(Boolean).map(decodeURIComponent);
    if (/^v\d+\.\d+$/.test(segments[0] ?? '')) segments.shift();
    const path = `/${segments.join('/')}`;
    return transport.apply({ ...request, path }, async () => {
      const reply = await answer(request, path, segments);
      if (reply.status >= 400 && reply.json !== undefined)
        violations.push(...shapeViolations(ErrorBody, reply.json, `${request.method} ${path} error`));
      else if (request.method === 'POST' && !path.startsWith('/oauth/') && reply.json !== undefined)
        violations.push(...shapeViolations(CreatedId, reply.json, `${request.method} ${path} answer`));
      return reply;
    });
  };

  const server = await startHttpFake(handle, { now });
  publicOrigins.push(server.url);

  return {
    url: server.url,
    /** The Authorization Window (threads.net/oauth/authorize on the real service). */
    authorizeUrl: `${server.url}/oauth/authorize`,
    /** The Graph host (graph.threads.net/v1.0); the token endpoints live at its root. */
    graphUrl: `${server.url}/v1.0`,
    app,
    control,
    world,
    oauth,
    faults,
    transport,
    violations,
    requests: server.requests,
    /** The requests with their bodies parsed (JSON, form fields, multipart fields and files). */
    get calls() {
      return logOf(server.requests);
    },
    /** Origins Threads can download images from; add the Meta fake's CDN to share its photos. */
    publicOrigins,
    /** A long-lived token as the OAuth flow and the exchange would give. */
    issueToken: (scopes = CADENCE_THREADS_SCOPES) => oauth.issue(scopes, true),
    close: async () => {
      transport.dispose();
      await server.close();
    },
  };
}

export type ThreadsFake = Awaited<ReturnType<typeof startThreadsFake>>;
