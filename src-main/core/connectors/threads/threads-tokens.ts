// Threads' tokens (developers.facebook.com/docs/threads/get-started/get-access-tokens-and-
// permissions and …/long-lived-tokens): the code buys a short-lived token (one hour), exchanged
// at once for a long-lived one (60 days, th_exchange_token), which can be renewed
// (th_refresh_token) once it is a day old and before it ends. Renewal does not spend the old
// token, so two renewals at once do no harm; still, one per channel runs at a time.
import { z } from 'zod';
import { saidBy } from '../../../shared/errors';
import { say } from '../../../shared/messages/owner-message';
import type { Account, ConnectorContext, CredentialExpiry, OwnApp } from '../connector';
import { ConnectorError } from '../connector-error';
import { httpCall } from '../http/http-call';
import type { HttpAnswer } from '../http/http-network';
import { readStoredSecret } from '../stored-secret';
import { ThreadsApi, THREADS_NETWORK } from './threads-api';
import type { ThreadsEndpoints } from './threads-endpoints';
import { graphErrorOf, refusalWords, threadsSaid } from './threads-errors';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Threads renews a long-lived token only once it is at least this old. */
export const REFRESHABLE_AFTER_MS = DAY_MS;
/** Renew while publishing once the token ends within this long (the scheduler renews earlier). */
export const RENEW_AHEAD_MS = 7 * DAY_MS;

/** What Cadence keeps in the keychain for a Threads channel; it knows its own end. */
export const StoredThreadsToken = z.object({
  accessToken: z.string().min(1),
  /** When Threads issued it (ms): renewal is allowed a day later. */
  issuedAt: z.number(),
  expiresAt: z.number(),
});
export type StoredThreadsToken = z.infer<typeof StoredThreadsToken>;

const ShortLived = z.object({ access_token: z.string().min(1) });
const LongLived = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });

export function expiryOf(token: StoredThreadsToken): CredentialExpiry {
  // A long-lived token is its own refresh credential: it ends when it can no longer be renewed.
  return { accessExpiresAt: token.expiresAt, refreshExpiresAt: null };
}

/** The authorization code for a short-lived token, then that for a long-lived one. */
export async function tokenFromCode(
  ctx: ConnectorContext,
  endpoints: ThreadsEndpoints,
  app: OwnApp,
  code: string,
  redirectUri: string,
): Promise<StoredThreadsToken> {
  const secret = app.clientSecret ?? '';
  const exchanged = await tokenCall(ctx, 'POST', `${endpoints.api}/oauth/access_token`, {
    client_id: app.clientId,
    client_secret: secret,
    code,
    grant_type: 'authorization_code',
    redirect_uri: redirectUri,
  });
  // The answer's user_id is a JSON number past 2^53, so it is not read here; GET /me gives it whole.
  const short = ShortLived.safeParse(exchanged.json);
  if (exchanged.status !== 200 || !short.success) throw signInRefusal(exchanged);
  const long = await tokenCall(ctx, 'GET', `${endpoints.api}/access_token`, {
    grant_type: 'th_exchange_token',
    client_secret: secret,
    access_token: short.data.access_token,
  });
  return issued(long, ctx.clock.now(), false);
}

/** Sends the app's id and secret with a code that cannot be valid: the answer says whether they are right. */
export function testAppCall(
  ctx: ConnectorContext,
  endpoints: ThreadsEndpoints,
  app: OwnApp,
  redirectUri: string,
): Promise<HttpAnswer> {
  return tokenCall(ctx, 'POST', `${endpoints.api}/oauth/access_token`, {
    client_id: app.clientId,
    client_secret: app.clientSecret ?? '',
    code: 'cadence-test-connection',
    grant_type: 'authorization_code',
    redirect_uri: redirectUri,
  });
}

/** Keeps each Threads channel's long-lived token renewed ahead of its end. */
export class ThreadsSessions {
  private readonly renewing = new Map<string, Promise<StoredThreadsToken>>();

  constructor(
    private readonly ctx: ConnectorContext,
    private readonly endpoints: ThreadsEndpoints,
  ) {}

  /** An API on the account's token, renewed first when its end is near. */
  async api(account: Account): Promise<ThreadsApi> {
    const token = await this.live(account);
    return new ThreadsApi(this.ctx, this.endpoints.api, token.accessToken);
  }

