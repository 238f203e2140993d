// The reply box under a thread. Replies go through the outbox like posts: written offline,
// they wait and go out once, when the connection is back.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/entities';
import type { InboxItem } from '@shared/inbox';
import { useOutboxStatusStore } from '../../state/outbox-status-store';
import { call, messageOf } from '../../lib/api';
import { authorOf } from './inbox-actions';
import { useInboxStore } from './inbox-store';
import { SavedRepliesMenu } from './saved-replies-menu';
import { InlineError } from '../../components/inline-error';

/** The reply field's id, for the "r" key. */
export const REPLY_FIELD_ID = 'inbox-reply';

export function ReplyComposer({ item, onSent }: { item: InboxItem; onSent(): void }) {
  const { t } = useTranslation('inbox');
  const online = useOutboxStatusStore((s) => s.status?.online ?? null);
  const announce = useInboxStore((s) => s.announce);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const canReply = item.channelState === 'connected';

  const insert = (snippet: string) => {
    const element = field.current;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const next = text.slice(0, start) + snippet + text.slice(end);
    setText(next);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + snippet.length, start + snippet.length);
    });
  };

  const send = async () => {
    if (!text.trim() || sending) return;
    setSending(true);
    try {
      await call('inbox.reply', { id: item.id, text });
      setText('');
      setError(null);
      announce(online === false ? t('reply.queuedOffline') : t('reply.queued'));
      onSent();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setSending(false);
    }
  };

  return (
    // Not a <form>: the saved-replies manager inside it holds forms of its own.
    <div className="reply-composer" role="group" aria-label={t('reply.label', { author: authorOf(item) })}>
      <label className="field-label" htmlFor={REPLY_FIELD_ID}>
        {t('reply.field')}
      </label>
      <textarea
        id={REPLY_FIELD_ID}
        ref={field}
        rows={4}
        value={text}
        maxLength={LIMITS.body}
        disabled={!canReply}
        placeholder={canReply ? t('reply.placeholder', { author: authorOf(item) }) : undefined}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void send();
          }
        }}
      />
      {!canReply && (
        <p className="field-hint">
          {item.channelState === 'removed' ? t('reply.removed') : t('reply.disconnected')}
        </p>
      )}
      <InlineError message={error} />
      <div className="reply-actions">
        <SavedRepliesMenu onInsert={insert} />
        {online === false && <span className="reply-offline">{t('reply.offline')}</span>}
        <button
          type="button"
          className="button primary"
          onClick={() => void send()}
          disabled={!canReply || sending || !text.trim()}
        >
          {sending ? t('reply.sending') : t('reply.send')}
        </button>
      </div>
    </div>
  );
}
