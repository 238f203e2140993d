// "Best: Tue 6:00 PM" under the composer's date and time, one per chosen channel: the hour its
// own posts do best, or the network's usual hour while Cadence is still learning, with how sure
// it is in words. A click puts the next such time into the fields; the owner still schedules.
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
  const at = nextBestInstant(answer.best, timeZone);
  const when = weekHourWords(at, timeZone);
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
      <span id={noteId} className="field-hint">
        {bestTimeNote(answer.best, answer.network)}
      </span>
    </li>
  );
}