  /** Renews now when Threads allows it; a token under a day old is kept as it is. */
  async renewNow(account: Account): Promise<StoredThreadsToken> {
    const stored = this.usable(account);
    if (this.ctx.clock.now() - stored.issuedAt < REFRESHABLE_AFTER_MS) return stored;
    return this.renew(account, stored);
  }

  private async live(account: Account): Promise<StoredThreadsToken> {
    const stored = this.usable(account);
    const now = this.ctx.clock.now();
    if (stored.expiresAt - now > RENEW_AHEAD_MS || now - stored.issuedAt < REFRESHABLE_AFTER_MS)
      return stored;
    try {
      return await this.renew(account, stored);
    } catch (error) {
      // The token still works for days: only a refusal is worth stopping the post for.
      if (error instanceof ConnectorError && error.kind === 'auth') throw error;
      return stored;
    }
  }

  private usable(account: Account): StoredThreadsToken {
    const stored = readStoredSecret(StoredThreadsToken, account.secret, 'Threads');
    if (stored.expiresAt <= this.ctx.clock.now()) {
      throw new ConnectorError('auth', say('connectors.threads.signInEnded', { end: stored.expiresAt }));
    }
    return stored;
  }

  private renew(account: Account, stored: StoredThreadsToken): Promise<StoredThreadsToken> {
    const running = this.renewing.get(account.channelId);
    if (running) return running;
    const renewal = this.refresh(account, stored).finally(() => this.renewing.delete(account.channelId));
    this.renewing.set(account.channelId, renewal);
    return renewal;
  }

  private async refresh(account: Account, stored: StoredThreadsToken): Promise<StoredThreadsToken> {
    let answer: HttpAnswer;
    try {
      answer = await tokenCall(this.ctx, 'GET', `${this.endpoints.api}/refresh_access_token`, {
        grant_type: 'th_refresh_token',
        access_token: stored.accessToken,
      });
    } catch (error) {
      // A renewal changes nothing that a second one would not: a lost answer is simply retried.
      if (error instanceof ConnectorError && error.kind === 'unknown')
        throw new ConnectorError('server', saidBy(error) ?? error.message, error.details, error.followedBy);
      throw error;
    }
    const renewed = issued(answer, this.ctx.clock.now(), true);
    await account.saveSecret(JSON.stringify(renewed), expiryOf(renewed));
    return renewed;
  }
}

function tokenCall(
  ctx: ConnectorContext,
  method: 'GET' | 'POST',
  url: string,
  params: Record<string, string>,
): Promise<HttpAnswer> {
  const form = new URLSearchParams(params).toString();
  return httpCall(ctx, THREADS_NETWORK, {
    method,
    url: method === 'GET' ? `${url}?${form}` : url,
    headers: {
      accept: 'application/json',
      ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: method === 'POST' ? form : undefined,
    credential: true,
    redirect: 'manual',
    // Token grants change nothing on the owner's profile: repeating one is harmless.
    effect: 'read',
  });
}

function issued(answer: HttpAnswer, now: number, renewing: boolean): StoredThreadsToken {
  const parsed = LongLived.safeParse(answer.json);
  if (answer.status !== 200 || !parsed.success) {
    if (!renewing) throw signInRefusal(answer);
    const said = threadsSaid(answer.json);
    throw new ConnectorError(
      'auth',
      said
        ? say('connectors.threads.renewalRefusedSaying', { said })
        : say('connectors.threads.renewalRefused'),
      { httpStatus: answer.status, serverAnswer: said ?? `HTTP ${answer.status}` },
    );
  }
  return {
    accessToken: parsed.data.access_token,
    issuedAt: now,
    expiresAt: now + parsed.data.expires_in * 1000,
  };
}

/** A refused code exchange: the app's id and secret (code 1 or 101), or the code itself. */
export function signInRefusal(answer: HttpAnswer): ConnectorError {
  const said = threadsSaid(answer.json);
  const details = { httpStatus: answer.status, serverAnswer: said ?? `HTTP ${answer.status}` };
  const code = graphErrorOf(answer.json)?.code;
  const words = code === 1 || code === 101 ? 'appNotAccepted' : 'signInUnfinished';
  return new ConnectorError('auth', refusalWords(words, said, answer.status), details);
}
