// Inbox items belong to an account, not to a channel row: the same account connected again
// (even as a new channel) finds its items, their triage and labels where it left them.
import type { Account } from '../connectors/connector';

export function sourceKeyOf(
  account: Pick<Account, 'network' | 'serverUrl' | 'remoteAccountId' | 'channelId'>,
): string {
  return [
    account.network,
    account.serverUrl ?? '',
    account.remoteAccountId ?? `channel:${account.channelId}`,
  ].join('|');
}
