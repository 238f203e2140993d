import { useId, useState } from 'react';
import { t } from '../../i18n/i18n';
import { customRangeProblem, presetRange, rangeOf, type DateRange, type RangePreset } from './date-range';
import { InlineError } from '../../components/inline-error';

const PRESETS = [
  { value: '7', label: 'last7' },
  { value: '30', label: 'last30' },
  { value: '90', label: 'last90' },
  { value: 'custom', label: 'custom' },
] as const satisfies ReadonlyArray<{ value: RangePreset; label: string }>;

interface RangePickerProps {
  range: DateRange;
  timeZone: string;
  onChange(range: DateRange): void;
}

export function RangePicker({ range, timeZone, onChange }: RangePickerProps) {
  const id = useId();
  const [preset, setPreset] = useState<RangePreset>('30');
  const [fromDay, setFromDay] = useState(range.fromDay);
  const [toDay, setToDay] = useState(range.toDay);
  const problem = preset === 'custom' ? customRangeProblem(fromDay, toDay) : null;

  const choose = (next: RangePreset) => {
    setPreset(next);
    if (next !== 'custom') onChange(presetRange(next, timeZone));
  };
  const applyCustom = (from: string, to: string) => {
    setFromDay(from);
    setToDay(to);
    if (customRangeProblem(from, to) === null) onChange(rangeOf(from, to, timeZone));
  };

  return (
    <div className="insights-range" role="group" aria-label={t('insights:range.label')}>
      <label className="field inline" htmlFor={`${id}-preset`}>
        <span className="field-label">{t('insights:range.label')}</span>
        <select id={`${id}-preset`} value={preset} onChange={(e) => choose(e.target.value as RangePreset)}>
          {PRESETS.map((p) => (
            <option key={p.value} value={p.value}>
              {t(`insights:range.${p.label}`)}
            </option>
          ))}
        </select>
      </label>
      {preset === 'custom' && (
        <>
          <label className="field inline">
            <span className="field-label">{t('insights:range.first')}</span>
            <input type="date" value={fromDay} onChange={(e) => applyCustom(e.target.value, toDay)} />
          </label>
          <label className="field inline">
            <span className="field-label">{t('insights:range.last')}</span>
            <input type="date" value={toDay} onChange={(e) => applyCustom(fromDay, e.target.value)} />
          </label>
        </>
      )}
      <InlineError message={problem} />
    </div>
  );
}
