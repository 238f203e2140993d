// "Reconnect LinkedIn before Tue 9 Dec: 4 posts at risk": one line per channel whose sign-in ends
// (or was refused) before some of its scheduled posts are due, so the owner reconnects in time
// instead of finding those posts failed. The core decides which posts are at risk. Each line's
// button opens Settings on that channel's sign-in form.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '@shared/entities';
import type { ChannelAtRisk } from '@shared/posts-at-risk';
import { useNavigationStore } from '../../state/navigation-store';
import { formatDateTime } from '../../lib/format';

function AtRiskBannerView({ risks, timeZone }: { risks: readonly ChannelAtRisk[]; timeZone: string }) {
  const { t } = useTranslation('calendar');
  const reconnect = useNavigationStore((s) => s.reconnect);
  if (risks.length === 0) return null;
  return (
    <div role="status" className="error-banner calendar-alert at-risk" aria-label={t('atRisk.region')}>
      <ul>
        {risks.map((risk) => (
          <li key={risk.channelId}>
            <span>
              {t('atRisk.line', {
                network: NETWORK_LABELS[risk.network],
                handle: risk.handle,
                day: formatDateTime(risk.reconnectBy, {
                  weekday: 'short',
                  day: 'numeric',
                  month: 'short',
                  timeZone,
                }),
                count: risk.posts.length,
              })}
            </span>
            <button
              type="button"
              className="button"
              aria-label={t('atRisk.reconnectNamed', {
                network: NETWORK_LABELS[risk.network],
                handle: risk.handle,
              })}
              onClick={() => reconnect(risk.channelId)}
            >
              {t('atRisk.reconnect')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Drawn again only when its own data or props change, not on every page turn of the calendar. */
export const AtRiskBanner = memo(AtRiskBannerView);
