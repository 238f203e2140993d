import { InboxBadge, useInboxNavLabel } from '../features/inbox/inbox-nav';
import { useNavigationStore, type View } from './navigation-store';
import { OutboxLine } from './outbox-line';

const LINKS: Array<{ view: Exclude<View, 'composer'>; label: string }> = [
  { view: 'plan', label: 'Plan' },
  { view: 'calendar', label: 'Calendar' },
  { view: 'drafts', label: 'Drafts' },
  { view: 'inbox', label: 'Inbox' },
  { view: 'insights', label: 'Insights' },
  { view: 'brand-kit', label: 'Brand kit' },
  { view: 'settings', label: 'Settings' },
];

export function Sidebar() {
  const view = useNavigationStore((s) => s.view);
  const go = useNavigationStore((s) => s.go);
  const openPost = useNavigationStore((s) => s.openPost);
  const inboxLabel = useInboxNavLabel();

  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">Cadence</div>
      <button type="button" className="button primary new-post" onClick={() => openPost(null)}>
        New post
      </button>
      <ul>
        {LINKS.map((link) => (
          <li key={link.view}>
            <button
              type="button"
              className="nav-link"
              aria-current={view === link.view ? 'page' : undefined}
              aria-label={link.view === 'inbox' ? inboxLabel : undefined}
              onClick={() => go(link.view)}
            >
              {link.label}
              {link.view === 'inbox' && <InboxBadge />}
            </button>
          </li>
        ))}
      </ul>
      <OutboxLine />
    </nav>
  );
}
