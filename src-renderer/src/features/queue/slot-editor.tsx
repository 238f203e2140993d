import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareSlots, type WeeklySlot } from '@shared/queue';
import { slotTimeWords, weekdayName, WEEKDAYS } from './slot-words';

interface SlotEditorProps {
  slots: WeeklySlot[];
  busy: boolean;
  onChange(slots: WeeklySlot[]): void;
}

/** The channel's weekly posting times: one row per weekday, each time removable, a new one added. */
export function SlotEditor({ slots, busy, onChange }: SlotEditorProps) {
  const { t } = useTranslation('queue');
  return (
    <ul className="slot-days">
      {WEEKDAYS.map((weekday) => (
        <SlotDay
          key={weekday}
          weekday={weekday}
          times={slots.filter((slot) => slot.weekday === weekday).map((slot) => slot.time)}
          busy={busy}
          onRemove={(time) => onChange(slots.filter((s) => !(s.weekday === weekday && s.time === time)))}
          onAdd={(time) => onChange([...slots, { weekday, time }].sort(compareSlots))}
          emptyWords={t('slots.empty')}
        />
      ))}
    </ul>
  );
}

interface SlotDayProps {
  weekday: number;
  times: string[];
  busy: boolean;
  emptyWords: string;
  onRemove(time: string): void;
  onAdd(time: string): void;
}

function SlotDay({ weekday, times, busy, emptyWords, onRemove, onAdd }: SlotDayProps) {
  const { t } = useTranslation('queue');
  const [time, setTime] = useState('');
  const labelId = useId();
  const day = weekdayName(weekday);
  const add = () => {
    if (!/^\d{2}:\d{2}/.test(time)) return;
    onAdd(time.slice(0, 5));
    setTime('');
  };

  return (
    <li className="slot-day" aria-labelledby={labelId}>
      <span id={labelId} className="slot-day-name">
        {day}
      </span>
      <span className="slot-times">
        {times.length === 0 && <span className="field-hint">{emptyWords}</span>}
        {times.map((slot) => (
          <span key={slot} className="slot-chip">
            {slotTimeWords(slot)}
            <button
              type="button"
              className="slot-remove"
              disabled={busy}
              aria-label={t('slots.remove', { time: slotTimeWords(slot), day })}
              onClick={() => onRemove(slot)}
            >
              ×
            </button>
          </span>
        ))}
      </span>
      <span className="slot-add">
        <input
          type="time"
          value={time}
          aria-label={t('slots.newTime', { day })}
          disabled={busy}
          onChange={(event) => setTime(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') add();
          }}
        />
        <button
          type="button"
          className="button"
          disabled={busy}
          aria-label={t('slots.addOn', { day })}
          onClick={add}
        >
          {t('slots.add')}
        </button>
      </span>
    </li>
  );
}
