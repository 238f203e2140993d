// One sign-in with the owner's own developer app, from the authorize page to the accounts it
// connects: it keeps the state and PKCE verifier it sent, takes the network's answer (from the
// loopback listener or an address the owner pasted), exchanges the code, connects the accounts
// at once when there is one or holds them while the owner picks, and ends once (done, failed,
// stopped or timed out), freeing its port.
import { createHash, randomBytes } from 'node:crypto';
import { NETWORK_LABELS, type Network } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { say, type OwnerMessage } from '../../shared/messages/owner-message';
import type { CodeReturn, OwnAppStart, OwnAppStatus } from '../../shared/contract/channels';
import type { Clock, TimerHandle } from '../clock';
import type { Connection, OwnApp, OwnAppSignIn } from './connector';
import { ConnectorError } from './connector-error';
import { failedSignIn, failurePage, signInFailure } from './sign-in-failure';
import type { CallbackAnswer, LoopbackServer } from './oauth-loopback';
import { accountsToTake, candidatesOf, pastedQuery, type ExistingChannel } from './own-app-redirect';

export const OWN_APP_FLOW_LIFETIME_MS = 10 * 60 * 1000;

/** The channels a sign-in looks up and keeps its accounts in. */
export interface SignInChannels {
  /** The channel already in Cadence for this account, if any: signing in again updates it. */
  existing(network: Network, remoteAccountId: string | null): ExistingChannel | null;
  /** The channel being reconnected. */
  channel(channelId: string): ExistingChannel & { network: Network; remoteAccountId: string | null };
  /** Keeps a finished sign-in as a channel (new, or the one given); resolves with its id. */
  save(network: Network, connection: Connection, channelId?: string, displayName?: string): Promise<string>;
}

export interface FlowStart {
  id: string;
  network: Network;
  signIn: OwnAppSignIn;
  app: OwnApp;
  input: OwnAppStart;
  codeReturn: CodeReturn;
  /** The address sent to the network, where its answer comes back. */
  redirectUri: string;
  /** Listening for the answer; null when the owner pastes it. */
  loopback: LoopbackServer | null;
}

type EndStatus = Exclude<OwnAppStatus, { state: 'waiting' | 'choose' }>;

export class OwnAppFlow {
  readonly id: string;
  readonly network: Network;
  readonly redirectUri: string;
  status: OwnAppStatus;
  endedAt: number | null = null;
  private readonly signIn: OwnAppSignIn;
  private readonly app: OwnApp;
  private readonly input: OwnAppStart;
  private loopback: LoopbackServer | null;
  private readonly state = randomBytes(24).toString('base64url');
  private readonly verifier: string | null;
  private readonly timer: TimerHandle;
  /** What finish() gave, while the owner picks. */
  private connections: Connection[] = [];
  /** The code is being exchanged or the accounts saved: a second answer must not start again. */
  private busy = false;
  /** Set once the network refused the scopes asked for and the sign-in asked again for fewer. */
  private narrowed: OwnerMessage | null = null;

  constructor(
    start: FlowStart,
    private readonly channels: SignInChannels,
    private readonly clock: Clock,
  ) {
    this.id = start.id;
    this.network = start.network;
    this.signIn = start.signIn;
    this.app = start.app;
    this.input = start.input;
    this.redirectUri = start.redirectUri;
    this.loopback = start.loopback;
    this.verifier = this.signIn.pkce ? randomBytes(48).toString('base64url') : null;
    this.status = { state: 'waiting', codeReturn: start.codeReturn };
    this.timer = clock.setTimer(
      () => this.end(failedSignIn(say('signIn.timedOut', { network: NETWORK_LABELS[this.network] }))),
      OWN_APP_FLOW_LIFETIME_MS,
    );
  }

  /** The network's authorize page, with this sign-in's state and PKCE challenge. */
  authorizeUrl(): string {
    return this.signIn.authorizeUrl({
      app: this.app,
      redirectUri: this.redirectUri,
      state: this.state,
      codeChallenge: this.verifier ? createHash('sha256').update(this.verifier).digest('base64url') : null,
      narrower: this.narrowed !== null,
    });
  }

  /** Whether this sign-in's listener holds the port. */
  listensOn(port: number | null): boolean {
    return this.loopback !== null && port !== null && new URL(this.redirectUri).port === String(port);
  }

