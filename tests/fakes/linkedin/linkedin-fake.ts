// A fake LinkedIn for tests: the OAuth 2.0 pages on www.linkedin.com and the versioned REST API
// on api.linkedin.com, on one loopback server. LinkedIn publishes no machine-readable schema,
// so requests and answers are checked against the documented shapes in schema.ts (each cited).
// Every /rest call must carry an active LinkedIn-Version (YYYYMM) and X-Restli-Protocol-Version
// 2.0.0. Violations land in `violations`, which a passing test expects to be empty.
import {
  FaultQueue,
  headerValue,
  parseContentType,
  parseJson,
  startHttpFake,
  type FakeOutcome,
  type FakeReply,
  type RecordedRequest,
} from '../http-fake-kit';
import { bearerToken, TokenErrorBody } from '../oauth-kit';
import { shapeViolations } from '../shape-check';
import { logOf } from '../request-log';
import { TransportFaults } from '../transport-faults';
import { LinkedInOAuth, type LinkedInApp } from './oauth';
import {
  linkedInError,
  restRoutes,
  type LinkedInImage,
  type LinkedInMember,
  type LinkedInOrganization,
  type LinkedInPost,
  type RestContext,
} from './rest-routes';
import { ErrorBody } from './schema';

export type LinkedInFault =
  | { kind: 'expired-token' }
  | { kind: 'revoked-token' }
  | { kind: 'rate-limited' }
  | { kind: 'unprocessable'; message?: string }
  | { kind: 'server-error'; status?: 500 | 503 };

export interface LinkedInFakeOptions {
  now?: () => number;
  app?: Partial<LinkedInApp>;
  /** Versions the fake treats as active; any other answers 426 NONEXISTENT_VERSION ([version]). */
  activeVersions?: string[];
  organizations?: LinkedInOrganization[];
}

export const CADENCE_LINKEDIN_SCOPES = [
  'openid',
  'profile',
  'w_member_social',
  'w_organization_social',
  'r_organization_social',
  'rw_organization_admin',
];

const DEFAULT_VERSIONS = [
  '202506',
  '202507',
  '202508',
  '202509',
  '202510',
  '202511',
  '202512',
  '202601',
  '202602',
  '202603',
  '202604',
  '202605',
  '202606',
];

