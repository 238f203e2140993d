import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ONBOARDING_QUESTIONS } from '@shared/plan';
import { useAppDataStore } from '../../state/app-data-store';
import { useNavigationStore } from '../../state/navigation-store';

/**
 * The first-run questions, offered rather than imposed: until the owner has answered or skipped
 * them, the plan (sized for a starting business meanwhile) invites them to.
 */
export function SizePlanCard() {
  const { t } = useTranslation('plan');
  const onboarded = useAppDataStore((s) => s.profile?.onboardedAt !== null);
  const go = useNavigationStore((s) => s.go);
  const headingId = useId();
  if (onboarded) return null;
  return (
    <section className="card plan-size-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('sizeCard.title', { questions: ONBOARDING_QUESTIONS.length })}
      </h2>
      <p>{t('sizeCard.why')}</p>
      <button type="button" className="button primary" onClick={() => go('first-run')}>
        {t('sizeCard.answer')}
      </button>
    </section>
  );
}
