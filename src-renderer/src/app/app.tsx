import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TimeChoiceDialog } from '../components/time-choice-dialog';
import { CalendarPage } from '../features/calendar/calendar-page';
import { BrandKitPage } from '../features/brand-kit/brand-kit-page';
import { ComposerPage } from '../features/composer/composer-page';
import { DraftsPage } from '../features/drafts/drafts-page';
import { BusinessStagePage } from '../features/onboarding/business-stage-page';
import { InboxPage } from '../features/inbox/inbox-page';
import { InsightsPage } from '../features/insights/insights-page';
import { FirstRun } from '../features/onboarding/first-run';
import { PlanPage } from '../features/plan/plan-page';
import { SettingsPage } from '../features/settings/settings-page';
import { useAppDataStore, watchAppData } from './app-data-store';
import { useNavigationStore, type View } from './navigation-store';
import { ShortcutsDialog } from './shortcuts-dialog';
import { Sidebar } from './sidebar';
import { StorageBanner } from './storage-banner';
import { useStoredLanguage } from './use-stored-language';
import { useStoredTheme } from './use-theme';
import { useAppCommands } from './use-app-commands';

const PAGES: Record<View, () => React.JSX.Element> = {
  plan: PlanPage,
  calendar: CalendarPage,
  drafts: DraftsPage,
  inbox: InboxPage,
  insights: InsightsPage,
  composer: ComposerPage,
  settings: SettingsPage,
  'brand-kit': BrandKitPage,
  'business-stage': BusinessStagePage,
  'first-run': FirstRun,
};

export function App() {
  const view = useNavigationStore((s) => s.view);
  const profile = useAppDataStore((s) => s.profile);
  const loadError = useAppDataStore((s) => s.loadError);
  const { ready, language } = useStoredLanguage();
  const { t } = useTranslation();
  useStoredTheme();
  useAppCommands();

  useEffect(() => watchAppData(), []);
  // A newcomer is welcomed with the first-run questions; the sidebar still goes where it is
  // clicked, and the plan offers the questions until they are answered or skipped.
  const newcomer = profile?.onboardedAt === null;
  useEffect(() => {
    if (newcomer) useNavigationStore.getState().welcome();
  }, [newcomer]);

  const Page = PAGES[view];
  // Keyed by language: a change of language renders every screen afresh, memoised words included.
  return (
    <div className="app" key={language}>
      <Sidebar />
      <main className="app-main" aria-live="polite">
        <StorageBanner />
        {loadError ? (
          <p role="alert" className="error-banner">
            {loadError}
          </p>
        ) : profile && ready ? (
          <Page />
        ) : (
          <p className="loading">{t('opening')}</p>
        )}
      </main>
      <TimeChoiceDialog />
      <ShortcutsDialog />
    </div>
  );
}
