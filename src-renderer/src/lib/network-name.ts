// A channel's network as the owner reads it: a "Remind me" channel says the network it reminds
// about ("TikTok"), not the kind of channel it is.
import { NETWORK_LABELS, type Channel } from '@shared/entities';
import { t } from '../i18n/i18n';

export function channelNetworkName(channel: Pick<Channel, 'network' | 'reminder'>): string {
  if (channel.reminder) return channel.reminder.networkName;
  return channel.network === 'reminder' ? t('connect:reminder.title') : NETWORK_LABELS[channel.network];
}
