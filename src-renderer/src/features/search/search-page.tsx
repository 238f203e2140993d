// Search over all posts (Find, Ctrl/⌘+F): words from a post or its variants, filtered by channel,
// status, campaign and scheduled days, best matches first, a page at a time. Posts found open in
// the composer, or are selected for a bulk action.
import '../../components/page.css';
import './search.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchQuery } from '@shared/contract/batch';
import type { PostStatus } from '@shared/entities';
import { addLocalDays, parseLocal, startOfLocalDay } from '@shared/zoned-time';
import { queryState, useCoreQuery } from '../../lib/use-core-query';
import { useAppDataStore } from '../../state/app-data-store';
import { useNavigationStore } from '../../state/navigation-store';
import { FoundPosts } from './found-posts';

const PAGE = 25;
const STATUSES: PostStatus[] = ['draft', 'scheduled', 'published', 'failed'];

/** The first instant of a YYYY-MM-DD day (or of one some days after it) in the business's zone. */
function dayStart(day: string, timeZone: string, plusDays = 0): number {
  const { year, month, day: date } = parseLocal(addLocalDays(`${day}T00:00`, plusDays));
  return startOfLocalDay(year, month, date, timeZone);
}

export function SearchPage() {
  const { t } = useTranslation('find');
  const id = useId();
  const channels = useAppDataStore((s) => s.channels);
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const campaigns = useCoreQuery('campaigns.list', undefined).data ?? [];
  const openPost = useNavigationStore((s) => s.openPost);
  const [text, setText] = useState('');
  const [channelId, setChannelId] = useState('');
  const [status, setStatus] = useState<PostStatus | ''>('');
  const [campaignId, setCampaignId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(0);

  const query: SearchQuery = {
    text,
    limit: PAGE,
    offset: page * PAGE,
    ...(channelId ? { channelId } : {}),
    ...(status ? { status } : {}),
    ...(campaignId ? { campaignId } : {}),
    ...(from ? { from: dayStart(from, timeZone) } : {}),
    // "Until" a day includes that day.
    ...(to ? { to: dayStart(to, timeZone, 1) } : {}),
  };
  const state = queryState(
    useCoreQuery('posts.search', query, { refreshOn: ['post.changed', 'post.deleted'], keepPrevious: true }),
    (found) => found,
  );
  // Any change of words or filters starts again at the first page.
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(0);
    };

  return (
    <div className="search-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      <input
        type="search"
        className="search-field"
        aria-label={t('field')}
        placeholder={t('placeholder')}
        value={text}
        maxLength={200}
        onChange={(event) => changed(setText)(event.target.value)}
      />
      <fieldset className="search-filters">
        <legend>{t('filters.label')}</legend>
        <label htmlFor={`${id}-channel`}>{t('filters.channel')}</label>
        <select
          id={`${id}-channel`}
          value={channelId}
          onChange={(e) => changed(setChannelId)(e.target.value)}
        >
          <option value="">{t('filters.anyChannel')}</option>
          {channels.map((channel) => (
            <option key={channel.id} value={channel.id}>
              {channel.displayName}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => changed(setStatus)(e.target.value as PostStatus | '')}
        >
          <option value="">{t('filters.anyStatus')}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`statuses.${value}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-campaign`}>{t('filters.campaign')}</label>
        <select
          id={`${id}-campaign`}
          value={campaignId}
          onChange={(e) => changed(setCampaignId)(e.target.value)}
        >
          <option value="">{t('filters.anyCampaign')}</option>
          {campaigns.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-from`}>{t('filters.from')}</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from}
          onChange={(e) => changed(setFrom)(e.target.value)}
        />
        <label htmlFor={`${id}-to`}>{t('filters.to')}</label>
        <input id={`${id}-to`} type="date" value={to} onChange={(e) => changed(setTo)(e.target.value)} />
      </fieldset>
      {state.kind === 'loading' && <p className="loading">{t('results.loading')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="error-banner">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          <FoundPosts posts={state.posts} timeZone={timeZone} onOpen={openPost} />
          <nav className="search-pages" aria-label={t('results.page', { page: page + 1 })}>
            <button type="button" className="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('results.previous')}
            </button>
            <span>{t('results.page', { page: page + 1 })}</span>
            <button
              type="button"
              className="button"
              disabled={state.nextOffset === null}
              onClick={() => setPage(page + 1)}
            >
              {t('results.next')}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
