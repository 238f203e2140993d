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
import { PostBulkBar } from '../../components/post-bulk-bar';
import { usePostSelection, type PostSelection } from '../../components/post-selection';

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
  const drafts = state.kind === 'ready' ? state.drafts : [];
  // Several drafts are selected with Space or Ctrl/⌘-click, for a bulk action.
  const selection = usePostSelection(drafts.map((draft) => draft.id));

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
      {selection.selected.length > 0 && (
        <PostBulkBar
          selected={selection.selected}
          onClear={selection.clear}
          titleOf={(id) => titleOf(drafts.find((draft) => draft.id === id)!)}
        />
      )}
      {state.kind === 'ready' && state.drafts.length > 0 && (
        <ul className="draft-list">
          {state.drafts.map((draft) => (
            <li key={draft.id} className="draft-row">
              <input
                type="checkbox"
                className="draft-select"
                aria-label={titleOf(draft)}
                checked={selection.isSelected(draft.id)}
                onChange={() => selection.toggle(draft.id)}
              />
              <DraftItem draft={draft} selection={selection} onOpen={() => openPost(draft.id)} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function DraftItem({
  draft,
  selection,
  onOpen,
}: {
  draft: PostSummary;
  selection: PostSelection;
  onOpen(): void;
}) {
  const { t } = useTranslation('drafts');
  const channels = useAppDataStore((s) => s.channels);
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const title = titleOf(draft);
  const names = draft.channelIds.flatMap((id) => channelById(channels, id) ?? []);

  return (
    // Named by what it shows (the title first), so the name a voice user says is the one they see.
    <button
      type="button"
      className={selection.isSelected(draft.id) ? 'draft-item selected' : 'draft-item'}
      onClick={(event) => {
        if (!selection.onClick(event, draft.id)) onOpen();
      }}
      onKeyDown={(event) => selection.onKeyDown(event, draft.id)}
    >
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
