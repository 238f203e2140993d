// The right pane: the open item with its triage buttons, the thread, and the reply box.
import { useAppDataStore } from '../../app/app-data-store';
import type { InboxItem } from '@shared/inbox';
import { authorOf, changeLabels, setItemsStatus } from './inbox-actions';
import { AuthorAvatar } from './author-avatar';
import { kindWords, networkWords } from './inbox-words';
import { LabelPicker } from './label-picker';
import { ReplyComposer } from './reply-composer';
import { ThreadMessages } from './thread-messages';
import { useInboxThread } from './use-inbox-thread';

export function ThreadView({ id }: { id: string | null }) {
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const { state, reload } = useInboxThread(id);

  return (
    <section className="inbox-thread" aria-label="Thread">
      {state.kind === 'none' && (
        <p className="inbox-thread-hint">
          Choose an item to read the conversation and reply. Press j and k to move.
        </p>
      )}
      {state.kind === 'loading' && <p className="loading">Opening the conversation…</p>}
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
  const author = authorOf(item);
  return (
    <header className="thread-header">
      <AuthorAvatar name={author} url={item.authorAvatarUrl} />
      <div className="thread-title">
        <h2>{author}</h2>
        <p className="thread-meta">
          {item.authorName && <span>{item.authorHandle}</span>}
          <span>
            {kindWords(item.kind)} on {item.channelLabel} · {networkWords(item.network)}
          </span>
          <span className="thread-status">
            {item.status === 'new' ? 'New' : item.status === 'read' ? 'Read' : 'Done'}
          </span>
        </p>
      </div>
      <div className="thread-actions" role="toolbar" aria-label="Triage">
        {item.status === 'done' ? (
          <button type="button" className="button" onClick={() => void setItemsStatus([item], 'undone')}>
            Mark undone
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void setItemsStatus([item], 'done')}>
            Mark done
          </button>
        )}
        {item.status === 'new' ? (
          <button type="button" className="button" onClick={() => void setItemsStatus([item], 'read')}>
            Mark read
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void setItemsStatus([item], 'new')}>
            Mark unread
          </button>
        )}
        <LabelPicker
          buttonLabel={`Labels for ${author}`}
          applied={item.labels}
          onChange={(add, remove) => void changeLabels([item], add, remove)}
        />
      </div>
      {item.labels.length > 0 && (
        <ul className="inbox-labels" aria-label="Labels">
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
