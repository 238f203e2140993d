import { memo } from 'react';
import { entryName, excerptOf, statusWord, type CalendarEntry } from './calendar-model';
import type { ChipWords } from './chip-events';

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
  reminder: 'R',
};

interface PostChipProps {
  entry: CalendarEntry;
  /** Week chips have room for the channel and status words. */
  roomy: boolean;
  words: ChipWords;
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

/**
 * No handlers of its own: the grid's (chip-events.ts) find the chip by data-post-id, and the
 * publish button by data-publish-post-id.
 */
function PostChipView({ entry, roomy, words }: PostChipProps) {
  const { post } = entry;
  const movable = post.status !== 'published';
  const name = entryName(entry, roomy, words.say);
  const excerpt = excerptOf(entry);
  const hint = movable ? words.hint : words.hintPublished;

  return (
    <div className="chip-wrap" data-status={post.status}>
      <button
        type="button"
        className="chip"
        data-post-id={post.id}
        data-status={post.status}
        data-at-risk={entry.atRisk || undefined}
        data-handed-off={post.handedOff || undefined}
        data-repeats={post.repeats || undefined}
        draggable={movable}
        aria-label={name}
        title={`${name}\n${hint}`}
      >
        {/* The spaces between the parts (flex items, so they take no room) keep their words apart
            in the text that accessibility tools compare with the chip's name. */}
        <span className="chip-line">
          {/* Shape, not only colour, tells the statuses apart; the mark is drawn by CSS. */}
          <span className="chip-mark" aria-hidden="true" />
          <span className="chip-time">{entry.time}</span>{' '}
          {roomy ? (
            statusWord(entry) !== 'scheduled' && (
              <span className="chip-status">{words.say(`calendar:status.${statusWord(entry)}`, {})}</span>
            )
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
          <span className="chip-attention">{words.say('calendar:status.failed', {})}</span>
        )}
      </button>
      {movable && (
        <button
          type="button"
          className="chip-publish"
          data-publish-post-id={post.id}
          aria-label={words.say('calendar:chip.publishLabel', { excerpt })}
          title={words.publishTitle}
        >
          {words.publish}
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
    before.entry.atRisk === after.entry.atRisk &&
    before.roomy === after.roomy &&
    before.words === after.words,
);
