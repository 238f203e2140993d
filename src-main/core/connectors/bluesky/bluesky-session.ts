// Keeps one Bluesky session per account and refreshes it, instead of signing in for every
// post: createSession is rate-limited per day. The app password stays in the keychain only
// so that an expired refresh token can be replaced without bothering the owner.
import type { AtpAgent, AtpSessionData } from '@atproto/api';
import { z } from 'zod';
import type { Account, ConnectorContext } from '../connector';
import { say } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';
import { connectorErrorIn, networkFetch } from '../http/exchange';
import { fetchFailure } from '../http/fetch-failure';
import type { HttpNetwork } from '../http/http-network';
import { atprotoApiIfLoaded, loadAtprotoApi } from './atproto-library';

const StoredSecret = z.object({
  identifier: z.string(),
  appPassword: z.string(),
  session: z.custom<AtpSessionData>((value) => typeof value === 'object' && value !== null).optional(),
});
export type BlueskySecret = z.infer<typeof StoredSecret>;

const BLUESKY: HttpNetwork = {
  name: 'Bluesky',
  // A post is written at a record key derived from it: a resend rewrites the same record.
  recognisesResend: true,
  // Every call carries the app password or a session token, to the PDS the DID document names.
  secretInEveryRequest: true,
  serverAnswer: (answer) => {
    const { error, message } = (answer.json ?? {}) as { error?: unknown; message?: unknown };
    const said = [error, message].filter((part) => typeof part === 'string' && part !== '').join(' ');
    return said || `HTTP ${answer.status}`;
  },
};

export async function newAgent(
  ctx: ConnectorContext,
  service: string,
  onSession?: (s: AtpSessionData) => void,
): Promise<AtpAgent> {
  const { AtpAgent } = await loadAtprotoApi();
  return new AtpAgent({
    service,
    // The agent's every request (sign-in, refresh, posts, blobs) goes through the HTTP layer.
    fetch: networkFetch(ctx, BLUESKY),
    persistSession: (_event, session) => {
      if (session && onSession) onSession(session);
    },
  });
}

/** Signs in with a handle (or email) and app password; the secret to keep comes back. */
export async function signIn(
  ctx: ConnectorContext,
  service: string,
  identifier: string,
  appPassword: string,
): Promise<{ agent: AtpAgent; secret: BlueskySecret }> {
  const agent = await newAgent(ctx, service);
  try {
    await agent.login({ identifier, password: appPassword });
  } catch (error) {
    throw toConnectorError(error, 'sign-in');
  }
  return { agent, secret: { identifier, appPassword, session: agent.session } };
}

/**
 * Live agents by channel. An agent refreshes its own tokens, one refresh at a time, so one per
 * account serves every post until its sign-in changes; a new app password (reconnect) starts a
 * new one. Starting one is single-flight too: callers that need the account at the same moment
 * (a send, the inbox sync, a metrics read) wait for the same resume or sign-in, since
 * createSession is rate-limited per day and two refreshes of one token revoke each other.
 */
export class BlueskySessions {
  private readonly agents = new Map<string, { agent: AtpAgent; signIn: string }>();
  private readonly starting = new Map<string, { agent: Promise<AtpAgent>; signIn: string }>();

  constructor(private readonly ctx: ConnectorContext) {}

  async agentFor(account: Account): Promise<AtpAgent> {
    const stored = parseSecret(account.secret);
    const signIn = `${account.serverUrl}|${stored.identifier}|${stored.appPassword}`;
    const { channelId } = account;
    const cached = this.agents.get(channelId);
    if (cached?.signIn === signIn && cached.agent.hasSession) return cached.agent;
    const inFlight = this.starting.get(channelId);
    if (inFlight?.signIn === signIn) return inFlight.agent;
    const agent = resume(this.ctx, account, stored)
      .then((started) => {
        this.agents.set(channelId, { agent: started, signIn });
        return started;
      })
      .finally(() => {
        if (this.starting.get(channelId)?.agent === agent) this.starting.delete(channelId);
      });
    this.starting.set(channelId, { agent, signIn });
    return agent;
  }

  /** After Bluesky rejected the session: the next use signs in afresh. */
  forget(channelId: string): void {
    this.agents.delete(channelId);
  }

