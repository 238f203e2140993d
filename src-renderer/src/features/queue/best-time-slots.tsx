// "Use the best time" in the Queue view: makes the channel's best hour of the week, learned or
// the network's usual one (said which), its posting time. Existing times are only replaced after
// the owner agrees, since they may have been set with care.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeeklySlot } from '@shared/queue';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { bestTimeNote, nextBestInstant, slotTimeOf, weekHourWords } from '../../lib/best-time-words';
import { useCoreQuery } from '../../lib/use-core-query';

interface BestTimeSlotsProps {
  channelId: string;
  channelName: string;
  /** The channel's posting times now; when there are any, they are replaced only on a yes. */
  slots: readonly WeeklySlot[];
  timeZone: string;
  busy: boolean;
  onSet(slots: WeeklySlot[]): void;
}

export function BestTimeSlots({ channelId, channelName, slots, timeZone, busy, onSet }: BestTimeSlotsProps) {
  const { t } = useTranslation('queue');
  const [asking, setAsking] = useState(false);
  const noteId = useId();
  const answer = useCoreQuery(
    'metrics.bestTimes',
    { channelIds: [channelId] },
    { refreshOn: ['metrics.changed', 'profile.changed'] },
  ).data?.[0];
  // Without an answer (still loading, or unreadable) the slots are set by hand as before.
  if (!answer) return null;
  const best = answer.best;
  const when = weekHourWords(nextBestInstant(best, timeZone), timeZone);
  const bestSlots: WeeklySlot[] = [{ weekday: best.weekday, time: slotTimeOf(best) }];
  const same =
    slots.length === 1 && slots[0]!.weekday === best.weekday && slots[0]!.time === bestSlots[0]!.time;
  if (same) return null;

  return (
    <div className="best-time-slots">
      <button
        type="button"
        className="button"
        disabled={busy}
        aria-describedby={noteId}
        onClick={() => (slots.length > 0 ? setAsking(true) : onSet(bestSlots))}
      >
        {t('best.use', { when })}
      </button>
      <p id={noteId} className="field-hint">
        {bestTimeNote(best, answer.network)}
      </p>
      <ConfirmDialog
        open={asking}
        tone="primary"
        title={t('best.replaceTitle')}
        message={t('best.replaceMessage', { count: slots.length, channel: channelName, when })}
        confirmLabel={t('best.replace')}
        busy={busy}
        onConfirm={() => {
          setAsking(false);
          onSet(bestSlots);
        }}
        onCancel={() => setAsking(false)}
      />
    </div>
  );
}