export async function startLinkedInFake(options: LinkedInFakeOptions = {}) {
  const now = options.now ?? Date.now;
  const app: LinkedInApp = {
    clientId: '77cadence0linkedin',
    clientSecret: 'cadence-linkedin-secret',
    redirectUris: ['http://127.0.0.1:53682/callback'],
    pkce: true,
    refreshTokens: true,
    ...options.app,
  };
  const activeVersions = options.activeVersions ?? DEFAULT_VERSIONS;
  const violations: string[] = [];
  const faults = new FaultQueue<LinkedInFault>();
  const transport = new TransportFaults();
  const control = { authorization: 'approve' as 'approve' | 'deny' };
  const member: LinkedInMember = { id: 'yrZCpj2Z12', givenName: 'Ada', familyName: 'Baker' };
  const world = {
    member,
    organizations: options.organizations ?? [
      { id: '5515715', name: 'Cadence Bakery', followers: 389, role: 'ADMINISTRATOR' as const },
    ],
    posts: [] as LinkedInPost[],
    images: new Map<string, LinkedInImage>(),
  };
  const oauth = new LinkedInOAuth(app, member.id, () => control.authorization, now, violations);
  let baseUrl = '';
  const routes = restRoutes(world, now, () => baseUrl);

  const tokenError = (kind: 'invalid' | 'expired' | 'revoked'): FakeReply =>
    ({
      invalid: linkedInError(401, 'Invalid access token', {
        serviceErrorCode: 65600,
        code: 'INVALID_ACCESS_TOKEN',
      }),
      expired: linkedInError(401, 'The token used in the request has expired', {
        serviceErrorCode: 65602,
        code: 'EXPIRED_ACCESS_TOKEN',
      }),
      revoked: linkedInError(401, 'The token used in the request has been revoked by the user', {
        serviceErrorCode: 65601,
        code: 'REVOKED_ACCESS_TOKEN',
      }),
    })[kind];

  const faultReply = (fault: LinkedInFault): FakeReply => {
    switch (fault.kind) {
      case 'expired-token':
        return tokenError('expired');
      case 'revoked-token':
        return tokenError('revoked');
      case 'rate-limited':
        return linkedInError(
          429,
          'Resource level throttle APPLICATION DAY limit for calls to this resource is reached.',
          { serviceErrorCode: 101, code: 'TOO_MANY_REQUESTS' },
        );
      case 'unprocessable':
        return linkedInError(422, fault.message ?? 'ERROR :: /commentary :: Content is a duplicate', {
          errorDetailType: 'com.linkedin.common.error.BadRequest',
          errorDetails: {},
        });
      case 'server-error':
        return linkedInError(
          fault.status ?? 500,
          fault.status === 503 ? 'Service Unavailable' : 'Internal Server Error',
        );
    }
  };

  /** [version] LinkedIn-Version is YYYYMM (YYYYMMDD is read as its month); retired or unknown months answer 426. */
  const versionProblem = (request: RecordedRequest): FakeReply | undefined => {
    const version = headerValue(request.headers, 'linkedin-version');
    if (!version) {
      violations.push(`${request.method} ${request.path}: no LinkedIn-Version header`);
      return linkedInError(
        400,
        'A version must be present. Please specify a version by adding the LinkedIn-Version header.',
        { code: 'VERSION_MISSING' },
      );
    }
    const month = /^(\d{6})(\d{2})?$/.exec(version)?.[1];
    if (!month) {
      violations.push(`${request.method} ${request.path}: LinkedIn-Version ${version} is not YYYYMM`);
      return linkedInError(400, `Invalid version format: ${version}`, { code: 'INVALID_VERSION' });
    }
    if (!activeVersions.includes(month))
      return linkedInError(
        426,
        `Requested version ${version.length === 6 ? `${version}01` : version} is not active`,
        { code: 'NONEXISTENT_VERSION' },
      );
    if (headerValue(request.headers, 'x-restli-protocol-version') !== '2.0.0') {
      violations.push(`${request.method} ${request.path}: X-Restli-Protocol-Version 2.0.0 is required`);
      return linkedInError(400, 'X-Restli-Protocol-Version 2.0.0 is required', { code: 'ILLEGAL_ARGUMENT' });
    }
    return undefined;
  };

  const answer = (request: RecordedRequest): FakeReply => {
    const { method, path } = request;
    if (method === 'GET' && path === '/oauth/v2/authorization') return oauth.authorize(request);
    if (method === 'POST' && path === '/oauth/v2/accessToken') {
      const reply = oauth.token(request);
      if (reply.status !== 200)
        violations.push(...shapeViolations(TokenErrorBody, reply.json, 'POST /oauth/v2/accessToken error'));
      return reply;
    }
    const bearer = bearerToken(request.headers);
    const token = bearer ? oauth.tokens.get(bearer) : undefined;
    if (!token) return tokenError('invalid');
    if (token.expiresAt <= now()) return tokenError('expired');
    let body: unknown;
    if (method === 'POST' && request.body.length > 0) {
      const type = parseContentType(headerValue(request.headers, 'content-type'))?.mediaType;
      const parsed = parseJson(request.body);
      if (type !== 'application/json' || !parsed.ok) {
        violations.push(`${method} ${path}: body must be JSON`);
        return linkedInError(400, 'Request body must be JSON');
      }
      body = parsed.value;
    }
    const context: RestContext = {
      method,
      path,
      query: request.query,
      body,
      raw: request.body,
      token,
      violations,
    };
    if (method === 'GET' && path === '/v2/userinfo') return routes.userinfo(context);
    const uploadKey = /^\/dms-uploads\/([0-9a-f]+)$/.exec(path)?.[1];
    if (method === 'PUT' && uploadKey) return routes.upload(context, uploadKey);
    if (!path.startsWith('/rest/')) {
      violations.push(`${method} ${path}: not an API the fake serves`);
      return linkedInError(404, 'Not Found');
    }
    const refused = versionProblem(request);
    if (refused) return refused;
    const fault = faults.take(method, path);
    if (fault) return faultReply(fault);
    const rest = path.slice('/rest/'.length).split('/').map(decodeURIComponent);
    const key = `${method} ${rest[0]}${rest.length > 1 ? ' {id}' : ''}`;
    switch (key) {
      case 'POST posts':
        return routes.createPost(context);
      case 'GET posts':
        return routes.listPosts(context);
      case 'POST images':
        return routes.initializeUpload(context);
      case 'GET images {id}':
        return routes.getImage(context, rest[1] ?? '');
      case 'GET organizationAcls':
        return routes.organizationAcls(context);
      case 'GET organizations {id}':
        return routes.organization(context, rest[1] ?? '');
      case 'GET networkSizes {id}':
        return routes.networkSize(context, rest[1] ?? '');
    }
    violations.push(`${method} ${path}: not a LinkedIn operation the fake serves`);
    return linkedInError(404, 'Not Found');
  };

  const handle = (request: RecordedRequest): Promise<FakeOutcome> =>
    transport.apply(request, () => {
      const reply = answer(request);
      if (reply.status >= 400 && request.path !== '/oauth/v2/accessToken' && reply.json !== undefined)
        violations.push(...shapeViolations(ErrorBody, reply.json, `${request.method} ${request.path} error`));
      return reply;
    });

  const server = await startHttpFake(handle, { now });
  baseUrl = server.url;

  return {
    url: server.url,
    /** www.linkedin.com/oauth/v2/authorization on the real service. */
    authorizeUrl: `${server.url}/oauth/v2/authorization`,
    /** www.linkedin.com/oauth/v2/accessToken on the real service. */
    tokenUrl: `${server.url}/oauth/v2/accessToken`,
    /** api.linkedin.com on the real service (paths /rest/... and /v2/userinfo). */
    apiUrl: server.url,
    app,
    activeVersions,
    control,
    world,
    memberUrn: `urn:li:person:${member.id}`,
    oauth,
    faults,
    transport,
    violations,
    requests: server.requests,
    /** The requests with their bodies parsed (JSON, form fields, multipart fields and files). */
    get calls() {
      return logOf(server.requests);
    },
    /** A token as the OAuth flow would give, with Cadence's scopes unless others are given. */
    issueToken: (scopes = CADENCE_LINKEDIN_SCOPES) => oauth.issueAccessToken(member.id, scopes),
    close: async () => {
      transport.dispose();
      await server.close();
    },
  };
}

export type LinkedInFake = Awaited<ReturnType<typeof startLinkedInFake>>;