  /** Runs work with the account's agent; an auth failure drops the cached session. */
  async run<T>(
    account: Account,
    during: 'publish' | 'read',
    work: (agent: AtpAgent) => Promise<T>,
  ): Promise<T> {
    const agent = await this.agentFor(account);
    try {
      return await work(agent);
    } catch (error) {
      const failure = toConnectorError(error, during);
      if (failure.kind === 'auth') this.forget(account.channelId);
      throw failure;
    }
  }
}

const sharedSessions = new WeakMap<ConnectorContext, BlueskySessions>();

/**
 * The sessions of one core (one connector context): publishing and the inbox use the same agent
 * per account, since two agents refreshing one session would revoke each other's tokens.
 */
export function blueskySessionsFor(ctx: ConnectorContext): BlueskySessions {
  let sessions = sharedSessions.get(ctx);
  if (!sessions) {
    sessions = new BlueskySessions(ctx);
    sharedSessions.set(ctx, sessions);
  }
  return sessions;
}

function parseSecret(secret: string): BlueskySecret {
  const parsed = StoredSecret.safeParse(safeJson(secret));
  if (!parsed.success) throw new ConnectorError('auth', say('connectors.bluesky.signInDamaged'));
  return parsed.data;
}

/** An agent with a live session, resuming the stored one when it still works. */
async function resume(ctx: ConnectorContext, account: Account, stored: BlueskySecret): Promise<AtpAgent> {
  const service = account.serverUrl ?? 'https://bsky.social';
  let latest = stored.session;
  const agent = await newAgent(ctx, service, (session) => {
    latest = session;
    void account.saveSecret(JSON.stringify({ ...stored, session }));
  });
  if (stored.session) {
    try {
      await agent.resumeSession(stored.session);
      return agent;
    } catch (error) {
      const failure = toConnectorError(error, 'sign-in');
      if (failure.kind !== 'auth') throw failure;
    }
  }
  // The refresh token expired or was revoked: sign in again with the stored app password.
  try {
    await agent.login({ identifier: stored.identifier, password: stored.appPassword });
  } catch (error) {
    throw toConnectorError(error, 'sign-in');
  }
  if (agent.session && agent.session !== latest) {
    await account.saveSecret(JSON.stringify({ ...stored, session: agent.session }));
  }
  return agent;
}

/**
 * Sorts an XRPC failure into what the outbox and the Settings screen need. No answer, 429 and
 * 5xx were already sorted by the HTTP layer, whose error the agent's error carries as cause.
 */
export function toConnectorError(error: unknown, during: 'sign-in' | 'publish' | 'read'): ConnectorError {
  const sorted = connectorErrorIn(error);
  if (sorted) return sorted;
  // Not loaded yet: then the error cannot be one of the library's (see atproto-library.ts).
  const XRPCError = atprotoApiIfLoaded()?.XRPCError;
  // ResponseType.Unknown (1) or no XRPC error at all: no answer the layer saw. Maybe sent.
  if (!XRPCError || !(error instanceof XRPCError) || Number(error.status) === 1) {
    return fetchFailure(
      XRPCError && error instanceof XRPCError ? (error.cause ?? error) : error,
      'Bluesky',
      'request',
    );
  }
  const status = Number(error.status);
  const serverAnswer = `${error.error ?? ''} ${error.message}`.trim();
  const details = { httpStatus: status || undefined, serverAnswer };
  if (status === 401 || error.error === 'ExpiredToken' || error.error === 'InvalidToken') {
    return new ConnectorError(
      'auth',
      during === 'sign-in'
        ? say('connectors.bluesky.passwordNotAccepted')
        : say('connectors.bluesky.signInRejected'),
      details,
    );
  }
  if (error.error === 'AccountTakedown' || error.error === 'AccountDeactivated' || status === 403) {
    return new ConnectorError(
      'permission',
      say('connectors.bluesky.refused', { said: error.message }),
      details,
    );
  }
  if (status === 404) {
    return new ConnectorError('config', say('connectors.bluesky.notAServer'), details);
  }
  const refused = during === 'read' ? 'connectors.bluesky.refused' : 'connectors.bluesky.postRefused';
  return new ConnectorError('rejected', say(refused, { said: error.message }), details);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
