// The networks whose messages Cadence reads. A network missing here has no inbox; the sources
// list says why (see NO_INBOX_REASONS).
import type { Network } from '../../../shared/entities';
import type { ConnectorContext } from '../../connectors/connector';
import type { InboxSource } from '../inbox-source';
import { blueskyInboxSource } from './bluesky-source';
import { facebookInboxSource } from './facebook-source';
import { instagramInboxSource } from './instagram-source';
import { mastodonInboxSource } from './mastodon-source';
import { telegramInboxSource } from './telegram-source';

export function defaultInboxSources(ctx: ConnectorContext): Partial<Record<Network, InboxSource>> {
  return {
    bluesky: blueskyInboxSource(ctx),
    mastodon: mastodonInboxSource(ctx),
    telegram: telegramInboxSource(ctx),
    facebook: facebookInboxSource(ctx),
    instagram: instagramInboxSource(ctx),
  };
}
