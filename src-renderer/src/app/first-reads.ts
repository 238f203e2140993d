// What the first screen shows is asked for as soon as the bridge is there, before React has
// rendered anything: the profile and channels every screen shows, the stored language and theme
// (so the first frame is in both), and, once the profile is in, the posts of the calendar's
// opening period. Each reader takes its answer up when it mounts. The status line, inbox counts
// and the rest go out behind them, from the components that show them.
import { preloadOpeningPeriod } from '../features/calendar/opening-period';
import { call } from '../lib/api';
import { useAppDataStore, watchAppData } from '../state/app-data-store';
import { useNavigationStore } from '../state/navigation-store';
import { applyStoredTheme } from '../state/use-theme';
import { applyStoredLanguage } from './use-stored-language';

/** Starts the first reads; settles once all of them have answered, well or not. */
export function startFirstReads(): Promise<void> {
  // Kept fresh for as long as the app runs.
  watchAppData();
  const settings = call('settings.get');
  applyStoredTheme(settings);
  const openingPosts = new Promise<void>((settle) => {
    const stop = useAppDataStore.subscribe(({ profile, loadError }) => {
      if (!profile && !loadError) return;
      stop();
      // A newcomer opens on the first-run questions instead (see App).
      if (profile?.onboardedAt && useNavigationStore.getState().view === 'calendar')
        void preloadOpeningPeriod(profile).then(settle);
      else settle();
    });
  });
  return Promise.all([applyStoredLanguage(() => settings), openingPosts]).then(() => undefined);
}
