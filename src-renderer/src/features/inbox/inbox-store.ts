// The inbox list as the page shows it: filters, the loaded pages, the current item and the
// ticked ones. Kept in a store so they survive a visit to another page.
import { create } from 'zustand';
import type { InboxItem, InboxKind, InboxListInput, InboxStatus } from '@shared/inbox';
import { call, messageOf } from '../../lib/api';
import { sharedWatch } from '../../lib/core-query';

/** "open" is the everyday view: new and read items; done ones only under the Done filter. */
export type StatusFilter = 'open' | InboxStatus | 'all';

export interface InboxFilters {
  channelId: string;
  kind: InboxKind | '';
  status: StatusFilter;
  label: string;
  search: string;
}

const PAGE = 50;
const MAX_PAGE = 200;

export const NO_FILTERS: InboxFilters = { channelId: '', kind: '', status: 'open', label: '', search: '' };

interface InboxListState {
  filters: InboxFilters;
  items: InboxItem[];
  /** Null in the open view, which the core cannot count. */
  total: number | null;
  nextBefore: string | null;
  phase: 'loading' | 'ready' | 'failed';
  /** When the list was last read: "2 min ago" is never counted from before it. */
  loadedAt: number;
  error: string | null;
  loadingMore: boolean;
  currentId: string | null;
  checked: string[];
  /** Every label seen this session, for the filter and the picker. */
  knownLabels: string[];
  /** The last change worth telling a screen reader about; `seq` repeats an equal message. */
  announcement: { text: string; seq: number };
  /** A triage or reply action that failed, in the core's words. */
  actionError: string | null;
  setFilters(changes: Partial<InboxFilters>): void;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
  select(id: string | null): void;
  setChecked(ids: string[]): void;
  rememberLabels(labels: string[]): void;
  announce(text: string): void;
  setActionError(message: string | null): void;
}

function listInput(filters: InboxFilters, limit: number, before: string | null): InboxListInput {
  return {
    channelId: filters.channelId || undefined,
    kind: filters.kind || undefined,
    status: filters.status === 'open' || filters.status === 'all' ? undefined : filters.status,
    label: filters.label || undefined,
    search: filters.search.trim() || undefined,
    before: before ?? undefined,
    limit,
  };
}

interface Page {
  items: InboxItem[];
  /** Items matching over every page; null in the open view, where the core cannot count them. */
  total: number | null;
  nextBefore: string | null;
  labels: string[];
}

// The core filters by one status; the open view (new and read) asks for every status and leaves
// done items out here, reading on while a page holds too few open ones.
const MAX_READS = 5;

async function fetchPage(filters: InboxFilters, want: number, before: string | null): Promise<Page> {
  const open = filters.status === 'open';
  const page: Page = { items: [], total: null, nextBefore: before, labels: [] };
  for (let reads = 0; reads < (open ? MAX_READS : 1); reads++) {
    const answer = await call('inbox.list', listInput(filters, want, page.nextBefore));
    page.items.push(...(open ? answer.items.filter((item) => item.status !== 'done') : answer.items));
    page.labels.push(...answer.items.flatMap((item) => item.labels));
    page.total = open ? null : answer.total;
    page.nextBefore = answer.nextBefore;
    if (page.nextBefore === null || page.items.length >= want) break;
  }
  return page;
}

function mergeLabels(known: string[], labels: string[]): string[] {
  const all = new Set([...known, ...labels]);
  return all.size === known.length ? known : [...all].sort((a, b) => a.localeCompare(b));
}

/** The first pages for the filters. */
async function readList(): Promise<Page> {
  const { filters, items } = useInboxStore.getState();
  // Keep as many rows as the owner has loaded, so a change elsewhere does not shorten the list.
  const limit = Math.min(MAX_PAGE, Math.max(PAGE, items.length));
  return fetchPage(filters, limit, null);
}

// Only the newest read lands: an answer for filters changed since is dropped.
const inboxList = sharedWatch(
  readList,
  (answer) => {
    if (!answer.ok) {
      useInboxStore.setState({ phase: 'failed', error: answer.message });
      return;
    }
    const { items, total, nextBefore, labels } = answer.value;
    // The owner may have moved on while the list was read: keep the item current now, judged
    // against the rows shown now, not those of when the read began.
    useInboxStore.setState((state) => ({
      items,
      total,
      nextBefore,
      phase: 'ready',
      loadedAt: Date.now(),
      error: null,
      currentId: nextCurrent(state.currentId, state.items, items),
      checked: state.checked.filter((id) => items.some((item) => item.id === id)),
      knownLabels: mergeLabels(state.knownLabels, labels),
    }));
  },
  { refreshOn: ['inbox.changed'] },
);

/** Reads the list now and on every inbox change while the inbox is shown; returns the stop function. */
export const watchInboxList = inboxList.start;

export const useInboxStore = create<InboxListState>((set, get) => ({
  filters: NO_FILTERS,
  items: [],
  total: null,
  nextBefore: null,
  phase: 'loading',
  loadedAt: 0,
  error: null,
  loadingMore: false,
  currentId: null,
  checked: [],
  knownLabels: [],
  announcement: { text: '', seq: 0 },
  actionError: null,

  setFilters(changes) {
    // A new filter starts from its first page; the open item stays open only if it is listed.
    set((state) => ({ filters: { ...state.filters, ...changes }, items: [], checked: [], phase: 'loading' }));
    void get().reload();
  },

  reload: inboxList.reload,

  async loadMore() {
    const { filters, items: shown, nextBefore, loadingMore } = get();
    if (!nextBefore || loadingMore) return;
    // A page read for a list that has since been read again or filtered anew is dropped.
    const outdated = () => get().items !== shown || get().filters !== filters;
    set({ loadingMore: true });
    try {
      const page = await fetchPage(filters, PAGE, nextBefore);
      if (outdated()) return;
      set((state) => ({
        items: [...state.items, ...page.items],
        total: page.total,
        nextBefore: page.nextBefore,
        knownLabels: mergeLabels(state.knownLabels, page.labels),
      }));
    } catch (error) {
      if (!outdated()) get().announce(messageOf(error));
    } finally {
      set({ loadingMore: false });
    }
  },

  select: (id) => set({ currentId: id }),
  setChecked: (ids) => set({ checked: ids }),
  rememberLabels: (labels) => set((state) => ({ knownLabels: mergeLabels(state.knownLabels, labels) })),
  announce: (text) => set((state) => ({ announcement: { text, seq: state.announcement.seq + 1 } })),
  setActionError: (message) => set({ actionError: message }),
}));

/** The same item if it is still listed; else the one that took its place, so triage flows on. */
function nextCurrent(currentId: string | null, before: InboxItem[], after: InboxItem[]): string | null {
  if (currentId === null || after.length === 0) return null;
  if (after.some((item) => item.id === currentId)) return currentId;
  const index = before.findIndex((item) => item.id === currentId);
  if (index === -1) return null;
  for (let i = index; i < before.length; i++) {
    const candidate = before[i]!;
    if (after.some((item) => item.id === candidate.id)) return candidate.id;
  }
  return after[Math.min(index, after.length - 1)]!.id;
}
