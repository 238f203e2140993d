import '../../components/page.css';
import { useNavigationStore } from '../../state/navigation-store';
import { queryState, useCoreQuery } from '../../lib/use-core-query';
import { OnboardingWizard } from './onboarding-wizard';
import { t } from '../../i18n/i18n';

/** The first-run questions again, from Settings, with the saved answers filled in. */
export function BusinessStagePage() {
  const go = useNavigationStore((s) => s.go);
  const loading = queryState(useCoreQuery('onboarding.get', undefined), (state) => ({ state }));

  if (loading.kind === 'loading') return <p className="loading">{t('onboarding:loading')}</p>;
  if (loading.kind === 'failed') {
    return (
      <p role="alert" className="error-banner">
        {loading.message}
      </p>
    );
  }
  const { state } = loading;
  return (
    <OnboardingWizard
      mode="review"
      initialAnswers={state.answers}
      initialOverride={state.stageSource === 'owner' ? state.stage : null}
      weekStartsOn={state.weekStartsOn}
      onFinished={() => go('plan')}
      onLeave={() => go('settings')}
    />
  );
}
