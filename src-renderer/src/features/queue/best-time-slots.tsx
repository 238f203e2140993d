// "Use the best times" in the Queue view: makes the channel's best hours of the week, learned or
// the network's usual ones (said which), its posting times. Existing times are only replaced
// after the owner agrees, since they may have been set with care.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeeklySlot } from '@shared/queue';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { bestTimeNote, nextBestInstant, slotTimeOf, weekHourWords } from '../../lib/best-time-words';
import { formatList } from '../../lib/format';
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
  const { times } = answer;
  const named = times.map((time) => ({
    time,
    when: weekHourWords(nextBestInstant(time, timeZone), timeZone),
  }));
  const when = formatList(named.map((entry) => entry.when));
  // Learned hours each rest on their own posts, so each note names its hour; the network's
  // defaults share one sentence, said once.
  const notes = [
    ...new Set(
      named.map(({ time, when: at }) =>
        time.source === 'learned'
          ? t('best.noteAt', { when: at, note: bestTimeNote(time, answer.network) })
          : bestTimeNote(time, answer.network),
      ),
    ),
  ];
  const bestSlots: WeeklySlot[] = times.map((time) => ({ weekday: time.weekday, time: slotTimeOf(time) }));
  const key = (slot: WeeklySlot) => `${slot.weekday} ${slot.time}`;
  const wanted = new Set(bestSlots.map(key));
  const same = slots.length === bestSlots.length && slots.every((slot) => wanted.has(key(slot)));
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
        {t('best.use', { count: times.length, when })}
      </button>
      <ul id={noteId} className="field-hint best-time-notes">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
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
