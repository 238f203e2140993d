import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { weekdayInMonth } from '@shared/recurrence';
import {
  MAX_EVERY,
  monthlyWaysFor,
  type CustomRepeat,
  type CustomUnit,
  type MonthlyBy,
} from './custom-repeat';
import { NTH_WORDS, weekdayName } from './repeat-words';

interface CustomRepeatFieldsProps {
  /** The post's date: its weekday and day of the month are what a monthly repeat can keep. */
  date: string;
  custom: CustomRepeat;
  /** What to fix before the repeat can start, shown by the fields it concerns. */
  problem: string | null;
  disabled: boolean;
  onChange(custom: CustomRepeat): void;
}

const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/**
 * "Custom…": every N weeks on the ticked weekdays, or every N months on the same day or the same
 * nth (or last) weekday. The owner's input is kept as typed; the problem line says what is wrong.
 */
export function CustomRepeatFields({ date, custom, problem, disabled, onChange }: CustomRepeatFieldsProps) {
  const { t } = useTranslation('composer');
  const problemId = useId();
  const { weekday, nth } = weekdayInMonth(date);
  const described = problem ? problemId : undefined;

  const toggle = (day: number, on: boolean) =>
    onChange({
      ...custom,
      weekdays: on ? [...custom.weekdays, day] : custom.weekdays.filter((picked) => picked !== day),
    });

  const monthlyLabel = (way: MonthlyBy) =>
    way === 'day'
      ? t('repeat.custom.monthly.day', { day: Number(date.slice(8, 10)) })
      : t(`repeat.custom.monthly.${way}`, { nth: NTH_WORDS[nth](), weekday: weekdayName(weekday) });

  return (
    <fieldset className="custom-repeat" disabled={disabled}>
      <legend className="field-label">{t('repeat.custom.title')}</legend>
      <div className="custom-repeat-every">
        <label className="field">
          <span className="field-label">{t('repeat.custom.every')}</span>
          <input
            type="number"
            min={1}
            max={MAX_EVERY[custom.unit]}
            value={custom.every}
            aria-invalid={problem !== null}
            aria-describedby={described}
            onChange={(event) => onChange({ ...custom, every: event.target.value })}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('repeat.custom.unit')}</span>
          <select
            aria-label={t('repeat.custom.unit')}
            value={custom.unit}
            onChange={(event) => onChange({ ...custom, unit: event.target.value as CustomUnit })}
          >
            <option value="weeks">{t('repeat.custom.units.weeks')}</option>
            <option value="months">{t('repeat.custom.units.months')}</option>
          </select>
        </label>
      </div>
      {custom.unit === 'weeks' ? (
        <fieldset className="custom-repeat-weekdays" aria-describedby={described}>
          <legend className="field-label">{t('repeat.custom.weekdays')}</legend>
          {ISO_WEEKDAYS.map((day) => (
            <label key={day} className="custom-repeat-weekday">
              <input
                type="checkbox"
                checked={custom.weekdays.includes(day)}
                onChange={(event) => toggle(day, event.target.checked)}
              />
              {weekdayName(day)}
            </label>
          ))}
        </fieldset>
      ) : (
        <label className="field">
          <span className="field-label">{t('repeat.custom.monthlyBy')}</span>
          <select
            aria-label={t('repeat.custom.monthlyBy')}
            value={monthlyWaysFor(date).includes(custom.monthlyBy) ? custom.monthlyBy : 'day'}
            onChange={(event) => onChange({ ...custom, monthlyBy: event.target.value as MonthlyBy })}
          >
            {monthlyWaysFor(date).map((way) => (
              <option key={way} value={way}>
                {monthlyLabel(way)}
              </option>
            ))}
          </select>
        </label>
      )}
      {problem && (
        <p id={problemId} className="inline-error" aria-live="polite">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
