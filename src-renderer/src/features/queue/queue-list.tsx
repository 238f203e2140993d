import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueEntry } from '@shared/queue';
import { timeWords } from '../../lib/time-words';

interface QueueListProps {
  entries: QueueEntry[];
  timeZone: string;
  busy: boolean;
  /** Moves the post to the place `toIndex`; the queue's times stay, the posts move between them. */
  onMove(postId: string, toIndex: number): void;
}

const titleOf = (entry: QueueEntry, untitled: string) =>
  entry.excerpt.replace(/\s+/g, ' ').trim() || untitled;

/** The posts waiting in a channel's queue: dragged, or moved with Alt+↑/↓ or the buttons. */
export function QueueList({ entries, timeZone, busy, onMove }: QueueListProps) {
  const { t } = useTranslation('queue');
  const [dragged, setDragged] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  // Moving re-inserts the item, which loses focus: a keyboard move puts it back on the moved post.
  const [refocus, setRefocus] = useState<string | null>(null);
  useEffect(() => {
    if (!refocus) return;
    list.current?.querySelector<HTMLElement>(`[data-post-id="${CSS.escape(refocus)}"]`)?.focus();
  }, [entries, refocus]);

  if (entries.length === 0) return <p className="field-hint">{t('list.empty')}</p>;
  return (
    <ol className="queue-list" ref={list}>
      {entries.map((entry, index) => {
        const post = titleOf(entry, t('list.untitled'));
        const time = timeWords(entry.scheduledAt, timeZone);
        return (
          <li
            key={entry.postId}
            className={`queue-item${dragged === entry.postId ? ' dragging' : ''}`}
            data-post-id={entry.postId}
            draggable={!busy}
            tabIndex={0}
            aria-label={t('list.item', { time, post })}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', entry.postId);
              setDragged(entry.postId);
            }}
            onDragEnd={() => setDragged(null)}
            onDragOver={(event) => {
              if (dragged) event.preventDefault();
            }}
            onDrop={(event) => {
              event.preventDefault();
              if (dragged && dragged !== entry.postId) onMove(dragged, index);
              setDragged(null);
            }}
            onKeyDown={(event) => {
              if (!event.altKey || busy || event.target !== event.currentTarget) return;
              if (event.key === 'ArrowUp' && index > 0) onMove(entry.postId, index - 1);
              else if (event.key === 'ArrowDown' && index < entries.length - 1)
                onMove(entry.postId, index + 1);
              else return;
              event.preventDefault();
              setRefocus(entry.postId);
            }}
          >
            <span className="queue-time">{time}</span>
            <span className="queue-excerpt">{post}</span>
            {entry.evergreen && <span className="queue-badge">{t('list.evergreen')}</span>}
            {entry.recycled && <span className="queue-badge">{t('list.recycled')}</span>}
            <span className="queue-move">
              <button
                type="button"
                className="button small"
                disabled={busy || index === 0}
                aria-label={t('list.moveUp', { post })}
                onClick={() => onMove(entry.postId, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button small"
                disabled={busy || index === entries.length - 1}
                aria-label={t('list.moveDown', { post })}
                onClick={() => onMove(entry.postId, index + 1)}
              >
                ↓
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
