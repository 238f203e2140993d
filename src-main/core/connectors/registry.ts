import type { Network } from '../../shared/entities';
import { blueskyConnector } from './bluesky/bluesky-connector';
import type { Connector, ConnectorContext } from './connector';
import { discordConnector } from './discord/discord-connector';
import { facebookConnector } from './facebook/facebook-connector';
import { instagramConnector } from './instagram/instagram-connector';
import { linkedInConnector } from './linkedin/linkedin-connector';
import { mastodonConnector } from './mastodon/mastodon-connector';
import { telegramConnector } from './telegram/telegram-connector';
import { facebookPageImageHost, type FindFacebookPage } from './threads/facebook-page-host';
import { threadsConnector } from './threads/threads-connector';
import { webhookConnector } from './webhook/webhook-connector';
import { xConnector } from './x/x-connector';

export interface RegistryLinks {
  /** The connected Facebook Page that hosts Threads' photos; without one, Threads posts text only. */
  facebookPage?: FindFacebookPage;
}

/**
 * Every network Cadence can publish to. X, Facebook, Instagram, Threads and LinkedIn sign in
 * with the owner's own developer app (connectors/own-app-flows).
 */
export function defaultConnectors(
  ctx: ConnectorContext,
  links: RegistryLinks = {},
): Partial<Record<Network, Connector>> {
  const pageHost = links.facebookPage && facebookPageImageHost(ctx, links.facebookPage);
  return {
    bluesky: blueskyConnector(ctx) as Connector,
    mastodon: mastodonConnector(ctx) as Connector,
    telegram: telegramConnector(ctx) as Connector,
    discord: discordConnector(ctx) as Connector,
    webhook: webhookConnector(ctx) as Connector,
    x: xConnector(ctx),
    facebook: facebookConnector(ctx),
    instagram: instagramConnector(ctx),
    threads: threadsConnector(ctx, { imageHost: pageHost }),
    linkedin: linkedInConnector(ctx),
  };
}
