// A fake Mastodon server for tests, checked against the OpenAPI description in tests/reference:
// every request is validated before it is handled and every answer before it leaves, and
// anything off-schema lands in `violations`, which a passing test expects to be empty.
import { randomBytes } from 'node:crypto';
import {
  FaultQueue,
  headerValue,
  startHttpFake,
  type FakeOutcome,
  type FakeReply,
  type RecordedRequest,
} from './http-fake-kit';
import { mastodonValidator } from './openapi-validator';
import { TransportFaults } from './transport-faults';
import { MastodonOAuth } from './mastodon/oauth';
import { readRoutes } from './mastodon/read-routes';
import { statusRoutes } from './mastodon/status-routes';
import { MastodonStore, type StoredAccount, type StoredStatus } from './mastodon/store';
import {
  mastodonError,
  type MastodonFakeConfig,
  type MastodonFault,
  type RouteContext,
  type RouteHandler,
  type StatusVisibility,
} from './mastodon/types';

export type { MastodonFakeConfig, MastodonFault } from './mastodon/types';

export interface MastodonFakeOptions {
  now?: () => number;
  owner?: { username?: string; displayName?: string; followersCount?: number };
  config?: Partial<Omit<MastodonFakeConfig, 'instance'>> & {
    instance?: Partial<MastodonFakeConfig['instance']>;
  };
}

type Auth = { auth: 'required'; scopes: string[] } | { auth: 'optional' | 'none' };

const DEFAULT_CONFIG: MastodonFakeConfig = {
  instance: {
    maxCharacters: 500,
    charactersReservedPerUrl: 23,
    maxMediaAttachments: 4,
    imageSizeLimit: 16 * 2 ** 20,
    videoSizeLimit: 99 * 2 ** 20,
    descriptionLimit: 1500,
    supportedMimeTypes: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4', 'audio/mpeg'],
  },
  mediaProcessingPolls: 0,
  requirePkce: true,
  authorization: 'approve',
  rateLimit: { limit: 300, windowSeconds: 300 },
};

