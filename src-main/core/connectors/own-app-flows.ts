// Signing in with the owner's own developer app, for any connector that has `ownApp` (X, Meta,
// Threads, LinkedIn): the browser opens the network's authorize page with a state (and a PKCE
// challenge where the network takes one); the code comes back to a listener on 127.0.0.1, at
// the port the owner registered, or, where a network only redirects to https (Threads), in the
// address the owner pastes. The accounts the sign-in gives are connected at once when there is
// one, or after the owner picks (Meta Pages and Instagram accounts, LinkedIn organisations).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { NETWORK_LABELS, type Network } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import type { OwnAppStart, OwnAppStatus } from '../../shared/contract/channels';
import { OWN_APP_GUIDES } from '../../shared/own-app-guides/own-app-networks';
import type { TimerHandle } from '../clock';
import type { Connection, Connector, ConnectorContext, OwnApp, OwnAppSignIn } from './connector';
import { ConnectorError } from './connector-error';
import { startLoopback, LoopbackPortBusy, type CallbackAnswer, type LoopbackServer } from './oauth-loopback';
import {
  accountsToTake,
  candidatesOf,
  pastedQuery,
  redirectFor,
  type ExistingChannel,
} from './own-app-redirect';
import type { OwnAppStore } from './own-app-store';

export const OWN_APP_FLOW_LIFETIME_MS = 10 * 60 * 1000;
const RESTART = 'Start again from Settings in Cadence.';

interface Flow {
  id: string;
  network: Network;
  signIn: OwnAppSignIn;
  app: OwnApp;
  input: OwnAppStart;
  state: string;
  verifier: string | null;
  redirectUri: string;
  loopback: LoopbackServer | null;
  timer: TimerHandle;
  status: OwnAppStatus;
  /** What finish() gave, while the owner picks. */
  connections: Connection[];
  /** The code is being exchanged or the accounts saved: a second answer must not start again. */
  busy: boolean;
  endedAt: number | null;
}

export interface OwnAppFlowDeps {
  ctx: ConnectorContext;
  connectors: Partial<Record<Network, Connector>>;
  apps: OwnAppStore;
  /** The channel already in Cadence for this account, if any: signing in again updates it. */
  existing(network: Network, remoteAccountId: string | null): ExistingChannel | null;
  /** The channel being reconnected. */
  channel(channelId: string): ExistingChannel & { network: Network; remoteAccountId: string | null };
  /** Keeps a finished sign-in as a channel (new, or the one given); resolves with its id. */
  save(network: Network, connection: Connection, channelId?: string, displayName?: string): Promise<string>;
}

export class OwnAppFlows {
  private readonly flows = new Map<string, Flow>();

  constructor(private readonly deps: OwnAppFlowDeps) {}

