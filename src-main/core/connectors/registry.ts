import type { Network } from '../../shared/entities';
import { blueskyConnector } from './bluesky/bluesky-connector';
import type { Connector, ConnectorContext } from './connector';
import { discordConnector } from './discord/discord-connector';
import { mastodonConnector } from './mastodon/mastodon-connector';
import { telegramConnector } from './telegram/telegram-connector';
import { threadsConnector } from './threads/threads-connector';
import { webhookConnector } from './webhook/webhook-connector';
import { xConnector } from './x/x-connector';

/**
 * Every network Cadence can publish to. X and Threads sign in with the owner's own app;
 * Threads takes photos only once a Facebook Page can host them, so it posts text until then.
 */
export function defaultConnectors(ctx: ConnectorContext): Partial<Record<Network, Connector>> {
  return {
    bluesky: blueskyConnector(ctx) as Connector,
    mastodon: mastodonConnector(ctx) as Connector,
    telegram: telegramConnector(ctx) as Connector,
    discord: discordConnector(ctx) as Connector,
    webhook: webhookConnector(ctx) as Connector,
    x: xConnector(ctx),
    threads: threadsConnector(ctx),
  };
}
