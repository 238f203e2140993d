// The sidebar's Inbox link: its unread badge and accessible name ("Inbox, 3 unread"), kept
// fresh by inbox and channel events.
import './inbox.css';
import { useEffect } from 'react';
import { create } from 'zustand';
import { call } from '../../lib/api';
import { sharedWatch } from '../../lib/core-query';

interface InboxCountsState {
  unread: number;
}

export const useInboxCounts = create<InboxCountsState>(() => ({ unread: 0 }));

// A failed read keeps the last known count; the next event tries again.
const inboxCounts = sharedWatch(
  () => call('inbox.counts'),
  (answer) => {
    if (answer.ok) useInboxCounts.setState({ unread: answer.value.unread });
  },
  { refreshOn: ['inbox.changed', 'channels.changed'] },
);

/** Keeps the count fresh while mounted; returns the navigation button's accessible name. */
export function useInboxNavLabel(): string {
  const unread = useInboxCounts((s) => s.unread);
  useEffect(() => inboxCounts.start(), []);
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
