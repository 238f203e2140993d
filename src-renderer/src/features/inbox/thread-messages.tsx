// The thread's body: our original post, what the item answers, then the conversation with
// our own replies and where each stands in the outbox.
import { useTranslation } from 'react-i18next';
import type { InboxContextMessage, InboxItem, InboxOwnReply, InboxThread } from '@shared/inbox';
import { useOutboxStatusStore } from '../../state/outbox-status-store';
import { timeWords } from '../../lib/time-words';
import { authorOf } from './inbox-actions';
import { AuthorAvatar } from './author-avatar';
import { kindWords, replyStateWords } from './inbox-words';

interface ThreadMessagesProps {
  thread: InboxThread;
  timeZone: string;
}

export function ThreadMessages({ thread, timeZone }: ThreadMessagesProps) {
  const { t } = useTranslation('inbox');
  const online = useOutboxStatusStore((s) => s.status?.online ?? null);
  const { item, ourPost, parent, conversation } = thread;
  const entries = conversation.some((entry) => entry.type === 'item' && entry.item.id === item.id)
    ? conversation
    : [{ type: 'item' as const, item }, ...conversation];

  return (
    <div className="thread-messages">
      {ourPost && (
        <article className="thread-our-post" aria-label={t('thread.yourPost')}>
          <h3 className="thread-caption">{t('thread.yourPost')}</h3>
          <p className="thread-text">{ourPost.text}</p>
          <p className="thread-meta">
            {ourPost.publishedAt !== null && (
              <span>{t('thread.published', { time: timeWords(ourPost.publishedAt, timeZone) })}</span>
            )}
            {ourPost.url && (
              <a href={ourPost.url} target="_blank" rel="noopener noreferrer">
                {t('thread.view')}
              </a>
            )}
          </p>
        </article>
      )}
      {parent && <ParentMessage parent={parent} timeZone={timeZone} />}
      <ol className="thread-conversation" aria-label={t('thread.conversation')}>
        {entries.map((entry) =>
          entry.type === 'item' ? (
            <ItemMessage
              key={entry.item.id}
              item={entry.item}
              current={entry.item.id === item.id}
              timeZone={timeZone}
            />
          ) : (
            <OwnReply key={entry.reply.postId} reply={entry.reply} online={online} timeZone={timeZone} />
          ),
        )}
      </ol>
    </div>
  );
}

function ParentMessage({ parent, timeZone }: { parent: InboxContextMessage; timeZone: string }) {
  const { t } = useTranslation('inbox');
  return (
    <article className="thread-parent" aria-label={t('thread.inReplyTo')}>
      <h3 className="thread-caption">
        {t('thread.inReplyToName', { name: parent.authorName ?? parent.authorHandle })}
      </h3>
      <p className="thread-text">{parent.text}</p>
      {parent.at !== null && <p className="thread-meta">{timeWords(parent.at, timeZone)}</p>}
    </article>
  );
}

function ItemMessage({ item, current, timeZone }: { item: InboxItem; current: boolean; timeZone: string }) {
  const { t } = useTranslation('inbox');
  const author = authorOf(item);
  return (
    <li className={`thread-message${current ? ' current' : ''}`}>
      <AuthorAvatar name={author} url={item.authorAvatarUrl} />
      <div className="thread-bubble">
        <p className="thread-meta">
          <strong>{author}</strong>
          {item.authorName && <span>{item.authorHandle}</span>}
          <span>{kindWords(item.kind)}</span>
          <span>{timeWords(item.receivedAt, timeZone)}</span>
        </p>
        <p className="thread-text">{item.text}</p>
        {item.url && (
          <a className="thread-link" href={item.url} target="_blank" rel="noopener noreferrer">
            {t('thread.openOnNetwork')}
          </a>
        )}
      </div>
    </li>
  );
}

function OwnReply({
  reply,
  online,
  timeZone,
}: {
  reply: InboxOwnReply;
  online: boolean | null;
  timeZone: string;
}) {
  const { t } = useTranslation('inbox');
  return (
    <li className="thread-message ours" aria-label={t('thread.yourReply')}>
      <div className="thread-bubble">
        <p className="thread-meta">
          <strong>{t('thread.you')}</strong>
          <span>{timeWords(reply.at, timeZone)}</span>
        </p>
        <p className="thread-text">{reply.text}</p>
        <p className={`thread-reply-state state-${reply.state}`} data-state={reply.state}>
          {replyStateWords(reply.state, reply.lastError, online, reply.lastErrorKey)}
          {reply.url && (
            <>
              {' · '}
              <a href={reply.url} target="_blank" rel="noopener noreferrer">
                {t('thread.viewReply')}
              </a>
            </>
          )}
        </p>
      </div>
    </li>
  );
}
