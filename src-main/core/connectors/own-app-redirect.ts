// Where an own-app sign-in comes back, and what it gave, for OwnAppFlows: the redirect address
// from the network's guide (its port overridable for tests, since X's fixed 8734 may be busy
// when tests run in parallel), the query of an address the owner pasted, and the accounts to
// pick from.
import type { Network } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import type { CodeReturn, OwnAppCandidate } from '../../shared/contract/channels';
import type { OwnAppGuide } from '../../shared/own-app-guides/own-app-guide';
import type { Connection } from './connector';
import { ConnectorError } from './connector-error';
import { CALLBACK_PATH } from './oauth-loopback';

export interface ExistingChannel {
  id: string;
  displayName: string;
}

export interface Redirect {
  codeReturn: CodeReturn;
  /** The address sent to the network, exactly as the owner registered it. */
  uri: string;
  /** The loopback port to listen on; null when the code comes back by paste. */
  port: number | null;
}

export function redirectFor(guide: OwnAppGuide, portOverride: string | undefined): Redirect {
  const codeReturn = guide.codeReturn ?? 'loopback';
  const registered = new URL(guide.redirectUri);
  if (codeReturn === 'pasted-address') return { codeReturn, uri: guide.redirectUri, port: null };
  const port = Number(portOverride ?? (registered.port || 0));
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`Bad redirect port ${portOverride}`);
  if (registered.pathname !== CALLBACK_PATH)
    throw new Error(`Redirect path ${registered.pathname} is not served`);
  return { codeReturn, uri: `http://127.0.0.1:${port}${CALLBACK_PATH}`, port };
}

/**
 * The query of the address the browser stopped on. It must be the registered redirect address,
 * so a pasted authorize page or some other link is named for what it is.
 */
export function pastedQuery(address: string, redirectUri: string, label: string): URLSearchParams {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new AppError('INVALID_INPUT', say('signIn.notAnAddress'));
  }
  const expected = new URL(redirectUri);
  if (url.origin !== expected.origin || url.pathname !== expected.pathname) {
    throw new AppError(
      'INVALID_INPUT',
      say('signIn.wrongAddress', { network: label, start: `${expected.origin}${expected.pathname}` }),
    );
  }
  return url.searchParams;
}

/** What a candidate is, for the picker: LinkedIn says by its URN, Facebook's accounts are Pages. */
function kindOf(network: Network, connection: Connection): OwnAppCandidate['kind'] {
  const id = connection.profile.remoteAccountId ?? '';
  if (network === 'linkedin') return id.includes(':organization:') ? 'organisation' : 'person';
  if (network === 'facebook') return 'page';
  if (network === 'x' || network === 'threads') return 'person';
  return 'account';
}

export function candidatesOf(
  signInNetwork: Network,
  connections: readonly Connection[],
  existing: (network: Network, remoteAccountId: string | null) => ExistingChannel | null,
): OwnAppCandidate[] {
  return connections.map((connection, index) => {
    const network = connection.network ?? signInNetwork;
    return {
      id: String(index),
      network,
      handle: connection.profile.handle,
      displayName: connection.profile.displayName,
      kind: kindOf(network, connection),
      existingChannelName: existing(network, connection.profile.remoteAccountId)?.displayName ?? null,
    };
  });
}

/**
 * The accounts to connect without asking: the only one a sign-in gave, or, when reconnecting a
 * channel, that channel's own account; null when the owner must choose.
 */
export function accountsToTake(
  signInNetwork: Network,
  connections: Connection[],
  reconnecting: (ExistingChannel & { network: Network; remoteAccountId: string | null }) | null,
): Connection[] | null {
  if (!reconnecting) return connections.length === 1 ? connections : null;
  const onNetwork = connections.filter((c) => (c.network ?? signInNetwork) === reconnecting.network);
  const same = onNetwork.filter((c) => c.profile.remoteAccountId === reconnecting.remoteAccountId);
  if (same.length === 1) return same;
  if (reconnecting.remoteAccountId === null && onNetwork.length === 1) return onNetwork;
  throw new ConnectorError(
    'config',
    say('connectors.ownApp.notThatAccount', { name: reconnecting.displayName }),
  );
}
