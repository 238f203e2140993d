import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import { useAppDataStore } from '../../state/app-data-store';
import { useNavigationStore } from '../../state/navigation-store';

/** On the calendar: which channels' queues are paused, so their posts there will not go out. */
function QueuePausedBannerView() {
  const { t } = useTranslation('queue');
  const channels = useAppDataStore((s) => s.channels);
  const go = useNavigationStore((s) => s.go);
  const paused = channels.filter((channel) => channel.queuePaused);
  if (paused.length === 0) return null;
  return (
    <div role="status" className="notice calendar-alert">
      <span>
        {t('calendar.paused', {
          count: paused.length,
          channels: formatList(paused.map((channel) => channel.displayName)),
        })}
      </span>
      <button type="button" className="button" onClick={() => go('queue')}>
        {t('calendar.openQueue')}
      </button>
    </div>
  );
}

/** Drawn again only when its own data or props change, not on every page turn of the calendar. */
export const QueuePausedBanner = memo(QueuePausedBannerView);
