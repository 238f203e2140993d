import { memo } from 'react';
import { entryName, excerptOf, showsStatus, statusWord, type CalendarEntry } from './calendar-model';
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
  /** The chip under the pointer or keyboard focus: only it carries a "Publish now" button. */
  active: boolean;
  words: ChipWords;
}

/**
 * As few elements as the chip can be drawn with, because a grid draws hundreds of them on every
 * page: the status mark and the network initials are CSS (`::before` and `attr()`), and the
 * "Publish now" button exists only on the active chip, not hidden on every one.
 *
 * No handlers of its own: the grid's (chip-events.ts) find the chip by data-post-id, and the
 * publish button by data-publish-post-id.
 */
function PostChipView({ entry, roomy, active, words }: PostChipProps) {
  const { post } = entry;
  const movable = post.status !== 'published';
  const name = entryName(entry, roomy, words.say);
  const excerpt = excerptOf(entry);
  const hint = movable ? words.hint : words.hintPublished;

  const publishable = active && movable;

  return (
    <div className="chip-wrap" data-active={publishable || undefined}>
      <button
        type="button"
        className={roomy ? 'chip chip-roomy' : 'chip'}
        data-post-id={post.id}
        data-status={post.status}
        data-at-risk={entry.atRisk || undefined}
        data-handed-off={post.handedOff || undefined}
        data-repeats={post.repeats || undefined}
        data-recycled={post.recycled || undefined}
        // Drawn by CSS: a letter on screen that is not in the chip's name would leave voice users
        // saying a name that does not match what they see.
        data-initials={
          roomy ? undefined : entry.networks.map((network) => NETWORK_INITIALS[network]).join('')
        }
        draggable={movable}
        aria-label={name}
        title={`${name}\n${hint}`}
      >
        {/* The spaces keep the words apart in the text accessibility tools compare with the name. */}
        <b className="chip-time">{entry.time}</b>{' '}
        {showsStatus(entry, roomy) && (
          <>
            <span className="chip-status">{words.say(`calendar:status.${statusWord(entry)}`, {})}</span>{' '}
          </>
        )}
        {roomy ? (
          <>
            <span className="chip-body">{excerpt}</span>{' '}
            <span className="chip-meta">{entry.channelLabel}</span>
          </>
        ) : (
          excerpt
        )}
      </button>
      {publishable && (
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
    sameChip(before.entry, after.entry) &&
    before.roomy === after.roomy &&
    before.active === after.active &&
    before.words === after.words,
);

/** The same chip showing the same way: what a grid compares before re-rendering a day or slot. */
export function sameChip(before: CalendarEntry, after: CalendarEntry): boolean {
  return (
    before.post === after.post &&
    before.time === after.time &&
    before.channelLabel === after.channelLabel &&
    before.atRisk === after.atRisk
  );
}
