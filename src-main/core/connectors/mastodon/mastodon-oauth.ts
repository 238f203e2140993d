// Mastodon's OAuth sign-in: Cadence registers itself on the instance (POST /api/v1/apps),
// opens the authorization page with PKCE (S256) and a state, and receives the code on a
// loopback address. The owner never copies a token, and the code is useless without the
// verifier that never left this machine.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { MastodonOAuthStart } from '../../../shared/connect-inputs';
import { AppError } from '../../../shared/errors';
import { say } from '../../../shared/messages/owner-message';
import type { TimerHandle } from '../../clock';
import type { Connection, ConnectorContext } from '../connector';
import { ConnectorError } from '../connector-error';
import { failedSignIn, failurePage, signInFailure, type SignInFailure } from '../sign-in-failure';
import { MastodonApi, serverMessage } from './mastodon-api';
import { readInstance, signInWithToken } from './mastodon-sign-in';
import { startLoopback, type CallbackAnswer, type LoopbackServer } from '../oauth-loopback';

export const OAUTH_FLOW_LIFETIME_MS = 10 * 60 * 1000;
const SCOPES = 'read write';

export type OAuthFlowStatus =
  { state: 'waiting' } | { state: 'connected'; channelId: string } | SignInFailure;

const RegisteredApp = z.object({ client_id: z.string().min(1), client_secret: z.string().min(1) });
const IssuedToken = z.object({ access_token: z.string().min(1) });

interface Flow {
  input: MastodonOAuthStart;
  base: string;
  state: string;
  verifier: string;
  app: z.infer<typeof RegisteredApp>;
  loopback: LoopbackServer;
  expiry: TimerHandle;
  status: OAuthFlowStatus;
  /** The code is being exchanged: a second redirect must not start another exchange. */
  exchanging: boolean;
  endedAt: number | null;
}

export interface OAuthFlowDeps {
  ctx: ConnectorContext;
  /** Keeps the finished sign-in as a channel; resolves with the channel's id. */
  save(connection: Connection, input: MastodonOAuthStart): Promise<string>;
}

export class MastodonOAuthFlows {
  private readonly flows = new Map<string, Flow>();

  constructor(private readonly deps: OAuthFlowDeps) {}

  async start(input: MastodonOAuthStart): Promise<{ flowId: string; authorizeUrl: string }> {
    this.forgetOldFlows();
    const { ctx } = this.deps;
    const instance = await readInstance(ctx, input.instanceUrl);
    const flowId = randomUUID();
    const loopback = await startLoopback((query) => this.callback(flowId, query), { language: ctx.language });
    let app: Flow['app'];
    try {
      const registered = await new MastodonApi(ctx, instance.base, null).call('/api/v1/apps', {
        method: 'POST',
        json: { client_name: 'Cadence', redirect_uris: [loopback.redirectUri], scopes: SCOPES },
        during: 'sign-in',
        // The answer holds the app's client secret.
        credential: true,
      });
      const parsed = RegisteredApp.safeParse(registered.body);
      if (!parsed.success) {
        throw new ConnectorError('config', say('connectors.mastodon.cannotRegister'));
      }
      app = parsed.data;
    } catch (error) {
      loopback.close();
      throw error;
    }
    const verifier = randomBytes(48).toString('base64url');
    const flow: Flow = {
      input,
      base: instance.base,
      state: randomBytes(24).toString('base64url'),
      verifier,
      app,
      loopback,
      expiry: ctx.clock.setTimer(
        () => this.end(flow, failedSignIn(say('signIn.timedOut', { network: 'Mastodon' }))),
        OAUTH_FLOW_LIFETIME_MS,
      ),
      status: { state: 'waiting' },
      exchanging: false,
      endedAt: null,
    };
    this.flows.set(flowId, flow);
    const authorize = new URL(`${instance.base}/oauth/authorize`);
    authorize.search = new URLSearchParams({
      client_id: app.client_id,
      redirect_uri: loopback.redirectUri,
      response_type: 'code',
      scope: SCOPES,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      state: flow.state,
    }).toString();
    return { flowId, authorizeUrl: authorize.toString() };
  }

