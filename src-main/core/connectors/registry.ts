import type { Network } from '../../shared/entities';
import { blueskyConnector } from './bluesky/bluesky-connector';
import type { Connector, ConnectorContext } from './connector';
import { mastodonConnector } from './mastodon/mastodon-connector';

/** Every network Cadence can publish to. X has counters in the composer but no publishing. */
export function defaultConnectors(ctx: ConnectorContext): Partial<Record<Network, Connector>> {
  return {
    bluesky: blueskyConnector(ctx) as Connector,
    mastodon: mastodonConnector(ctx) as Connector,
  };
}
