import { t } from '../../i18n/i18n';
import type { DateRange } from './date-range';
import { EngagementPanel } from './engagement-panel';
import { FollowersPanel } from './followers-panel';
import { PostsTable } from './posts-table';
import { useManagement } from './use-management';

/** Follower count and engagement rate: the numbers of the management role. */
export function ManagementSection({ range, timeZone }: { range: DateRange; timeZone: string }) {
  const { state, measure, measuring, measureMessage } = useManagement(range);
  return (
    <section className="insights-section" aria-labelledby="management-title">
      <header className="insights-section-header">
        <h2 id="management-title">{t('insights:management.title')}</h2>
        <button type="button" className="button" disabled={measuring} onClick={() => void measure()}>
          {measuring ? t('insights:management.measuring') : t('insights:management.measure')}
        </button>
        {measureMessage && (
          <p role="status" className="muted">
            {measureMessage}
          </p>
        )}
      </header>
      {state.kind === 'loading' && <p className="loading">{t('insights:management.loading')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="error-banner">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          <FollowersPanel series={state.followers} timeZone={timeZone} />
          <EngagementPanel report={state.engagement} timeZone={timeZone} />
          <PostsTable
            title={t('insights:management.best')}
            fileName="best-posts.csv"
            posts={state.best}
            timeZone={timeZone}
            empty={t('insights:management.bestEmpty')}
          />
          <PostsTable
            title={t('insights:management.every')}
            fileName="posts-engagement.csv"
            posts={state.engagement.posts}
            timeZone={timeZone}
            empty={t('insights:management.everyEmpty')}
          />
        </>
      )}
    </section>
  );
}