  status(flowId: string): OAuthFlowStatus {
    const flow = this.flows.get(flowId);
    if (!flow) throw new AppError('NOT_FOUND', say('signIn.noMastodonInProgress'));
    return flow.status;
  }

  /** Ends every flow (the core is closing); their loopback servers stop listening. */
  closeAll(): void {
    for (const flow of this.flows.values()) {
      this.end(flow, failedSignIn(say('signIn.closed')));
    }
  }

  private async callback(flowId: string, query: URLSearchParams): Promise<CallbackAnswer> {
    const flow = this.flows.get(flowId);
    if (!flow || flow.status.state !== 'waiting' || flow.exchanging) {
      return { status: 409, said: [say('signIn.ended')] };
    }
    // A redirect without our state did not come from the sign-in Cadence started: ignore it.
    if (query.get('state') !== flow.state) {
      return { status: 400, said: [say('signIn.notThisSignIn')] };
    }
    const error = query.get('error');
    const code = query.get('code');
    if (error || !code) {
      const said = query.get('error_description') ?? error ?? 'no code';
      return this.finish(
        flow,
        failedSignIn(
          error === 'access_denied'
            ? say('signIn.notAllowed', { network: 'Mastodon' })
            : say('signIn.refused', { network: 'Mastodon', said }),
        ),
      );
    }
    flow.exchanging = true;
    try {
      const connection = await this.exchange(flow, code);
      const channelId = await this.deps.save(connection, flow.input);
      return this.finish(flow, { state: 'connected', channelId });
    } catch (failure) {
      return this.finish(flow, signInFailure(failure, 'mastodon'));
    }
  }

  private async exchange(flow: Flow, code: string): Promise<Connection> {
    const { ctx } = this.deps;
    const reply = await new MastodonApi(ctx, flow.base, null).send('/oauth/token', {
      method: 'POST',
      json: {
        grant_type: 'authorization_code',
        code,
        client_id: flow.app.client_id,
        client_secret: flow.app.client_secret,
        redirect_uri: flow.loopback.redirectUri,
        code_verifier: flow.verifier,
        scope: SCOPES,
      },
      during: 'sign-in',
      credential: true,
    });
    const token = IssuedToken.safeParse(reply.body);
    if (reply.status !== 200 || !token.success) {
      const said = serverMessage(reply.body);
      throw new ConnectorError(
        'auth',
        said
          ? say('connectors.mastodon.signInIncompleteSaying', { said })
          : say('connectors.mastodon.signInIncomplete'),
      );
    }
    return signInWithToken(ctx, flow.base, {
      accessToken: token.data.access_token,
      clientId: flow.app.client_id,
      clientSecret: flow.app.client_secret,
    });
  }

  private finish(flow: Flow, status: Exclude<OAuthFlowStatus, { state: 'waiting' }>): CallbackAnswer {
    this.end(flow, status);
    return status.state === 'connected'
      ? { status: 200, said: [say('signIn.connected', { network: 'Mastodon' })] }
      : { status: 400, said: failurePage(status) };
  }

  private end(flow: Flow, status: Exclude<OAuthFlowStatus, { state: 'waiting' }>): void {
    if (flow.endedAt !== null) return;
    flow.status = status;
    flow.endedAt = this.deps.ctx.clock.now();
    this.deps.ctx.clock.clearTimer(flow.expiry);
    flow.loopback.close();
  }

  /** Ended flows stay readable for a while, so the Settings screen can still learn the outcome. */
  private forgetOldFlows(): void {
    const now = this.deps.ctx.clock.now();
    for (const [id, flow] of this.flows) {
      if (flow.endedAt !== null && now - flow.endedAt > OAUTH_FLOW_LIFETIME_MS) this.flows.delete(id);
    }
  }
}
