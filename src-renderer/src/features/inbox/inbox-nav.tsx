// The sidebar's Inbox link: its unread badge and accessible name ("Inbox, 3 unread").
import './inbox.css';
import { useEffect } from 'react';
import { useInboxCountsStore, watchInboxCounts } from './inbox-counts-store';

/** Keeps the count fresh while mounted; returns the navigation button's accessible name. */
export function useInboxNavLabel(): string {
  const unread = useInboxCountsStore((s) => s.unread);
  useEffect(() => watchInboxCounts(), []);
  return unread > 0 ? `Inbox, ${unread} unread` : 'Inbox';
}

export function InboxBadge() {
  const unread = useInboxCountsStore((s) => s.unread);
  if (unread === 0) return null;
  return (
    <span className="nav-badge" aria-hidden="true">
      {unread > 99 ? '99+' : unread}
    </span>
  );
}