  async start(input: OwnAppStart) {
    this.forgetOldFlows();
    const { network } = input;
    const label = NETWORK_LABELS[network];
    const signIn = this.deps.connectors[network]?.ownApp;
    const guide = OWN_APP_GUIDES[network];
    if (!signIn || !guide)
      throw new AppError('INVALID_INPUT', `Cadence cannot sign in to ${label} with your own app.`);
    if (input.channelId) this.deps.channel(input.channelId);
    const app = await this.deps.apps.get(network);
    if (!app) {
      throw new AppError('INVALID_INPUT', `Enter your ${label} app’s client ID first, then sign in.`);
    }
    const redirect = redirectFor(guide, this.deps.ctx.endpoints?.[network]?.redirectPort);
    // One listener per port: an older sign-in waiting there gives way to this one.
    for (const flow of this.flows.values()) {
      if (
        flow.loopback &&
        redirect.port !== null &&
        new URL(flow.redirectUri).port === String(redirect.port)
      ) {
        this.end(flow, { state: 'failed', message: `A newer sign-in took over. ${RESTART}` });
      }
    }
    const id = randomUUID();
    let loopback: LoopbackServer | null = null;
    if (redirect.codeReturn === 'loopback') {
      try {
        loopback = await startLoopback((query) => this.onCallback(id, query), redirect.port ?? 0);
      } catch (error) {
        if (error instanceof LoopbackPortBusy) {
          throw new AppError(
            'CONNECTION_FAILED',
            `Cadence could not listen on this computer at port ${error.port}, where ${label} sends you back after signing in: another program is using it. Close that program, then sign in again.`,
          );
        }
        throw error;
      }
    }
    const verifier = signIn.pkce ? randomBytes(48).toString('base64url') : null;
    const flow: Flow = {
      id,
      network,
      signIn,
      app,
      input,
      state: randomBytes(24).toString('base64url'),
      verifier,
      redirectUri: loopback?.redirectUri ?? redirect.uri,
      loopback,
      timer: this.deps.ctx.clock.setTimer(
        () =>
          this.end(flow, {
            state: 'failed',
            message: `The ${label} sign-in was not finished within 10 minutes. ${RESTART}`,
          }),
        OWN_APP_FLOW_LIFETIME_MS,
      ),
      status: { state: 'waiting', codeReturn: redirect.codeReturn },
      connections: [],
      busy: false,
      endedAt: null,
    };
    let authorizeUrl: string;
    try {
      authorizeUrl = signIn.authorizeUrl({
        app,
        redirectUri: flow.redirectUri,
        state: flow.state,
        codeChallenge: verifier ? createHash('sha256').update(verifier).digest('base64url') : null,
      });
    } catch (error) {
      this.end(flow, { state: 'failed', message: RESTART });
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
    if (flow.status.state !== 'waiting' || flow.busy) return flow.status;
    const query = pastedQuery(address, flow.redirectUri, NETWORK_LABELS[flow.network]);
    if (query.get('state') !== flow.state) {
      throw new AppError(
        'INVALID_INPUT',
        'That address belongs to another sign-in. Paste the address the browser shows after the sign-in you just started.',
      );
    }
    if (!query.get('code') && !query.get('error')) {
      throw new AppError(
        'INVALID_INPUT',
        `That address has no sign-in code. After allowing Cadence on ${NETWORK_LABELS[flow.network]}, copy the whole address from the address bar.`,
      );
    }
    await this.receive(flow, query);
    return flow.status;
  }

  async choose(flowId: string, candidateIds: readonly string[]): Promise<OwnAppStatus> {
    const flow = this.flow(flowId);
    if (flow.status.state !== 'choose' || flow.busy) return flow.status;
    const picked = [...new Set(candidateIds)].map((id) => flow.connections[Number(id)]);
    if (picked.some((connection) => connection === undefined)) {
      throw new AppError('INVALID_INPUT', 'One of those accounts is not in this sign-in. Choose again.');
    }
    flow.busy = true;
    try {
      const channelIds = await this.saveAll(flow, picked as Connection[]);
      this.end(flow, { state: 'done', channelIds });
    } catch (error) {
      this.end(flow, { state: 'failed', message: failureMessage(error, flow.network) });
    }
    return flow.status;
  }

  cancel(flowId: string): void {
    const flow = this.flows.get(flowId);
    if (flow) this.end(flow, { state: 'failed', message: `You stopped the sign-in. ${RESTART}` });
  }

  /** Ends every flow (the core is closing); their listeners stop. */
  closeAll(): void {
    for (const flow of this.flows.values()) {
      this.end(flow, { state: 'failed', message: `Cadence closed before the sign-in finished. ${RESTART}` });
    }
  }

  private flow(flowId: string): Flow {
    const flow = this.flows.get(flowId);
    if (!flow) throw new AppError('NOT_FOUND', `Cadence has no sign-in in progress. ${RESTART}`);
    return flow;
  }

  private async onCallback(flowId: string, query: URLSearchParams): Promise<CallbackAnswer> {
    const flow = this.flows.get(flowId);
    if (!flow || flow.status.state !== 'waiting' || flow.busy) {
      return { status: 409, message: `This sign-in has already ended. ${RESTART}` };
    }
    // A redirect without our state did not come from the sign-in Cadence started: ignore it.
    if (query.get('state') !== flow.state) {
      return { status: 400, message: `This page was not opened by the sign-in Cadence started. ${RESTART}` };
    }
    await this.receive(flow, query);
    // receive() moved the flow on from 'waiting'.
    const status: OwnAppStatus = this.status(flowId);
    const label = NETWORK_LABELS[flow.network];
    if (status.state === 'failed') return { status: 400, message: status.message };
    return {
      status: 200,
      message:
        status.state === 'choose'
          ? `${label} signed Cadence in. Go back to Cadence to choose which accounts to connect.`
          : `Cadence is connected to ${label}. You can close this tab.`,
    };
  }

  /** The network's answer, state already checked: exchange the code, then connect or ask. */
  private async receive(flow: Flow, query: URLSearchParams): Promise<void> {
    const label = NETWORK_LABELS[flow.network];
    const code = query.get('code');
    const error = query.get('error');
    if (error || !code) {
      const denied = error === 'access_denied' || query.get('error_reason') === 'user_denied';
      const said = query.get('error_description') ?? error ?? 'no code';
      this.end(flow, {
        state: 'failed',
        message: denied
          ? `You did not allow Cadence on ${label}, so it is not connected. ${RESTART}`
          : `${label} did not sign Cadence in (“${said}”). ${RESTART}`,
      });
      return;
    }
    flow.busy = true;
    try {
      const connections = await flow.signIn.finish({
        app: flow.app,
        code,
        codeVerifier: flow.verifier,
        redirectUri: flow.redirectUri,
      });
      if (connections.length === 0) {
        throw new ConnectorError(
          'config',
          `${label} signed you in, but gave no account Cadence can post to.`,
        );
      }
      const { channelId } = flow.input;
      const chosen = accountsToTake(
        flow.network,
        connections,
        channelId ? this.deps.channel(channelId) : null,
      );
      if (chosen) {
        this.end(flow, { state: 'done', channelIds: await this.saveAll(flow, chosen) });
        return;
      }
      flow.connections = connections;
      flow.status = {
        state: 'choose',
        candidates: candidatesOf(flow.network, connections, this.deps.existing),
      };
      flow.busy = false;
      // Nothing more comes back from the browser: the port is free for another sign-in.
      flow.loopback?.close();
      flow.loopback = null;
    } catch (failure) {
      this.end(flow, { state: 'failed', message: failureMessage(failure, flow.network) });
    }
  }

  private async saveAll(flow: Flow, connections: Connection[]): Promise<string[]> {
    const ids: string[] = [];
    const { channelId, displayName } = flow.input;
    for (const connection of connections) {
      const network = connection.network ?? flow.network;
      const target = channelId ?? this.deps.existing(network, connection.profile.remoteAccountId)?.id;
      // The name typed in the form is for the one account it was typed for.
      const name = connections.length === 1 ? displayName : undefined;
      ids.push(await this.deps.save(network, connection, target, name));
    }
    return ids;
  }

  private end(flow: Flow, status: Exclude<OwnAppStatus, { state: 'waiting' | 'choose' }>): void {
    if (flow.endedAt !== null) return;
    flow.status = status;
    flow.busy = false;
    flow.connections = [];
    flow.endedAt = this.deps.ctx.clock.now();
    this.deps.ctx.clock.clearTimer(flow.timer);
    flow.loopback?.close();
  }

  /** Ended flows stay readable for a while, so the Settings screen can still learn the outcome. */
  private forgetOldFlows(): void {
    const now = this.deps.ctx.clock.now();
    for (const [id, flow] of this.flows) {
      if (flow.endedAt !== null && now - flow.endedAt > OWN_APP_FLOW_LIFETIME_MS) this.flows.delete(id);
    }
  }
}

function failureMessage(failure: unknown, network: Network): string {
  const said = failure instanceof ConnectorError || failure instanceof AppError ? failure.message : null;
  if (!said) console.error(`[cadence] ${network} sign-in failed`, failure);
  return `${said ?? `Cadence could not finish the ${NETWORK_LABELS[network]} sign-in.`} ${RESTART}`;
}

function asAppError(error: unknown): unknown {
  return error instanceof ConnectorError ? new AppError('CONNECTION_FAILED', error.message) : error;
}
