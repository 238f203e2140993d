// Beside Publish and Schedule, what a network's count of posts means for this post: a spent X
// plan cap makes a send fail until it resets (so the owner is told before, not after), and a
// full 24-hour window makes it wait (X until its reset, Instagram checked every hour).
import { allowanceOf, type PostingAllowanceReading } from '@shared/contract/channels';
import { type Channel } from '@shared/entities';
import { t } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { channelNetworkName } from '../../lib/network-name';

/** The plain words for each picked channel whose network has no room for this post right now. */
export function allowanceWarnings(
  channels: readonly Channel[],
  readings: Readonly<Record<string, PostingAllowanceReading | undefined>>,
): string[] {
  return channels.flatMap((channel) => {
    const allowance = allowanceOf(channel, readings[channel.id]);
    if (!allowance) return [];
    const network = channelNetworkName(channel);
    const { capReached, window } = allowance;
    if (capReached) {
      return [
        t(capReached.period === 'Daily' ? 'composer:allowance.capDaily' : 'composer:allowance.capMonthly', {
          network,
        }),
      ];
    }
    if (!window || window.used < window.total) return [];
    if (window.resetsAt === undefined) return [t('composer:allowance.windowFull', { network })];
    const time = formatDateTime(window.resetsAt, { dateStyle: 'medium', timeStyle: 'short' });
    return [t('composer:allowance.windowFullUntil', { network, time })];
  });
}

export function AllowanceWarnings(props: {
  channels: readonly Channel[];
  readings: Readonly<Record<string, PostingAllowanceReading | undefined>>;
}) {
  const warnings = allowanceWarnings(props.channels, props.readings);
  if (warnings.length === 0) return null;
  return (
    <div className="notice" role="note" aria-label={t('composer:allowance.label')}>
      {warnings.map((words) => (
        <p key={words}>{words}</p>
      ))}
    </div>
  );
}
