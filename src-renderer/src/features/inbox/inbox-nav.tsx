// The sidebar's Inbox link: its unread badge and accessible name ("Inbox, 3 unread").
import './inbox.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useInboxCountsStore, watchInboxCounts } from './inbox-counts-store';

/** Keeps the count fresh while mounted; returns the navigation button's accessible name. */
export function useInboxNavLabel(): string {
  const unread = useInboxCountsStore((s) => s.unread);
  const { t } = useTranslation('inbox');
  useEffect(() => watchInboxCounts(), []);
  return unread > 0 ? t('navLabel', { count: unread }) : t('title');
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
