// What the inbox says when there is nothing to list, by reason.
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../state/navigation-store';
import { NO_FILTERS, useInboxStore } from './inbox-store';

export function NoInboxChannels() {
  const go = useNavigationStore((s) => s.go);
  const { t } = useTranslation('inbox');
  return (
    <div className="card empty-state">
      <h2>{t('empty.noChannels')}</h2>
      <p>{t('empty.noChannelsText')}</p>
      <button type="button" className="button primary" onClick={() => go('settings')}>
        {t('empty.connect')}
      </button>
    </div>
  );
}

export function AllCaughtUp() {
  const { t } = useTranslation('inbox');
  return (
    <div className="card empty-state inbox-zero">
      <h2>{t('empty.caughtUp')}</h2>
      <p>{t('empty.caughtUpText')}</p>
    </div>
  );
}

export function NothingMatches() {
  const setFilters = useInboxStore((s) => s.setFilters);
  const { t } = useTranslation('inbox');
  return (
    <div className="card empty-state">
      <h2>{t('empty.noMatch')}</h2>
      <p>{t('empty.noMatchText')}</p>
      <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
        {t('empty.clear')}
      </button>
    </div>
  );
}
