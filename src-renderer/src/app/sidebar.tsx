import { useTranslation } from 'react-i18next';
import { InboxBadge, useInboxNavLabel } from '../features/inbox/inbox-nav';
import { useNavigationStore, type View } from '../state/navigation-store';
import { OutboxLine } from './outbox-line';
import { useShortcutsStore } from '../state/shortcuts-store';

const LINKS = [
  { view: 'plan', label: 'nav.plan' },
  { view: 'calendar', label: 'nav.calendar' },
  { view: 'drafts', label: 'nav.drafts' },
  { view: 'search', label: 'nav.search' },
  { view: 'queue', label: 'nav.queue' },
  { view: 'inbox', label: 'nav.inbox' },
  { view: 'insights', label: 'nav.insights' },
  { view: 'brand-kit', label: 'nav.brandKit' },
  { view: 'library', label: 'nav.library' },
  { view: 'post-files', label: 'nav.postFiles' },
  { view: 'settings', label: 'nav.settings' },
] as const satisfies ReadonlyArray<{ view: Exclude<View, 'composer'>; label: `nav.${string}` }>;

export function Sidebar() {
  const view = useNavigationStore((s) => s.view);
  const go = useNavigationStore((s) => s.go);
  const openPost = useNavigationStore((s) => s.openPost);
  const inboxLabel = useInboxNavLabel();
  const showShortcuts = useShortcutsStore((s) => s.show);
  const { t } = useTranslation();

  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">{t('brand')}</div>
      <button type="button" className="button primary new-post" onClick={() => openPost(null)}>
        {t('nav.newPost')}
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
              {t(link.label)}
              {link.view === 'inbox' && <InboxBadge />}
            </button>
          </li>
        ))}
      </ul>
      <OutboxLine />
      <button type="button" className="nav-link shortcuts-link" onClick={showShortcuts}>
        {t('shortcuts.open')}
      </button>
    </nav>
  );
}
