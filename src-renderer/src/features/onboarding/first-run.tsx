import '../../components/page.css';
import { useState } from 'react';
import { useNavigationStore } from '../../state/navigation-store';
import { OnboardingWizard } from './onboarding-wizard';
import { localeWeekStartsOn } from './week-start';

/** The first-run questions: shown at a newcomer's first start, and from the plan until answered or skipped. */
export function FirstRun() {
  const go = useNavigationStore((s) => s.go);
  const [weekStartsOn] = useState(() => localeWeekStartsOn());
  return (
    <OnboardingWizard
      mode="first-run"
      initialAnswers={null}
      initialOverride={null}
      weekStartsOn={weekStartsOn}
      onFinished={() => go('plan')}
      onLeave={() => go('calendar')}
    />
  );
}