export async function startMastodonFake(options: MastodonFakeOptions = {}) {
  const now = options.now ?? Date.now;
  const config: MastodonFakeConfig = {
    ...DEFAULT_CONFIG,
    ...options.config,
    instance: { ...DEFAULT_CONFIG.instance, ...options.config?.instance },
  };
  const validator = mastodonValidator();
  const violations: string[] = [];
  const faults = new FaultQueue<MastodonFault>();
  const transport = new TransportFaults();
  const usage = new Map<string, { window: number; used: number }>();
  const routes = new Map<string, { handler: RouteHandler } & Auth>();

  const rateLimitHeaders = (caller: string): { headers: Record<string, string>; exceeded: boolean } => {
    const period = config.rateLimit.windowSeconds * 1000;
    const window = Math.floor(now() / period);
    const entry = usage.get(caller);
    const current = entry?.window === window ? entry : { window, used: 0 };
    current.used += 1;
    usage.set(caller, current);
    return {
      exceeded: current.used > config.rateLimit.limit,
      headers: {
        'x-ratelimit-limit': String(config.rateLimit.limit),
        'x-ratelimit-remaining': String(Math.max(0, config.rateLimit.limit - current.used)),
        'x-ratelimit-reset': mastodonTime((window + 1) * period),
      },
    };
  };

  const faultReply = (fault: Exclude<MastodonFault, { kind: 'hang' }>): FakeReply => {
    if (fault.kind === 'rate-limited') {
      const reset = mastodonTime(now() + (fault.resetInSeconds ?? 60) * 1000);
      const headers = {
        'x-ratelimit-limit': String(config.rateLimit.limit),
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': reset,
      };
      return mastodonError(429, 'Too many requests', headers);
    }
    if (fault.kind === 'unprocessable')
      return mastodonError(422, fault.error ?? 'Validation failed: Text is invalid');
    const status = fault.status ?? 500;
    return mastodonError(
      status,
      status === 503
        ? 'There was a temporary problem serving your request, please try again'
        : 'Internal Server Error',
    );
  };

  const handle = async (request: RecordedRequest): Promise<FakeOutcome> => {
    const checked = validator.checkRequest(request);
    const finish = (reply: FakeReply, undocumentedStatus = false): FakeReply => {
      if (checked.template) {
        const body = reply.json === undefined ? undefined : JSON.parse(JSON.stringify(reply.json));
        const headers = {
          ...reply.headers,
          ...(reply.json !== undefined ? { 'content-type': 'application/json' } : {}),
        };
        violations.push(
          ...validator.checkResponse(request.method, request.path, reply.status, headers, body, {
            undocumentedStatus,
          }),
        );
      }
      return reply;
    };
    if (checked.violations.length > 0) {
      violations.push(...checked.violations);
      if (!checked.template) return finish(mastodonError(404, 'Record not found'));
      const status = validator.responseComponent(checked.template, request.method, 422) ? 422 : 400;
      const details =
        validator.responseComponent(checked.template, request.method, status) === 'ValidationError'
          ? { details: {} }
          : {};
      return finish({
        status,
        json: { error: `Validation failed: ${checked.violations.join('; ')}`, ...details },
      });
    }
    const fault = faults.take(request.method, request.path);
    if (fault?.kind === 'hang' && !fault.afterHandling) return 'hang';
    if (fault && fault.kind !== 'hang') return finish(faultReply(fault), true);
    // The server's own scheduler runs whatever the request: a status due by now is out.
    posting.scheduled.publishDue();
    const route = routes.get(`${request.method} ${checked.template}`);
    if (!route) {
      violations.push(`${request.method} ${request.path}: the fake does not implement this operation`);
      return finish(mastodonError(404, 'Record not found'));
    }
    const bearer = /^Bearer (.+)$/.exec(headerValue(request.headers, 'authorization') ?? '')?.[1];
    const token = bearer ? oauth.tokens.get(bearer) : undefined;
    const context: RouteContext = { request, checked, token, viewer: token && owner(), violations };
    const limit = rateLimitHeaders(bearer && token ? bearer : 'anonymous');
    const withLimits = (reply: FakeReply, undocumented = false) =>
      finish({ ...reply, headers: { ...limit.headers, ...reply.headers } }, undocumented);
    if (route.auth === 'required') {
      if (!token) return withLimits(mastodonError(401, 'The access token is invalid'));
      const granted = route.scopes.some((needed) =>
        token.scopes.some((scope) => needed === scope || needed.startsWith(`${scope}:`)),
      );
      if (!granted)
        return withLimits(mastodonError(403, 'This action is outside the authorized scopes'), true);
    }
    if (limit.exceeded) return withLimits(mastodonError(429, 'Too many requests'));
    const reply = await transport.apply(request, () => withLimits(route.handler(context)));
    return fault?.kind === 'hang' ? 'hang' : reply;
  };

  const server = await startHttpFake(handle, { now });
  const store = new MastodonStore(server.url, now);
  const ownerAccount: StoredAccount = {
    id: store.nextId(),
    username: options.owner?.username ?? 'cadence_owner',
    domain: null,
    displayName: options.owner?.displayName ?? 'Cadence Owner',
    note: '',
    followersCount: options.owner?.followersCount ?? 42,
    followingCount: 7,
    createdAt: now(),
  };
  store.accounts.set(ownerAccount.id, ownerAccount);
  const owner = () => ownerAccount;
  const scopeEnum = (validator.component('OAuthScope')?.enum ?? []) as string[];
  const oauth = new MastodonOAuth(
    config,
    () => ownerAccount.id,
    now,
    (scope) => scopeEnum.includes(scope),
  );
  const accessToken = randomBytes(24).toString('base64url');
  oauth.tokens.set(accessToken, {
    accountId: ownerAccount.id,
    scopes: ['read', 'write', 'follow', 'profile'],
    applicationName: 'Cadence',
  });

  const posting = statusRoutes(store, config, now);
  const reading = readRoutes(store, config);
  const add = (key: string, handler: RouteHandler, auth: Auth) => routes.set(key, { handler, ...auth });
  const required = (...scopes: string[]): Auth => ({ auth: 'required', scopes });
  add('POST /api/v1/apps', (c) => oauth.registerApp(c), { auth: 'none' });
  add('GET /oauth/authorize', (c) => oauth.authorize(c), { auth: 'none' });
  add('POST /oauth/token', (c) => oauth.exchange(c), { auth: 'none' });
  add(
    'GET /api/v1/accounts/verify_credentials',
    reading.verifyCredentials,
    required('profile', 'read:accounts'),
  );
  add('GET /api/v1/accounts/{id}', reading.getAccount, { auth: 'optional' });
  add('GET /api/v1/accounts/{id}/statuses', reading.accountStatuses, { auth: 'optional' });
  add('GET /api/v2/instance', reading.instance, { auth: 'none' });
  add('POST /api/v2/media', posting.uploadMedia, required('write:media'));
  add('GET /api/v1/media/{id}', posting.getMedia, required('write:media'));
  add('PUT /api/v1/media/{id}', posting.updateMedia, required('write:media'));
  add('POST /api/v1/statuses', posting.createStatus, required('write:statuses'));
  add('GET /api/v1/scheduled_statuses', posting.scheduled.list, required('read:statuses'));
  add('GET /api/v1/scheduled_statuses/{id}', posting.scheduled.getOne, required('read:statuses'));
  add('PUT /api/v1/scheduled_statuses/{id}', posting.scheduled.move, required('write:statuses'));
  add('DELETE /api/v1/scheduled_statuses/{id}', posting.scheduled.cancel, required('write:statuses'));
  add('GET /api/v1/statuses/{id}', reading.getStatus, { auth: 'optional' });
  add('GET /api/v1/statuses/{id}/context', reading.statusContext, { auth: 'optional' });
  add('GET /api/v1/notifications', reading.notifications, required('read:notifications'));
  add('GET /api/v1/notifications/{id}', reading.notification, required('read:notifications'));

  const remoteAccount = (acct: string): StoredAccount => {
    const existing = store.findAccount(acct);
    if (existing) return existing;
    const [username = acct, domain = null] = acct.replace(/^@/, '').split('@');
    const account: StoredAccount = {
      id: store.nextId(),
      username,
      domain,
      displayName: username,
      note: '',
      followersCount: 0,
      followingCount: 0,
      createdAt: now(),
    };
    store.accounts.set(account.id, account);
    return account;
  };

  return {
    url: server.url,
    config,
    faults,
    /** Lost answers after a request took effect: a dropped socket, a 502, a drop after a wait. */
    transport,
    violations,
    requests: server.requests,
    store,
    /** A token for the owner with read, write, follow and profile scopes, as a pasted token would be. */
    accessToken,
    owner: ownerAccount,
    /** The owner's scheduled statuses the server still holds. */
    get scheduledStatuses() {
      return posting.scheduled.held.filter((item) => item.status.accountId === ownerAccount.id);
    },
    /** Runs the server's scheduler, as it does on its own between requests. */
    publishDueStatuses: () => posting.scheduled.publishDue(),
    get statuses(): StoredStatus[] {
      return [...store.statuses.values()].filter((status) => status.accountId === ownerAccount.id);
    },
    /** Someone else mentions the owner, optionally replying to one of the owner's statuses. */
    addMention(mention: { from: string; text: string; inReplyTo?: string; visibility?: StatusVisibility }) {
      const author = remoteAccount(mention.from);
      const ownerHandle = `@${ownerAccount.username}`;
      const status: StoredStatus = {
        id: store.nextId(),
        accountId: author.id,
        text: mention.text.includes(ownerHandle) ? mention.text : `${ownerHandle} ${mention.text}`,
        spoilerText: '',
        visibility: mention.visibility ?? 'public',
        sensitive: false,
        language: 'en',
        inReplyToId: mention.inReplyTo ?? null,
        mediaIds: [],
        mentionIds: [ownerAccount.id],
        createdAt: now(),
        applicationName: null,
      };
      store.statuses.set(status.id, status);
      const notificationId = store.nextId();
      store.notifications.set(notificationId, {
        id: notificationId,
        type: 'mention',
        recipientId: ownerAccount.id,
        accountId: author.id,
        statusId: status.id,
        createdAt: now(),
      });
      return { statusId: status.id, notificationId };
    },
    /** A notification of another kind (favourite, reblog, follow…), for filters. */
    addNotification(notification: { type: string; from: string; statusId?: string }) {
      const id = store.nextId();
      const accountId = remoteAccount(notification.from).id;
      store.notifications.set(id, {
        id,
        type: notification.type,
        recipientId: ownerAccount.id,
        accountId,
        statusId: notification.statusId ?? null,
        createdAt: now(),
      });
      return id;
    },
    /**
     * Someone favourites or boosts one of the owner's statuses, or follows the owner: the
     * counts Mastodon reports go up and the owner gets the notification.
     */
    interact(interaction: { type: 'favourite' | 'reblog' | 'follow'; from: string; statusId?: string }) {
      if (interaction.type === 'follow') ownerAccount.followersCount += 1;
      else {
        const status = store.statuses.get(interaction.statusId ?? '');
        if (!status) throw new Error(`interact: no status ${interaction.statusId}`);
        if (interaction.type === 'favourite') status.favouritesCount = (status.favouritesCount ?? 0) + 1;
        else status.reblogsCount = (status.reblogsCount ?? 0) + 1;
      }
      return this.addNotification(interaction);
    },
    close: () => {
      transport.dispose();
      return server.close();
    },
  };
}

export type MastodonFake = Awaited<ReturnType<typeof startMastodonFake>>;

/** Mastodon sends X-RateLimit-Reset as ISO 8601 with microseconds. */
function mastodonTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '000Z');
}
