import type { Network } from '../../shared/entities';
import { blueskyConnector } from './bluesky/bluesky-connector';
import type { Connector, ConnectorContext } from './connector';
import { discordConnector } from './discord/discord-connector';
import { mastodonConnector } from './mastodon/mastodon-connector';
import { telegramConnector } from './telegram/telegram-connector';
import { webhookConnector } from './webhook/webhook-connector';

/** Every network Cadence can publish to. X has counters in the composer but no publishing. */
export function defaultConnectors(ctx: ConnectorContext): Partial<Record<Network, Connector>> {
  return {
    bluesky: blueskyConnector(ctx) as Connector,
    mastodon: mastodonConnector(ctx) as Connector,
    telegram: telegramConnector(ctx) as Connector,
    discord: discordConnector(ctx) as Connector,
    webhook: webhookConnector(ctx) as Connector,
  };
}
