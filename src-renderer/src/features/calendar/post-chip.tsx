import { memo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { entryName, excerptOf, statusLabel, type CalendarEntry } from './calendar-model';
import { startPostDrag } from './calendar-dnd';

/** One letter per network keeps the excerpt readable in a narrow month cell. */
const NETWORK_INITIALS: Record<CalendarEntry['networks'][number], string> = {
  bluesky: 'B',
  mastodon: 'M',
  telegram: 'T',
  discord: 'D',
  webhook: 'W',
  x: 'X',
  facebook: 'F',
  instagram: 'I',
  threads: '@',
  linkedin: 'L',
};

export interface ChipMove {
  days: number;
  hours: number;
}

interface PostChipProps {
  entry: CalendarEntry;
  /** Week chips have room for the channel and status words. */
  roomy: boolean;
  onOpen(postId: string): void;
  onKeyMove(postId: string, move: ChipMove): void;
  onPublish(postId: string, excerpt: string): void;
}

function NetworkBadges({ networks }: { networks: CalendarEntry['networks'] }) {
  return networks.map((network) => (
    // Drawn by CSS from data-initial: a letter on screen that is not in the chip's name would
    // leave voice users saying a name that does not match what they see.
    <span
      key={network}
      className="chip-network"
      data-network={network}
      data-initial={NETWORK_INITIALS[network]}
      aria-hidden="true"
    />
  ));
}

function keyMove(event: KeyboardEvent, roomy: boolean): ChipMove | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.key === 'ArrowLeft') return { days: -1, hours: 0 };
  if (event.key === 'ArrowRight') return { days: 1, hours: 0 };
  if (roomy && event.key === 'ArrowUp') return { days: 0, hours: -1 };
  if (roomy && event.key === 'ArrowDown') return { days: 0, hours: 1 };
  return null;
}

function PostChipView({ entry, roomy, onOpen, onKeyMove, onPublish }: PostChipProps) {
  const { t } = useTranslation('calendar');
  const { post } = entry;
  const movable = post.status !== 'published';
  const name = entryName(entry, roomy);
  const excerpt = excerptOf(entry);
  const hint = movable ? (roomy ? t('chip.hintWeek') : t('chip.hintMonth')) : t('chip.hintPublished');

  return (
    <div className="chip-wrap" data-status={post.status}>
      <button
        type="button"
        className="chip"
        data-post-id={post.id}
        data-status={post.status}
        data-at-risk={entry.atRisk || undefined}
        draggable={movable}
        aria-label={name}
        title={`${name}\n${hint}`}
        onClick={() => onOpen(post.id)}
        onDragStart={(event) => (movable ? startPostDrag(event, post.id) : event.preventDefault())}
        onKeyDown={(event) => {
          const move = movable ? keyMove(event, roomy) : null;
          if (!move) return;
          event.preventDefault();
          onKeyMove(post.id, move);
        }}
      >
        {/* The spaces between the parts (flex items, so they take no room) keep their words apart
            in the text that accessibility tools compare with the chip's name. */}
        <span className="chip-line">
          {/* Shape, not only colour, tells the statuses apart; the mark is drawn by CSS. */}
          <span className="chip-mark" aria-hidden="true" />
          <span className="chip-time">{entry.time}</span>{' '}
          {roomy ? (
            post.status !== 'scheduled' && <span className="chip-status">{statusLabel(post.status)}</span>
          ) : (
            <span className="chip-text">{excerpt}</span>
          )}
          {!roomy && <NetworkBadges networks={entry.networks} />}
        </span>{' '}
        {roomy && (
          <>
            <span className="chip-text chip-body">{excerpt}</span>{' '}
            <span className="chip-channels chip-meta">{entry.channelLabel}</span>
          </>
        )}
        {!roomy && post.status === 'failed' && (
          <span className="chip-attention">{statusLabel('failed')}</span>
        )}
      </button>
      {movable && (
        <button
          type="button"
          className="chip-publish"
          aria-label={t('chip.publishLabel', { excerpt })}
          title={t('chip.publishTitle')}
          onClick={() => onPublish(post.id, excerpt)}
        >
          {t('chip.publish')}
        </button>
      )}
    </div>
  );
}

/** Re-renders only when its post or how it reads changes, not on every regrouping. */
export const PostChip = memo(
  PostChipView,
  (before, after) =>
    before.entry.post === after.entry.post &&
    before.entry.time === after.entry.time &&
    before.entry.channelLabel === after.entry.channelLabel &&
    before.roomy === after.roomy &&
    before.onOpen === after.onOpen &&
    before.onKeyMove === after.onKeyMove &&
    before.onPublish === after.onPublish,
);
