// Signing in with the owner's own developer app, for any connector that has `ownApp` (X, Meta,
// Threads, LinkedIn): the browser opens the network's authorize page with a state (and a PKCE
// challenge where the network takes one); the code comes back to a listener on 127.0.0.1, at
// the port the owner registered, or, where a network only redirects to https (Threads), in the
// address the owner pastes. The accounts the sign-in gives are connected at once when there is
// one, or after the owner picks (Meta Pages and Instagram accounts, LinkedIn organisations).
import { randomUUID } from 'node:crypto';
import { NETWORK_LABELS, type Network } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import type { OwnAppStart, OwnAppStatus } from '../../shared/contract/channels';
import { OWN_APP_GUIDES } from '../../shared/own-app-guides/own-app-networks';
import type { Connector, ConnectorContext } from './connector';
import { appErrorOf, ConnectorError } from './connector-error';
import { failedSignIn } from './sign-in-failure';
import { startLoopback, LoopbackPortBusy, type LoopbackServer } from './oauth-loopback';
import { OWN_APP_FLOW_LIFETIME_MS, OwnAppFlow, type SignInChannels } from './own-app-flow';
import { redirectFor } from './own-app-redirect';
import type { OwnAppStore } from './own-app-store';

export interface OwnAppFlowDeps extends SignInChannels {
  ctx: ConnectorContext;
  connectors: Partial<Record<Network, Connector>>;
  apps: OwnAppStore;
}

/** The sign-ins in progress, by id: one listener per port, ended ones kept readable for a while. */
export class OwnAppFlows {
  private readonly flows = new Map<string, OwnAppFlow>();

  constructor(private readonly deps: OwnAppFlowDeps) {}

  async start(input: OwnAppStart) {
    this.forgetOldFlows();
    const { network } = input;
    const label = NETWORK_LABELS[network];
    const signIn = this.deps.connectors[network]?.ownApp;
    const guide = OWN_APP_GUIDES[network];
    if (!signIn || !guide) throw new AppError('INVALID_INPUT', say('signIn.noOwnApp', { network: label }));
    if (input.channelId) this.deps.channel(input.channelId);
    const app = await this.deps.apps.get(network);
    if (!app) {
      throw new AppError('INVALID_INPUT', say('signIn.clientIdThenSignIn', { network: label }));
    }
    const redirect = redirectFor(guide, this.deps.ctx.endpoints?.[network]?.redirectPort);
    // One listener per port: an older sign-in waiting there gives way to this one.
    for (const flow of this.flows.values()) {
      if (flow.listensOn(redirect.port)) {
        flow.end(failedSignIn(say('signIn.tookOver')));
      }
    }
    const id = randomUUID();
    let loopback: LoopbackServer | null = null;
    if (redirect.codeReturn === 'loopback') {
      try {
        loopback = await startLoopback((query) => this.onCallback(id, query), {
          port: redirect.port ?? 0,
          language: this.deps.ctx.language,
        });
      } catch (error) {
        if (error instanceof LoopbackPortBusy) {
          throw new AppError(
            'CONNECTION_FAILED',
            say('signIn.portBusy', { port: error.port, network: label }),
          );
        }
        throw error;
      }
    }
    const flow = new OwnAppFlow(
      {
        id,
        network,
        signIn,
        app,
        input,
        codeReturn: redirect.codeReturn,
        redirectUri: loopback?.redirectUri ?? redirect.uri,
        loopback,
      },
      this.deps,
      this.deps.ctx.clock,
    );
    let authorizeUrl: string;
    try {
      authorizeUrl = flow.authorizeUrl();
    } catch (error) {
      flow.end(failedSignIn(say('signIn.startAgain')));
      throw asAppError(error);
    }
    this.flows.set(id, flow);
    return { flowId: id, authorizeUrl, codeReturn: redirect.codeReturn, redirectUri: flow.redirectUri };
  }

  status(flowId: string): OwnAppStatus {
    return this.flow(flowId).status;
  }

  /** The address the browser stopped on, for networks that cannot send it back to Cadence. */
  async paste(flowId: string, address: string): Promise<OwnAppStatus> {
    const flow = this.flow(flowId);
    await flow.paste(address);
    return flow.status;
  }

  async choose(flowId: string, candidateIds: readonly string[]): Promise<OwnAppStatus> {
    const flow = this.flow(flowId);
    await flow.choose(candidateIds);
    return flow.status;
  }

  cancel(flowId: string): void {
    this.flows.get(flowId)?.end(failedSignIn(say('signIn.stopped')));
  }

  /** Ends every flow (the core is closing); their listeners stop. */
  closeAll(): void {
    for (const flow of this.flows.values()) {
      flow.end(failedSignIn(say('signIn.closed')));
    }
  }

  private flow(flowId: string): OwnAppFlow {
    const flow = this.flows.get(flowId);
    if (!flow) throw new AppError('NOT_FOUND', say('signIn.noneInProgress'));
    return flow;
  }

  private async onCallback(flowId: string, query: URLSearchParams) {
    const flow = this.flows.get(flowId);
    if (!flow) return { status: 409, said: [say('signIn.ended')] };
    return flow.callback(query);
  }

  /** Ended flows stay readable for a while, so the Settings screen can still learn the outcome. */
  private forgetOldFlows(): void {
    const now = this.deps.ctx.clock.now();
    for (const [id, flow] of this.flows) {
      if (flow.endedAt !== null && now - flow.endedAt > OWN_APP_FLOW_LIFETIME_MS) this.flows.delete(id);
    }
  }
}

function asAppError(error: unknown): unknown {
  return error instanceof ConnectorError ? appErrorOf(error) : error;
}
