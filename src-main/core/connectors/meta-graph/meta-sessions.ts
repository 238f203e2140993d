// Keeps a Facebook Page's or Instagram account's sign-in usable. Every call uses the Page token,
// which has no expiry date; the long-lived user token behind it lasts about 60 days and is
// renewed ahead of its end by exchanging it, while still valid, for a new one
// (fb_exchange_token), then reading the Page's token again with it, which also proves the owner
// still manages the Page. One renewal per channel at a time: callers that overlap share it.
import { say } from '../../../shared/messages/owner-message';
import type { Account, ConnectorContext, CredentialExpiry } from '../connector';
import { ConnectorError, withNextStep } from '../connector-error';
import { readStoredSecret } from '../stored-secret';
import { GraphApi } from './graph-api';
import { GraphRefusal, type MetaLabel } from './graph-errors';
import { readManagedPages } from './meta-accounts';
import { graphBase, type MetaEndpoints } from './meta-endpoints';
import { expiryOf, longLivedToken, StoredMetaSecret } from './meta-tokens';

/** The renewal's sentences: Instagram's reconnect line says it signs in through Facebook. */
const RENEWAL_WORDS = {
  Facebook: 'connectors.metaGraph.renewalFacebook',
  Instagram: 'connectors.metaGraph.renewalInstagram',
} as const satisfies Record<MetaLabel, string>;
type RenewalWords = (typeof RENEWAL_WORDS)[MetaLabel];

export interface Renewed {
  secret: string;
  expiry: CredentialExpiry;
}

export class MetaSessions {
  private readonly renewing = new Map<string, Promise<Renewed>>();
  readonly base: string;

  constructor(
    private readonly ctx: ConnectorContext,
    endpoints: MetaEndpoints,
    readonly label: MetaLabel,
  ) {
    this.base = graphBase(endpoints);
  }

  stored(account: Pick<Account, 'secret'>): StoredMetaSecret {
    return readStoredSecret(StoredMetaSecret, account.secret, this.label);
  }

  /** The Graph API as the Page (and its Instagram account) for this channel. */
  pageApi(account: Pick<Account, 'secret'>): GraphApi {
    return new GraphApi(this.ctx, this.base, this.stored(account).pageToken, this.label);
  }

  /** Renews the user token and the Page token; concurrent calls for a channel share one renewal. */
  refresh(account: Account): Promise<Renewed> {
    const running = this.renewing.get(account.channelId);
    if (running) return running;
    const renewal = this.renew(account).finally(() => this.renewing.delete(account.channelId));
    this.renewing.set(account.channelId, renewal);
    return renewal;
  }

  private async renew(account: Account): Promise<Renewed> {
    const renewal = RENEWAL_WORDS[this.label];
    const app = account.app;
    if (!app) throw new ConnectorError('auth', say(`${renewal}.appGone`));
    const stored = this.stored(account);
    const now = this.ctx.clock.now();
    if (stored.userTokenExpiresAt !== null && stored.userTokenExpiresAt <= now) {
      // Meta renews only a token that is still valid.
      throw new ConnectorError('auth', say(`${renewal}.signInEnded`));
    }
    try {
      const appApi = new GraphApi(this.ctx, this.base, null, this.label);
      const user = await longLivedToken(appApi, app, stored.userToken, now);
      const pages = await readManagedPages(new GraphApi(this.ctx, this.base, user.token, this.label));
      const page = pages.find((candidate) => candidate.id === stored.pageId);
      if (!page) {
        throw new ConnectorError('auth', say(`${renewal}.pageNotAllowed`));
      }
      const next: StoredMetaSecret = {
        ...stored,
        userToken: user.token,
        userTokenExpiresAt: user.expiresAt,
        pageToken: page.token,
      };
      return { secret: JSON.stringify(next), expiry: expiryOf(next) };
    } catch (error) {
      throw renewalTrouble(error, renewal);
    }
  }
}

/** A refused renewal means reconnecting; a lost answer only means trying again later. */
function renewalTrouble(error: unknown, renewal: RenewalWords): unknown {
  if (!(error instanceof ConnectorError)) return error;
  if (error instanceof GraphRefusal && (error.kind === 'auth' || error.kind === 'permission')) {
    const said = error.graph?.message ?? error.message;
    return new ConnectorError('auth', say(`${renewal}.refused`, { said }), error.details);
  }
  if (error.kind === 'unknown') {
    // The lost answer's own words first, then what Cadence was doing and does next.
    return withNextStep(error, 'server', say('connectors.metaGraph.renewalLost'));
  }
  return error;
}
