import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { loadScreenCatalogs } from '../i18n/i18n';
import { TimeChoiceDialog } from '../components/time-choice-dialog';
import { CalendarPage } from '../features/calendar/calendar-page';
import { FirstRun } from '../features/onboarding/first-run';
import { useAppDataStore } from '../state/app-data-store';
import { useNavigationStore, type View } from '../state/navigation-store';
import { ShortcutsDialog } from './shortcuts-dialog';
import { UndoToast } from './undo-toast';
import { Sidebar } from './sidebar';
import { StorageBanner } from './storage-banner';
import { PostItNowPanel } from '../features/reminders/post-it-now-panel';
import { useStoredLanguage } from './use-stored-language';
import { useStoredTheme } from '../state/use-theme';
import { useAppCommands } from './use-app-commands';

// The calendar (and the first-run welcome a newcomer sees instead) come with the first screen;
// every other screen, with what only it uses (Insights' charts, the composer's character counters
// and twitter-text, its English words), loads when the owner first opens it.
const ComposerPage = screen(() => import('../features/composer/composer-page'), 'ComposerPage');
const DraftsPage = screen(() => import('../features/drafts/drafts-page'), 'DraftsPage');
const SearchPage = screen(() => import('../features/search/search-page'), 'SearchPage');
const QueuePage = screen(() => import('../features/queue/queue-page'), 'QueuePage');
const PlanPage = screen(() => import('../features/plan/plan-page'), 'PlanPage');
const InboxPage = screen(() => import('../features/inbox/inbox-page'), 'InboxPage');
const InsightsPage = screen(() => import('../features/insights/insights-page'), 'InsightsPage');
const SettingsPage = screen(() => import('../features/settings/settings-page'), 'SettingsPage');
const BrandKitPage = screen(() => import('../features/brand-kit/brand-kit-page'), 'BrandKitPage');
const LibraryPage = screen(() => import('../features/library/library-page'), 'LibraryPage');
const PostFilesPage = screen(() => import('../features/post-files/post-files-page'), 'PostFilesPage');
const BusinessStagePage = screen(
  () => import('../features/onboarding/business-stage-page'),
  'BusinessStagePage',
);

/** A screen loaded when first opened, together with its words (it shows none before they are in). */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), loadScreenCatalogs()]);
    return { default: module[name] };
  });
}

const PAGES: Record<View, ComponentType> = {
  plan: PlanPage,
  calendar: CalendarPage,
  drafts: DraftsPage,
  search: SearchPage,
  queue: QueuePage,
  inbox: InboxPage,
  insights: InsightsPage,
  composer: ComposerPage,
  settings: SettingsPage,
  'brand-kit': BrandKitPage,
  library: LibraryPage,
  'post-files': PostFilesPage,
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
          <>
            <PostItNowPanel />
            <Suspense
              fallback={
                <p role="status" aria-label={t('opening')} className="loading">
                  {t('opening')}
                </p>
              }
            >
              <Page />
            </Suspense>
          </>
        ) : (
          <p className="loading">{t('opening')}</p>
        )}
      </main>
      <TimeChoiceDialog />
      <ShortcutsDialog />
      <UndoToast />
    </div>
  );
}
