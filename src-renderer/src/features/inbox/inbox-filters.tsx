// Filters over the one list: channel, kind, status and label, and a search that waits for a
// pause in typing before it asks the core.
import { useEffect, useState } from 'react';
import { INBOX_KINDS, INBOX_LIMITS, type InboxKind, type InboxSourceInfo } from '@shared/inbox';
import { useInboxStore, type StatusFilter } from './inbox-store';
import { kindWords } from './inbox-words';

const SEARCH_DELAY_MS = 300;

const STATUS_OPTIONS: Array<{ value: StatusFilter; label: string }> = [
  { value: 'open', label: 'New and read' },
  { value: 'new', label: 'New' },
  { value: 'read', label: 'Read' },
  { value: 'done', label: 'Done' },
  { value: 'all', label: 'All' },
];

export function InboxFilters({ sources }: { sources: InboxSourceInfo[] }) {
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
    <div className="inbox-filters" role="search" aria-label="Filter the inbox">
      <label className="inbox-filter">
        <span className="field-label">Channel</span>
        <select value={filters.channelId} onChange={(e) => setFilters({ channelId: e.target.value })}>
          <option value="">All channels</option>
          {channels.map((source) => (
            <option key={source.channelId} value={source.channelId}>
              {source.channelName}
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter">
        <span className="field-label">Kind</span>
        <select value={filters.kind} onChange={(e) => setFilters({ kind: e.target.value as InboxKind | '' })}>
          <option value="">All kinds</option>
          {INBOX_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindWords(kind)}
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter">
        <span className="field-label">Status</span>
        <select
          value={filters.status}
          onChange={(e) => setFilters({ status: e.target.value as StatusFilter })}
        >
          {STATUS_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter">
        <span className="field-label">Label</span>
        <select value={filters.label} onChange={(e) => setFilters({ label: e.target.value })}>
          <option value="">Any label</option>
          {labels.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="inbox-filter inbox-search">
        <span className="field-label">Search</span>
        <input
          type="search"
          value={search}
          maxLength={INBOX_LIMITS.search}
          placeholder="Words, names or handles"
          onChange={(e) => setSearch(e.target.value)}
        />
      </label>
    </div>
  );
}
