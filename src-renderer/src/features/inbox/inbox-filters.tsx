// Filters over the one list: channel, kind, status and label, and a search that waits for a
// pause in typing before it asks the core.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INBOX_KINDS, INBOX_LIMITS, type InboxKind, type InboxSourceInfo } from '@shared/inbox';
import { useInboxStore, type StatusFilter } from './inbox-store';
import { kindWords } from './inbox-words';

const SEARCH_DELAY_MS = 300;

const STATUS_OPTIONS = ['open', 'new', 'read', 'done', 'all'] as const satisfies readonly StatusFilter[];

export function InboxFilters({ sources }: { sources: InboxSourceInfo[] }) {
  const { t } = useTranslation('inbox');
  const filters = useInboxStore((s) => s.filters);
  const knownLabels = useInboxStore((s) => s.knownLabels);
  const setFilters = useInboxStore((s) => s.setFilters);
  const [search, setSearch] = useState(filters.search);
  // "Clear filters" empties the search from outside; follow it.
  const [storedSearch, setStoredSearch] = useState(filters.search);
  if (storedSearch !== filters.search) {
    setStoredSearch(filters.search);
    setSearch(filters.search);
  }

  useEffect(() => {
    if (search === filters.search) return;
    const timer = window.setTimeout(() => setFilters({ search }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search, filters.search, setFilters]);

  const channels = sources.filter((source) => source.hasInbox);
  const labels =
    filters.label && !knownLabels.includes(filters.label) ? [filters.label, ...knownLabels] : knownLabels;

  return (
    <div className="inbox-filters" role="search" aria-label={t('filters.label')}>
      <label className="inbox-filter">
        <span className="field-label">{t('filters.channel')}</span>
        <select value={filters.channelId} onChange={(e) => setFilters({ channelId: e.target.value })}>
          <option value="">{t('filters.allChannels')}</option>
          {channels.map((source) => (
            <option key={source.channelId} value={source.channelId}>
              {source.channelName}
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter">
        <span className="field-label">{t('filters.kind')}</span>
        <select value={filters.kind} onChange={(e) => setFilters({ kind: e.target.value as InboxKind | '' })}>
          <option value="">{t('filters.allKinds')}</option>
          {INBOX_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindWords(kind)}
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter">
        <span className="field-label">{t('filters.status')}</span>
        <select
          value={filters.status}
          onChange={(e) => setFilters({ status: e.target.value as StatusFilter })}
        >
          {STATUS_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {t(`filters.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter">
        <span className="field-label">{t('filters.tag')}</span>
        <select value={filters.label} onChange={(e) => setFilters({ label: e.target.value })}>
          <option value="">{t('filters.anyTag')}</option>
          {labels.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter inbox-search">
        <span className="field-label">{t('filters.search')}</span>
        <input
          type="search"
          value={search}
          maxLength={INBOX_LIMITS.search}
          placeholder={t('filters.searchPlaceholder')}
          onChange={(e) => setSearch(e.target.value)}
        />
      </label>
    </div>
  );
}
