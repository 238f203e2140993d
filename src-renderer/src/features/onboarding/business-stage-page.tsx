import '../../components/page.css';
import { useEffect, useState } from 'react';
import type { OnboardingState } from '@shared/plan';
import { useNavigation } from '../../app/navigation';
import { call, messageOf } from '../../lib/api';
import { OnboardingWizard } from './onboarding-wizard';

type Loading =
  { kind: 'loading' } | { kind: 'ready'; state: OnboardingState } | { kind: 'failed'; message: string };

/** The first-run questions again, from Settings, with the saved answers filled in. */
export function BusinessStagePage() {
  const go = useNavigation((s) => s.go);
  const [loading, setLoading] = useState<Loading>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    call('onboarding.get').then(
      (state) => current && setLoading({ kind: 'ready', state }),
      (error: unknown) => current && setLoading({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, []);

  if (loading.kind === 'loading') return <p className="loading">Loading your answers…</p>;
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
