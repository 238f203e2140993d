import '../../components/page.css';
import './inbox.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AllCaughtUp, NoInboxChannels, NothingMatches } from './inbox-empty';
import { InboxFilters } from './inbox-filters';
import { useInboxCountsStore } from './inbox-counts-store';
import { InboxList } from './inbox-list';
import { InboxSourceNotes } from './inbox-sources';
import { NO_FILTERS, useInboxStore, watchInboxList, type InboxFilters as Filters } from './inbox-store';
import { lastCheckedWords } from './inbox-words';
import { ThreadView } from './thread-view';
import { useInboxKeys } from './use-inbox-keys';
import { lastChecked, useInboxSources } from './use-inbox-sources';
import { useNow } from './use-now';

function isFiltered(filters: Filters): boolean {
  return (Object.keys(NO_FILTERS) as Array<keyof Filters>).some((key) => filters[key] !== NO_FILTERS[key]);
}

/** Mentions, replies and comments from every channel, newest first, answered from one place. */
export function InboxPage() {
  const { t } = useTranslation('inbox');
  const phase = useInboxStore((s) => s.phase);
  const loadError = useInboxStore((s) => s.error);
  const items = useInboxStore((s) => s.items);
  const filters = useInboxStore((s) => s.filters);
  const currentId = useInboxStore((s) => s.currentId);
  const announcement = useInboxStore((s) => s.announcement);
  const actionError = useInboxStore((s) => s.actionError);
  const reload = useInboxStore((s) => s.reload);
  const unread = useInboxCountsStore((s) => s.unread);
  const { sources, refreshing, refreshError, refresh } = useInboxSources();
  const now = useNow(30_000);
  useInboxKeys();

  useEffect(() => watchInboxList(), []);

  const hasInboxChannel = sources === null || sources.some((source) => source.hasInbox);
  const filtered = isFiltered(filters);
  const empty = phase === 'ready' && items.length === 0;

  return (
    <div className="inbox">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <span className="inbox-unread">
          {unread === 0 ? t('nothingUnread') : t('unread', { count: unread })}
        </span>
        <div className="page-header-actions">
          <span className="inbox-last-checked">
            {refreshing ? t('checking') : sources ? lastCheckedWords(lastChecked(sources), now) : ''}
          </span>
          <button
            type="button"
            className="button"
            disabled={refreshing || !hasInboxChannel}
            onClick={() => void refresh()}
          >
            {t('refresh')}
          </button>
        </div>
      </header>
      {refreshError && (
        <p role="alert" className="error-banner">
          {refreshError}
        </p>
      )}
      {!hasInboxChannel && empty && !filtered ? (
        <>
          <NoInboxChannels />
          {sources && (
            <InboxSourceNotes sources={sources} refreshing={refreshing} onRefresh={() => void refresh()} />
          )}
        </>
      ) : (
        <>
          <InboxFilters sources={sources ?? []} />
          {sources && (
            <InboxSourceNotes sources={sources} refreshing={refreshing} onRefresh={() => void refresh()} />
          )}
          <p role="status" className="inbox-announcement">
            <span key={announcement.seq}>{announcement.text}</span>
          </p>
          {actionError && (
            <p role="alert" className="error-banner">
              {actionError}
            </p>
          )}
          {phase === 'loading' && <p className="loading">{t('loading')}</p>}
          {phase === 'failed' && (
            <div role="alert" className="error-banner">
              {loadError}{' '}
              <button type="button" className="button" onClick={() => void reload()}>
                {t('tryAgain')}
              </button>
            </div>
          )}
          {empty && (filtered ? <NothingMatches /> : <AllCaughtUp />)}
          {phase === 'ready' && items.length > 0 && (
            <div className="inbox-panes">
              <InboxList />
              <ThreadView id={currentId} />
            </div>
          )}
        </>
      )}
    </div>
  );
}
