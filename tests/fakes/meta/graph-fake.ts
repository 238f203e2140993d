// A fake Graph API for a Facebook Page and its Instagram professional account, for tests.
// Every request's params are checked against the node specs in tests/reference/meta-graph-specs
// (a param an edge does not list, or of the wrong type, is refused with a Graph error), and
// every answer against the node's fields or, where the specs say nothing, a zod schema citing
// Meta's docs. Violations land in `violations`, which a passing test expects to be empty.
import {
  FaultQueue,
  startHttpFake,
  type FakeOutcome,
  type FakeReply,
  type RecordedRequest,
} from '../http-fake-kit';
import { bearerToken, opaqueToken } from '../oauth-kit';
import { shapeViolations } from '../shape-check';
import { logOf } from '../request-log';
import { TransportFaults } from '../transport-faults';
import { accountRoutes } from './account-routes';
import { commentRoutes } from './comment-routes';
import {
  appUsageHeader,
  businessUseCaseHeader,
  ERRORS,
  graphError,
  GraphErrorBody,
  WriteAnswer,
  type GraphError,
} from './errors';
import { igRoutes, type IgSettings } from './ig-routes';
import { MetaOAuth, type MetaApp } from './oauth';
import { pageRoutes } from './page-routes';
import { readParams, type GraphRoute } from './params';
import { MetaWorld, type GraphObject, type PagePhoto } from './world';

export type MetaFault =
  | { kind: 'expired-token' }
  | { kind: 'policy-block' }
  | { kind: 'rate-limited'; code: 4 | 17 | 32 | 613; regainInMinutes?: number }
  | { kind: 'missing-object' }
  | { kind: 'server-error' }
  | { kind: 'graph-error'; error: GraphError; status?: number };

export interface MetaFakeOptions {
  now?: () => number;
  app?: Partial<MetaApp>;
  authorization?: 'approve' | 'deny';
  /** Permissions the owner unticks in the dialog. */
  declinedScopes?: string[];
  instagram?: Partial<IgSettings>;
  page?: { name?: string; followersCount?: number; withInstagram?: boolean };
}

interface Route {
  handler: GraphRoute;
  permission?: string;
  /** Writes to a Page need that Page's own token. */
  pageToken?: boolean;
}

