import { useId } from 'react';
import type { Profile } from '@shared/entities';
import { useNavigationStore } from '../../state/navigation-store';
import { stageLabel } from './stage-words';
import { t } from '../../i18n/i18n';

/** Settings' way back to the first-run questions and to the brand voice kit. */
export function PlanSettingsSection({ profile }: { profile: Profile }) {
  const go = useNavigationStore((s) => s.go);
  const headingId = useId();
  const source =
    profile.stageSource === 'owner' ? t('settings:planBrand.chosen') : t('settings:planBrand.suggested');

  return (
    <section className="card settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('settings:planBrand.title')}
      </h2>
      <p className="section-intro">
        {t('settings:planBrand.intro', { stage: stageLabel(profile.stage), source })}
      </p>
      <div className="settings-actions">
        <button type="button" className="button" onClick={() => go('business-stage')}>
          {t('settings:planBrand.review')}
        </button>
        <button type="button" className="button" onClick={() => go('brand-kit')}>
          {t('settings:planBrand.kit')}
        </button>
      </div>
    </section>
  );
}
