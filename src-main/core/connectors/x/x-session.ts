// Keeps each X channel's tokens usable. Access tokens last two hours, so one is renewed when it
// ends within a few minutes, or when X refuses it. Renewal spends the refresh token (X rotates
// them), so it happens once per channel at a time: concurrent callers share the renewal, the
// new pair is saved to the keychain before the new access token is used, and a caller still
// holding the spent refresh token is handed its successor instead of renewing again — a second
// renewal with a spent token would sign the owner out.
import type { Account, ConnectorContext } from '../connector';
import { ConnectorError, withNextStep } from '../connector-error';
import { saidBy } from '../../../shared/errors';
import { say } from '../../../shared/messages/owner-message';
import { readStoredSecret } from '../stored-secret';
import { XApi, type AnswerObserver } from './x-api';
import type { XEndpoints } from './x-endpoints';
import { issuedTokens, StoredTokens, tokenCall, type IssuedTokens } from './x-tokens';

/** Renew an access token that ends within this long, rather than have a request refused. */
export const RENEW_MARGIN_MS = 5 * 60 * 1000;
/** Spent refresh tokens remembered with their successors; a few cover any overlap of calls. */
const SUCCESSORS_KEPT = 64;

export class XSessions {
  private readonly renewing = new Map<string, Promise<IssuedTokens>>();
  private readonly successors = new Map<string, IssuedTokens>();

  constructor(
    private readonly ctx: ConnectorContext,
    private readonly endpoints: XEndpoints,
  ) {}

  /**
   * Runs `work` with an API on a live access token. When X refuses the token (401) it is
   * renewed once and `work` runs again: a refused request changed nothing on X.
   */
  async withApi<T>(account: Account, work: (api: XApi) => Promise<T>, observe?: AnswerObserver): Promise<T> {
    let current = await this.live(account);
    const apiFor = (issued: IssuedTokens) =>
      new XApi(this.ctx, this.endpoints.api, issued.tokens.accessToken, observe);
    try {
      return await work(apiFor(current));
    } catch (error) {
      if (!(error instanceof ConnectorError) || error.details.httpStatus !== 401) throw error;
      current = await this.renew(account, current);
      return work(apiFor(current));
    }
  }

  /** Renews now unless another caller already did (the scheduler's refresh ahead of time). */
  renewNow(account: Account): Promise<IssuedTokens> {
    return this.renew(account, this.latest(account));
  }

  /** The newest tokens known for the account, renewed first when they are about to end. */
  private async live(account: Account): Promise<IssuedTokens> {
    const latest = this.latest(account);
    // The keychain still holds a spent pair (its save failed, or this caller read it early).
    if (latest.tokens.refreshToken !== storedTokens(account).refreshToken) await this.keep(account, latest);
    const endsAt = latest.expiry.accessExpiresAt;
    if (endsAt !== null && endsAt - this.ctx.clock.now() <= RENEW_MARGIN_MS) {
      return this.renew(account, latest);
    }
    return latest;
  }

  /** The account's stored tokens, or what replaced them if their refresh token was spent here. */
  private latest(account: Account): IssuedTokens {
    let issued: IssuedTokens = {
      tokens: storedTokens(account),
      expiry: account.expiry ?? { accessExpiresAt: null, refreshExpiresAt: null },
    };
    for (let next = this.successors.get(issued.tokens.refreshToken); next;) {
      issued = next;
      next = this.successors.get(issued.tokens.refreshToken);
    }
    return issued;
  }

  /** One renewal per channel at a time; `stale` is what the caller found wanting. */
  private renew(account: Account, stale: IssuedTokens): Promise<IssuedTokens> {
    const latest = this.latest(account);
    // Someone renewed since the caller looked: use theirs (and make sure the keychain has it).
    if (latest.tokens.accessToken !== stale.tokens.accessToken) return this.keep(account, latest);
    const running = this.renewing.get(account.channelId);
    if (running) return running;
    const renewal = this.refresh(account, latest).finally(() => this.renewing.delete(account.channelId));
    this.renewing.set(account.channelId, renewal);
    return renewal;
  }

  private async refresh(account: Account, from: IssuedTokens): Promise<IssuedTokens> {
    const app = account.app;
    if (!app) {
      throw new ConnectorError('auth', say('connectors.x.noClientId'));
    }
    let answer;
    try {
      answer = await tokenCall(this.ctx, this.endpoints.api, app, {
        grant_type: 'refresh_token',
        refresh_token: from.tokens.refreshToken,
      });
    } catch (error) {
      throw renewalTrouble(error);
    }
    const issued = issuedTokens(answer, this.ctx.clock.now(), from.tokens);
    // Remembered before the keychain write, so no caller ever renews with the spent token.
    this.successors.set(from.tokens.refreshToken, issued);
    if (this.successors.size > SUCCESSORS_KEPT) {
      this.successors.delete(this.successors.keys().next().value!);
    }
    return this.keep(account, issued);
  }

  /** Saves the tokens to the keychain before anyone uses them. */
  private async keep(account: Account, issued: IssuedTokens): Promise<IssuedTokens> {
    try {
      await account.saveSecret(JSON.stringify(issued.tokens), issued.expiry);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConnectorError('server', say('connectors.x.keychainRefused', { said: reason }));
    }
    return issued;
  }
}

function storedTokens(account: Account): StoredTokens {
  return readStoredSecret(StoredTokens, account.secret, 'X');
}

/**
 * No answer to a renewal: the post itself was never sent, so it may be tried again later. If X
 * did spend the refresh token, the next renewal is refused and the owner asked to reconnect.
 */
function renewalTrouble(error: unknown): unknown {
  if (!(error instanceof ConnectorError) || error.kind !== 'unknown') return error;
  const said = saidBy(error);
  if (!said) {
    return new ConnectorError(
      'server',
      say('connectors.x.renewalUnansweredSaying', { said: error.message }),
      error.details,
    );
  }
  // The lost answer's own keyed words first, then why Cadence tries again.
  return withNextStep(error, 'server', say('connectors.x.renewalUnanswered'));
}