export async function startMetaGraphFake(options: MetaFakeOptions = {}) {
  const now = options.now ?? Date.now;
  const app: MetaApp = {
    appId: '1234567890123456',
    appSecret: 'cadence-app-secret',
    redirectUris: ['http://127.0.0.1:53682/callback'],
    ...options.app,
  };
  const instagram: IgSettings = {
    containerPolls: 1,
    containerOutcome: 'FINISHED',
    publishingQuota: 100,
    ...options.instagram,
  };
  const violations: string[] = [];
  const faults = new FaultQueue<MetaFault>();
  const transport = new TransportFaults();
  const world = new MetaWorld();
  const page = world.addPage({ name: options.page?.name ?? 'Cadence Bakery', ...options.page });
  const oauth = new MetaOAuth(
    app,
    { authorization: options.authorization ?? 'approve', declinedScopes: options.declinedScopes ?? [] },
    now,
    violations,
  );
  const publicOrigins: string[] = [];
  let baseUrl = '';
  const cdnUrl = (photo: PagePhoto) => `${baseUrl}/cdn/${photo.cdnKey}`;
  const pages = pageRoutes({ world, now, cdnUrl, publicOrigins: () => publicOrigins });
  const ig = igRoutes(world, instagram, now, () => publicOrigins);
  const comments = commentRoutes(world, now);
  const accounts = accountRoutes(world, oauth);
  const routes = new Map<string, Route>([
    ['user GET', { handler: accounts.me }],
    ['user GET accounts', { handler: accounts.accounts, permission: 'pages_show_list' }],
    ['page GET', { handler: pages.getPage, permission: 'pages_read_engagement' }],
    ['page GET feed', { handler: pages.listPosts, permission: 'pages_read_engagement' }],
    ['page GET scheduled_posts', { handler: pages.listScheduled, permission: 'pages_manage_posts' }],
    ['page POST feed', { handler: pages.createPost, permission: 'pages_manage_posts', pageToken: true }],
    ['page POST photos', { handler: pages.uploadPhoto, permission: 'pages_manage_posts', pageToken: true }],
    ['post GET', { handler: pages.getPost, permission: 'pages_read_engagement' }],
    ['post DELETE', { handler: pages.deleteObject, permission: 'pages_manage_posts', pageToken: true }],
    ['photo GET', { handler: pages.getPhoto, permission: 'pages_read_engagement' }],
    ['photo DELETE', { handler: pages.deleteObject, permission: 'pages_manage_posts', pageToken: true }],
    ['post GET comments', { handler: comments.list, permission: 'pages_read_engagement' }],
    ['photo GET comments', { handler: comments.list, permission: 'pages_read_engagement' }],
    [
      'post POST comments',
      { handler: comments.create, permission: 'pages_manage_engagement', pageToken: true },
    ],
    [
      'photo POST comments',
      { handler: comments.create, permission: 'pages_manage_engagement', pageToken: true },
    ],
    [
      'comment POST comments',
      { handler: comments.replyFacebook, permission: 'pages_manage_engagement', pageToken: true },
    ],
    ['ig-user GET', { handler: ig.getIgUser, permission: 'instagram_basic' }],
    ['ig-user GET media', { handler: ig.listMedia, permission: 'instagram_basic' }],
    ['ig-user POST media', { handler: ig.createContainer, permission: 'instagram_content_publish' }],
    ['ig-user POST media_publish', { handler: ig.publish, permission: 'instagram_content_publish' }],
    [
      'ig-user GET content_publishing_limit',
      { handler: ig.publishingLimit, permission: 'instagram_content_publish' },
    ],
    ['container GET', { handler: ig.containerStatus, permission: 'instagram_content_publish' }],
    ['ig-media GET', { handler: ig.getIgMedia, permission: 'instagram_basic' }],
    ['ig-media GET comments', { handler: comments.list, permission: 'instagram_manage_comments' }],
    ['ig-media POST comments', { handler: comments.create, permission: 'instagram_manage_comments' }],
    ['comment POST replies', { handler: comments.replyInstagram, permission: 'instagram_manage_comments' }],
  ]);

  const usageHeaders = (
    object: GraphObject | undefined,
    percent: number,
    regain = 0,
  ): Record<string, string> => {
    const headers = appUsageHeader(percent);
    if (object?.kind === 'page')
      Object.assign(headers, businessUseCaseHeader(object.page.id, 'pages', percent, regain));
    if (object?.kind === 'ig-user')
      Object.assign(headers, businessUseCaseHeader(object.igUser.id, 'instagram', percent, regain));
    return headers;
  };

  const faultReply = (fault: MetaFault, object: GraphObject | undefined): FakeReply => {
    switch (fault.kind) {
      case 'expired-token':
        return graphError(ERRORS.expiredToken());
      case 'policy-block':
        return graphError(ERRORS.policyBlock());
      case 'rate-limited':
        return graphError(
          ERRORS.rateLimited(fault.code),
          400,
          usageHeaders(object, 100, fault.regainInMinutes ?? 60),
        );
      case 'missing-object':
        return graphError(ERRORS.missingObject('0'));
      case 'server-error':
        return graphError(ERRORS.serverError(), 500);
      case 'graph-error':
        return graphError(fault.error, fault.status ?? 400);
    }
  };

  const answer = async (request: RecordedRequest, path: string, segments: string[]): Promise<FakeReply> => {
    if (request.method === 'GET' && path === '/dialog/oauth') return oauth.dialog(request);
    if (request.method === 'GET' && path === '/oauth/access_token') return oauth.accessToken(request);
    if (request.method === 'GET' && segments[0] === 'cdn') {
      const photo = world.photoByCdnKey(segments[1] ?? '');
      if (!photo) return { status: 404, text: 'Not Found' };
      return { status: 200, bytes: photo.bytes, contentType: photo.mimeType };
    }
    // Facebook publishes a scheduled post at its time whether or not anyone is asking.
    world.publishDue(now());
    const params = readParams(request);
    if (!params.ok) {
      violations.push(`${request.method} ${path}: ${params.error}`);
      return graphError(ERRORS.invalidParameter(params.error));
    }
    const tokenString = params.raw.access_token ?? bearerToken(request.headers);
    if (!tokenString)
      return graphError({
        message: 'An access token is required to request this resource.',
        type: 'OAuthException',
        code: 104,
      });
    const token = oauth.tokens.get(tokenString);
    if (!token) return graphError(ERRORS.invalidToken());
    if (token.kind === 'user' && token.expiresAt <= now()) return graphError(ERRORS.expiredToken());
    const [id = '', edge, ...rest] = segments;
    const object: GraphObject | undefined =
      id === 'me' ? (token.kind === 'page' ? world.find(token.pageId) : { kind: 'user' }) : world.find(id);
    const fault = faults.take(request.method, path);
    if (fault) return faultReply(fault, object);
    if (!object || rest.length > 0) return graphError(ERRORS.missingObject(id));
    const route = routes.get(`${object.kind} ${request.method}${edge ? ` ${edge}` : ''}`);
    if (!route) {
      violations.push(
        `${request.method} ${path}: the fake does not implement this edge for a ${object.kind}`,
      );
      return graphError(ERRORS.invalidParameter(`Unknown path components: /${edge ?? ''}`));
    }
    if (route.permission && !token.scopes.includes(route.permission))
      return graphError(ERRORS.permission(route.permission));
    if (route.pageToken && token.kind !== 'page')
      return graphError({
        ...ERRORS.permission('pages_manage_posts'),
        message: '(#200) This action requires a Page access token',
      });
    const reply = await route.handler({
      request,
      raw: params.raw,
      files: params.files,
      token,
      tokenString,
      object,
      violations,
    });
    return { ...reply, headers: { ...usageHeaders(object, 5), ...reply.headers } };
  };

  const handle = (request: RecordedRequest): Promise<FakeOutcome> => {
    const segments = request.path.split('/').filter(Boolean).map(decodeURIComponent);
    // Graph paths may start with a version (/v23.0/...); unversioned calls use the app's default.
    if (/^v\d+\.\d+$/.test(segments[0] ?? '')) segments.shift();
    const path = `/${segments.join('/')}`;
    return transport.apply({ ...request, path }, async () => {
      const reply = await answer(request, path, segments);
      if (reply.status >= 400 && reply.json !== undefined)
        violations.push(...shapeViolations(GraphErrorBody, reply.json, `${request.method} ${path} error`));
      else if (request.method !== 'GET' && reply.json !== undefined)
        violations.push(...shapeViolations(WriteAnswer, reply.json, `${request.method} ${path} answer`));
      return reply;
    });
  };

  const server = await startHttpFake(handle, { now });
  baseUrl = server.url;
  publicOrigins.push(server.url);

  return {
    url: server.url,
    /** The OAuth dialog (www.facebook.com/v23.0/dialog/oauth on the real service). */
    dialogUrl: `${server.url}/v23.0/dialog/oauth`,
    graphUrl: `${server.url}/v23.0`,
    app,
    instagram,
    world,
    page,
    oauth,
    faults,
    transport,
    violations,
    requests: server.requests,
    /** The requests with their bodies parsed (JSON, form fields, multipart fields and files). */
    get calls() {
      return logOf(server.requests);
    },
    /** Origins whose URLs Instagram can download (the fake's CDN; add another fake's to share images). */
    publicOrigins,
    cdnUrl,
    /** A long-lived user token as the OAuth flow would give, with Cadence's permissions unless others are given. */
    userToken(
      scopes = [
        'pages_show_list',
        'pages_read_engagement',
        'pages_manage_posts',
        'pages_manage_engagement',
        'instagram_basic',
        'instagram_content_publish',
        'instagram_manage_comments',
      ],
    ): string {
      const token = opaqueToken('EAA');
      oauth.tokens.set(token, { kind: 'user', scopes, longLived: true, expiresAt: now() + 5_183_944_000 });
      return token;
    },
    /** The Page's posts waiting for their scheduled time, as Facebook holds them now. */
    get scheduledPosts() {
      world.publishDue(now());
      return [...world.posts.values()].filter(
        (post) => !post.published && post.scheduledPublishTime !== undefined,
      );
    },
    /** The Page's published posts, oldest first. */
    get publishedPosts() {
      world.publishDue(now());
      return [...world.posts.values()].filter((post) => post.published);
    },
    /** Someone comments on a post, photo or Instagram media, or replies to a comment. */
    addComment(comment: { on: string; from: string; message: string; replyTo?: string }) {
      const target = world.find(comment.on);
      const network = target?.kind === 'ig-media' ? 'instagram' : 'facebook';
      const id = world.nextId();
      world.comments.set(id, {
        id,
        targetId: comment.on,
        parentCommentId: comment.replyTo,
        network,
        from: { id: world.nextId(), name: comment.from },
        message: comment.message,
        createdAt: now(),
      });
      return id;
    },
    close: async () => {
      transport.dispose();
      await server.close();
    },
  };
}

export type MetaGraphFake = Awaited<ReturnType<typeof startMetaGraphFake>>;
