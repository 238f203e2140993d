// The right pane: the open item with its triage buttons, the thread, and the reply box.
import { useTranslation } from 'react-i18next';
import { useAppDataStore } from '../../state/app-data-store';
import type { InboxItem } from '@shared/inbox';
import { authorOf, changeLabels, setItemsStatus } from './inbox-actions';
import { AuthorAvatar } from './author-avatar';
import { kindWords, networkWords } from './inbox-words';
import { LabelPicker } from './label-picker';
import { ReplyComposer } from './reply-composer';
import { ThreadMessages } from './thread-messages';
import { useInboxThread } from './use-inbox-thread';

export function ThreadView({ id }: { id: string | null }) {
  const { t } = useTranslation('inbox');
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const { state, reload } = useInboxThread(id);

  return (
    <section className="inbox-thread" aria-label={t('thread.label')}>
      {state.kind === 'none' && <p className="inbox-thread-hint">{t('thread.hint')}</p>}
      {state.kind === 'loading' && <p className="loading">{t('thread.opening')}</p>}
      {state.kind === 'failed' && (
        <p role="alert" className="error-banner">
          {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          <ThreadHeader item={state.thread.item} />
          <ThreadMessages thread={state.thread} timeZone={timeZone} />
          <ReplyComposer key={state.thread.item.id} item={state.thread.item} onSent={reload} />
        </>
      )}
    </section>
  );
}

function ThreadHeader({ item }: { item: InboxItem }) {
  const { t } = useTranslation('inbox');
  const author = authorOf(item);
  return (
    <header className="thread-header">
      <AuthorAvatar name={author} url={item.authorAvatarUrl} />
      <div className="thread-title">
        <h2>{author}</h2>
        <p className="thread-meta">
          {item.authorName && <span>{item.authorHandle}</span>}
          <span>
            {t('thread.kindOn', {
              kind: kindWords(item.kind),
              channel: item.channelLabel,
              network: networkWords(item.network),
            })}
          </span>
          <span className="thread-status">{t(`triage.${item.status}`)}</span>
        </p>
      </div>
      <div className="thread-actions" role="toolbar" aria-label={t('triage.label')}>
        {item.status === 'done' ? (
          <button type="button" className="button" onClick={() => void setItemsStatus([item], 'undone')}>
            {t('triage.markUndone')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void setItemsStatus([item], 'done')}>
            {t('triage.markDone')}
          </button>
        )}
        {item.status === 'new' ? (
          <button type="button" className="button" onClick={() => void setItemsStatus([item], 'read')}>
            {t('triage.markRead')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void setItemsStatus([item], 'new')}>
            {t('triage.markUnread')}
          </button>
        )}
        <LabelPicker
          buttonLabel={t('labels.forAuthor', { author })}
          applied={item.labels}
          onChange={(add, remove) => void changeLabels([item], add, remove)}
        />
      </div>
      {item.labels.length > 0 && (
        <ul className="inbox-labels" aria-label={t('labels.title')}>
          {item.labels.map((label) => (
            <li key={label} className="inbox-label">
              {label}
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
