// The sidebar's Inbox link: its unread badge and accessible name ("Inbox, 3 unread"), kept
// fresh by inbox and channel events.
import './inbox.css';
import { useEffect } from 'react';
import { create } from 'zustand';
import { call, subscribe } from '../../lib/api';

interface InboxCountsState {
  unread: number;
  refresh(): Promise<void>;
}

export const useInboxCounts = create<InboxCountsState>((set) => ({
  unread: 0,
  async refresh() {
    try {
      set({ unread: (await call('inbox.counts')).unread });
    } catch {
      // Keep the last known count; the next event tries again.
    }
  },
}));

/** Keeps the count fresh while mounted; returns the navigation button's accessible name. */
export function useInboxNavLabel(): string {
  const unread = useInboxCounts((s) => s.unread);
  useEffect(() => {
    const { refresh } = useInboxCounts.getState();
    void refresh();
    return subscribe((event) => {
      if (event.type === 'inbox.changed' || event.type === 'channels.changed') void refresh();
    });
  }, []);
  return unread > 0 ? `Inbox, ${unread} unread` : 'Inbox';
}

export function InboxBadge() {
  const unread = useInboxCounts((s) => s.unread);
  if (unread === 0) return null;
  return (
    <span className="nav-badge" aria-hidden="true">
      {unread > 99 ? '99+' : unread}
    </span>
  );
}
