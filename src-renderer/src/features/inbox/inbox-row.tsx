// One item in the list: a checkbox for bulk actions and a button that opens its thread.
// New items are bold with a dot; the current one is marked aria-current.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxItem } from '@shared/inbox';
import { authorOf } from './inbox-actions';
import { AuthorAvatar } from './author-avatar';
import { itemSummary, kindWords, networkWords, receivedWords } from './inbox-words';

interface InboxRowProps {
  item: InboxItem;
  current: boolean;
  checked: boolean;
  timeZone: string;
  now: number;
  onOpen(): void;
  onCheck(checked: boolean): void;
}

export function InboxRow({ item, current, checked, timeZone, now, onOpen, onCheck }: InboxRowProps) {
  const { t } = useTranslation('inbox');
  const author = authorOf(item);
  const summary = itemSummary(author, item.text);
  const detailsId = useId();
  return (
    <li
      className={`inbox-row status-${item.status}`}
      data-item-id={item.id}
      data-current={current || undefined}
    >
      <input
        type="checkbox"
        className="inbox-row-check"
        aria-label={t('row.select', { summary })}
        checked={checked}
        onChange={(event) => onCheck(event.target.checked)}
      />
      <button
        type="button"
        className="inbox-row-open"
        aria-current={current ? 'true' : undefined}
        aria-label={t(item.status === 'new' ? 'row.openNew' : 'row.open', {
          kind: kindWords(item.kind),
          summary,
        })}
        aria-describedby={detailsId}
        onClick={onOpen}
      >
        <AuthorAvatar name={author} url={item.authorAvatarUrl} />
        <span className="inbox-row-body">
          <span className="inbox-row-top">
            {item.status === 'new' && <span className="inbox-new-dot" aria-hidden="true" />}
            <span className="inbox-author">{author}</span>
            {item.authorName && <span className="inbox-handle">{item.authorHandle}</span>}
            <time className="inbox-time" dateTime={new Date(item.receivedAt).toISOString()}>
              {receivedWords(item.receivedAt, timeZone, now)}
            </time>
          </span>
          <span className="inbox-row-meta" id={detailsId}>
            <span className="inbox-kind">{kindWords(item.kind)}</span>
            <span className={`network-dot network-${item.network}`} aria-hidden="true" />
            <span>
              {t('row.channel', { channel: item.channelLabel, network: networkWords(item.network) })}
              {item.channelState === 'removed' && t('row.removed')}
              {item.channelState === 'disconnected' && t('row.disconnected')}
            </span>
            {item.status === 'done' && <span className="inbox-done-tag">{t('row.done')}</span>}
            {item.labels.map((label) => (
              <span key={label} className="inbox-label">
                {label}
              </span>
            ))}
          </span>
          <span className="inbox-snippet">{item.text}</span>
        </span>
      </button>
    </li>
  );
}