  /** The browser came back to the listener. */
  async callback(query: URLSearchParams): Promise<CallbackAnswer> {
    if (this.status.state !== 'waiting' || this.busy) {
      return { status: 409, said: [say('signIn.ended')] };
    }
    // A redirect without our state did not come from the sign-in Cadence started: ignore it.
    if (query.get('state') !== this.state) {
      return { status: 400, said: [say('signIn.notThisSignIn')] };
    }
    const narrower = this.narrowed === null ? (this.signIn.narrowerAfter?.(query) ?? null) : null;
    if (narrower !== null) {
      this.narrowed = narrower;
      return { status: 200, said: [narrower], continueTo: this.authorizeUrl() };
    }
    await this.receive(query);
    // receive() moved the flow on from 'waiting', which TypeScript cannot see.
    const status = this.status as OwnAppStatus;
    const label = NETWORK_LABELS[this.network];
    if (status.state === 'failed') return { status: 400, said: failurePage(status) };
    const done = say(status.state === 'choose' ? 'signIn.chooseAccounts' : 'signIn.connected', {
      network: label,
    });
    return { status: 200, said: this.narrowed ? [done, this.narrowed] : [done] };
  }

  /** The address the browser stopped on, for networks that cannot send it back to Cadence. */
  async paste(address: string): Promise<void> {
    if (this.status.state !== 'waiting' || this.busy) return;
    const query = pastedQuery(address, this.redirectUri, NETWORK_LABELS[this.network]);
    if (query.get('state') !== this.state) {
      throw new AppError('INVALID_INPUT', say('signIn.otherSignIn'));
    }
    if (!query.get('code') && !query.get('error')) {
      throw new AppError('INVALID_INPUT', say('signIn.noCode', { network: NETWORK_LABELS[this.network] }));
    }
    await this.receive(query);
  }

  /** The accounts the owner picked from those the sign-in gave. */
  async choose(candidateIds: readonly string[]): Promise<void> {
    if (this.status.state !== 'choose' || this.busy) return;
    const picked = [...new Set(candidateIds)].map((id) => this.connections[Number(id)]);
    if (picked.some((connection) => connection === undefined)) {
      throw new AppError('INVALID_INPUT', say('signIn.unknownAccount'));
    }
    this.busy = true;
    try {
      const channelIds = await this.saveAll(picked as Connection[]);
      this.end({ state: 'done', channelIds });
    } catch (error) {
      this.end(signInFailure(error, this.network));
    }
  }

  end(status: EndStatus): void {
    if (this.endedAt !== null) return;
    this.status = status.state === 'done' && this.narrowed ? { ...status, note: 'member-only' } : status;
    this.busy = false;
    this.connections = [];
    this.endedAt = this.clock.now();
    this.clock.clearTimer(this.timer);
    this.loopback?.close();
  }

  /** The network's answer, state already checked: exchange the code, then connect or ask. */
  private async receive(query: URLSearchParams): Promise<void> {
    const label = NETWORK_LABELS[this.network];
    const code = query.get('code');
    const error = query.get('error');
    if (error || !code) {
      const denied = error === 'access_denied' || query.get('error_reason') === 'user_denied';
      const said = query.get('error_description') ?? error ?? 'no code';
      this.end(
        failedSignIn(
          denied
            ? say('signIn.notAllowed', { network: label })
            : say('signIn.refused', { network: label, said }),
        ),
      );
      return;
    }
    this.busy = true;
    try {
      const connections = await this.signIn.finish({
        app: this.app,
        code,
        codeVerifier: this.verifier,
        redirectUri: this.redirectUri,
      });
      if (connections.length === 0) {
        throw new ConnectorError('config', say('connectors.ownApp.noAccount', { network: label }));
      }
      const { channelId } = this.input;
      const chosen = accountsToTake(
        this.network,
        connections,
        channelId ? this.channels.channel(channelId) : null,
      );
      if (chosen) {
        this.end({ state: 'done', channelIds: await this.saveAll(chosen) });
        return;
      }
      this.connections = connections;
      this.status = {
        state: 'choose',
        candidates: candidatesOf(this.network, connections, this.channels.existing),
        ...(this.narrowed && { note: 'member-only' as const }),
      };
      this.busy = false;
      // Nothing more comes back from the browser: the port is free for another sign-in.
      this.loopback?.close();
      this.loopback = null;
    } catch (failure) {
      this.end(signInFailure(failure, this.network));
    }
  }

  private async saveAll(connections: Connection[]): Promise<string[]> {
    const ids: string[] = [];
    const { channelId, displayName } = this.input;
    for (const connection of connections) {
      const network = connection.network ?? this.network;
      const target = channelId ?? this.channels.existing(network, connection.profile.remoteAccountId)?.id;
      // The name typed in the form is for the one account it was typed for.
      const name = connections.length === 1 ? displayName : undefined;
      ids.push(await this.channels.save(network, connection, target, name));
    }
    return ids;
  }
}
