// "Best: Tue 6:00 PM" and "also Thu 12:00 PM" under the composer's date and time, one line per
// chosen channel: the hours its own posts do best, or the network's usual hours while Cadence is
// still learning, with how sure it is in words. A click puts the next such time into the fields;
// the owner still schedules.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelBestTime } from '@shared/best-times';
import { localStringAt } from '@shared/zoned-time';
import { bestTimeNote, nextBestInstant, weekHourWords } from '../../lib/best-time-words';
import { useCoreQuery } from '../../lib/use-core-query';

interface BestTimeHintProps {
  channelIds: readonly string[];
  /** The business time zone: the hour is read, shown and set on its clock. */
  timeZone: string;
  disabled: boolean;
  /** Sets the date and time fields to a local "YYYY-MM-DDTHH:mm". */
  onPick(local: string): void;
}

export function BestTimeHint({ channelIds, timeZone, disabled, onPick }: BestTimeHintProps) {
  const answers = useCoreQuery(
    'metrics.bestTimes',
    { channelIds: [...channelIds] },
    {
      enabled: channelIds.length > 0,
      refreshOn: ['metrics.changed', 'channels.changed', 'profile.changed'],
      keepPrevious: true,
    },
  ).data;
  // A hint: while it loads, or if it cannot be read, the fields above work as they always did.
  if (channelIds.length === 0 || !answers || answers.length === 0) return null;
  return (
    <ul className="best-times">
      {answers.map((answer) => (
        <BestTimeChoice
          key={answer.channelId}
          answer={answer}
          named={answers.length > 1}
          timeZone={timeZone}
          disabled={disabled}
          onPick={onPick}
        />
      ))}
    </ul>
  );
}

function BestTimeChoice({
  answer,
  named,
  timeZone,
  disabled,
  onPick,
}: {
  answer: ChannelBestTime;
  /** Name the channel: more than one is chosen. */
  named: boolean;
  timeZone: string;
  disabled: boolean;
  onPick(local: string): void;
}) {
  const { t } = useTranslation('common');
  const noteId = useId();
  const alsoNoteId = useId();
  const [best, also] = answer.times;
  const at = nextBestInstant(best!, timeZone);
  const when = weekHourWords(at, timeZone);
  const alsoAt = also ? nextBestInstant(also, timeZone) : null;
  const alsoWhen = alsoAt === null ? '' : weekHourWords(alsoAt, timeZone);
  return (
    <li>
      <button
        type="button"
        className="button small"
        disabled={disabled}
        aria-describedby={noteId}
        onClick={() => onPick(localStringAt(at, timeZone))}
      >
        {named ? t('bestTime.bestFor', { channel: answer.channelName, when }) : t('bestTime.best', { when })}
      </button>{' '}
      {also && alsoAt !== null && (
        <>
          <button
            type="button"
            className="button small"
            disabled={disabled}
            aria-describedby={alsoNoteId}
            // With several channels the name says whose: the visible words stay short.
            aria-label={
              named ? t('bestTime.alsoFor', { channel: answer.channelName, when: alsoWhen }) : undefined
            }
            onClick={() => onPick(localStringAt(alsoAt, timeZone))}
          >
            {t('bestTime.also', { when: alsoWhen })}
          </button>{' '}
          {/* Its own sample size and interval, for a screen reader; the line shows the best one's. */}
          <span id={alsoNoteId} className="visually-hidden">
            {bestTimeNote(also, answer.network)}
          </span>
        </>
      )}
      <span id={noteId} className="field-hint">
        {bestTimeNote(best!, answer.network)}
      </span>
    </li>
  );
}
