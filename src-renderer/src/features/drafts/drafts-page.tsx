import '../../components/page.css';
import './drafts.css';
import { useTranslation } from 'react-i18next';
import type { PostSummary } from '@shared/entities';
import { channelById, useAppDataStore } from '../../state/app-data-store';
import { useNavigationStore } from '../../state/navigation-store';
import { t as translate } from '../../i18n/i18n';
import { queryState, useCoreQuery } from '../../lib/use-core-query';
import { editedWords } from './edited-words';
import { useNewPostKey } from '../../lib/use-new-post-key';

function titleOf(draft: PostSummary): string {
  return draft.excerpt.replace(/\s+/g, ' ').trim() || translate('drafts:untitled');
}

export function DraftsPage() {
  // Any saved, scheduled or deleted post may join or leave the list.
  const state = queryState(
    useCoreQuery('posts.listDrafts', { limit: 500 }, { refreshOn: ['post.changed', 'post.deleted'] }),
    (drafts) => ({ drafts }),
  );
  const openPost = useNavigationStore((s) => s.openPost);
  const { t } = useTranslation('drafts');
  useNewPostKey();

  return (
    <div className="drafts">
      <header className="page-header">
        <h1>{t('title')}</h1>
        {state.kind === 'ready' && state.drafts.length > 0 && (
          <span className="drafts-count">{t('count', { count: state.drafts.length })}</span>
        )}
      </header>
      {state.kind === 'loading' && <p className="loading">{t('loading')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="error-banner">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && state.drafts.length === 0 && (
        <div className="card empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.text')}</p>
          <button type="button" className="button primary" onClick={() => openPost(null)}>
            {t('empty.write')}
          </button>
        </div>
      )}
      {state.kind === 'ready' && state.drafts.length > 0 && (
        <ul className="draft-list">
          {state.drafts.map((draft) => (
            <li key={draft.id}>
              <DraftItem draft={draft} onOpen={() => openPost(draft.id)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function DraftItem({ draft, onOpen }: { draft: PostSummary; onOpen(): void }) {
  const { t } = useTranslation('drafts');
  const channels = useAppDataStore((s) => s.channels);
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const title = titleOf(draft);
  const names = draft.channelIds.flatMap((id) => channelById(channels, id) ?? []);

  return (
    // Named by what it shows (the title first), so the name a voice user says is the one they see.
    <button type="button" className="draft-item" onClick={onOpen}>
      <span className={`draft-excerpt${draft.excerpt.trim() ? '' : ' untitled'}`}>{title}</span>
      <span className="draft-meta">
        {names.length === 0 ? (
          <span className="draft-channel none">{t('noChannel')}</span>
        ) : (
          names.map((channel) => (
            <span key={channel.id} className="draft-channel">
              <span className={`network-dot network-${channel.network}`} aria-hidden="true" />
              {channel.displayName}
            </span>
          ))
        )}
        {draft.mediaCount > 0 && (
          <span className="draft-media">{t('images', { count: draft.mediaCount })}</span>
        )}
        <span className="draft-edited">{editedWords(draft.updatedAt, timeZone)}</span>
      </span>
    </button>
  );
}
