// A credential never crosses the network in the clear: over plain http, anyone on the same
// Wi-Fi or any router on the way could read a bot token or an app password, and replay it.
// Plain http stays allowed to this computer itself (a test server, a local Bot API server).
import { BlockList, isIP } from 'node:net';
import { say } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** 127.0.0.0/8, ::1 (also written as an IPv4-mapped address) or the name localhost. */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (host === 'localhost' || host === 'localhost.') return true;
  const family = isIP(host);
  return family !== 0 && LOOPBACK.check(host, family === 6 ? 'ipv6' : 'ipv4');
}

/** Throws a `config` failure when `url` would carry a credential in the clear off this computer. */
export function refuseCredentialOverPlainHttp(url: string, name: string): void {
  const { protocol, hostname, host } = new URL(url);
  if (protocol === 'https:' || (protocol === 'http:' && isLoopbackHost(hostname))) return;
  throw new ConnectorError(
    'config',
    say('connectors.common.plainHttp', { name, address: `${protocol}//${host}` }),
  );
}
