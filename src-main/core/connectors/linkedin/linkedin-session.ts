// Keeps each LinkedIn channel's access token usable: renewed with the refresh token a week
// before its 60 days end (or when LinkedIn says it has ended), once per channel at a time, and
// saved to the keychain before it is used. Without a refresh token, an ended token means the
// owner must reconnect, and Cadence says so with the date.
import type { Account, ConnectorContext } from '../connector';
import { saidBy } from '../../../shared/errors';
import { say } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';
import { readStoredSecret } from '../stored-secret';
import { LinkedInApi } from './linkedin-api';
import type { LinkedInEndpoints } from './linkedin-endpoints';
import { LinkedInRefusal } from './linkedin-errors';
import { issuedTokens, StoredLinkedInTokens, tokenCall } from './linkedin-tokens';

/** Renew an access token that ends within this long, where a refresh token allows. */
export const RENEW_AHEAD_MS = 7 * 24 * 60 * 60 * 1000;

export class LinkedInSessions {
  private readonly renewing = new Map<string, Promise<StoredLinkedInTokens>>();

  constructor(
    private readonly ctx: ConnectorContext,
    private readonly endpoints: LinkedInEndpoints,
  ) {}

  /**
   * Runs `work` with an API on a live token. When LinkedIn says the token has expired and a
   * refresh token can renew it, it is renewed once and `work` runs again: a refused request
   * changed nothing on LinkedIn.
   */
  async withApi<T>(account: Account, work: (api: LinkedInApi) => Promise<T>): Promise<T> {
    let tokens = await this.live(account);
    try {
      return await work(this.apiFor(tokens));
    } catch (error) {
      if (!(error instanceof LinkedInRefusal && error.tokenExpired && this.canRenew(tokens))) throw error;
      tokens = await this.renew(account, tokens);
      return work(this.apiFor(tokens));
    }
  }

  /** Renews now where a refresh token allows; otherwise says by when to reconnect. */
  async renewNow(account: Account): Promise<StoredLinkedInTokens> {
    const tokens = storedTokens(account);
    if (!this.canRenew(tokens)) throw this.cannotRenew(tokens);
    return this.renew(account, tokens);
  }

  private apiFor(tokens: StoredLinkedInTokens): LinkedInApi {
    return new LinkedInApi(this.ctx, this.endpoints.api, tokens.accessToken);
  }

  private async live(account: Account): Promise<StoredLinkedInTokens> {
    const tokens = storedTokens(account);
    const left = tokens.accessExpiresAt - this.ctx.clock.now();
    if (left > RENEW_AHEAD_MS) return tokens;
    if (!this.canRenew(tokens)) {
      if (left > 0) return tokens;
      throw this.cannotRenew(tokens);
    }
    try {
      return await this.renew(account, tokens);
    } catch (error) {
      // The token still works for a while: only a refusal is worth stopping the post for.
      if (left > 0 && !(error instanceof ConnectorError && error.kind === 'auth')) return tokens;
      throw error;
    }
  }

  private canRenew(tokens: StoredLinkedInTokens): boolean {
    return tokens.refreshToken !== undefined && (tokens.refreshExpiresAt ?? Infinity) > this.ctx.clock.now();
  }

  private cannotRenew(tokens: StoredLinkedInTokens): ConnectorError {
    const now = this.ctx.clock.now();
    if (tokens.accessExpiresAt <= now) {
      return new ConnectorError(
        'auth',
        say('connectors.linkedin.signInEndedOn', { end: tokens.accessExpiresAt }),
      );
    }
    return new ConnectorError(
      'auth',
      say('connectors.linkedin.cannotRenew', { end: tokens.accessExpiresAt }),
    );
  }

  private renew(account: Account, tokens: StoredLinkedInTokens): Promise<StoredLinkedInTokens> {
    const running = this.renewing.get(account.channelId);
    if (running) return running;
    const renewal = this.refresh(account, tokens).finally(() => this.renewing.delete(account.channelId));
    this.renewing.set(account.channelId, renewal);
    return renewal;
  }

  private async refresh(account: Account, tokens: StoredLinkedInTokens): Promise<StoredLinkedInTokens> {
    if (!account.app?.clientSecret) {
      throw new ConnectorError(
        'auth',
        say('connectors.linkedin.noAppSecret', { end: tokens.accessExpiresAt }),
      );
    }
    let answer;
    try {
      answer = await tokenCall(this.ctx, this.endpoints, account.app, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refreshToken!,
      });
    } catch (error) {
      // A renewal changes nothing a second one would not: a lost answer is simply retried.
      if (error instanceof ConnectorError && error.kind === 'unknown')
        throw new ConnectorError('server', saidBy(error) ?? error.message, error.details, error.followedBy);
      throw error;
    }
    const renewed = issuedTokens(answer, this.ctx.clock.now(), tokens);
    await account.saveSecret(JSON.stringify(renewed), {
      accessExpiresAt: renewed.accessExpiresAt,
      refreshExpiresAt: renewed.refreshExpiresAt ?? null,
    });
    return renewed;
  }
}

export function storedTokens(account: Account): StoredLinkedInTokens {
  return readStoredSecret(StoredLinkedInTokens, account.secret, 'LinkedIn');
}
