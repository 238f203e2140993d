import { useId } from 'react';
import type { SaidText } from '@shared/messages/owner-message';
import { ownerWords } from '../../i18n/owner-words';
import { formatFigure, isMissing, type FigureKind } from './figure-words';

interface FigureValueProps {
  value: number | null;
  kind: FigureKind;
  formula: SaidText;
  /** The formula with this figure's own numbers, when there are any. */
  worked?: string;
  /** Why the value is missing. */
  missing?: SaidText;
  currency?: string | null;
}

/**
 * A number with the formula it came from, shown on hover (title) and on keyboard focus (the
 * tooltip); a figure that cannot be computed says "not enough data" and why.
 */
export function FigureValue({ value, kind, formula, worked, missing, currency = null }: FigureValueProps) {
  const tooltipId = useId();
  const text = formatFigure(value, kind, currency);
  const absent = isMissing(value, kind, currency);
  const explanation = [ownerWords(formula), worked, absent && missing ? ownerWords(missing) : undefined]
    .filter(Boolean)
    .join(' — ');
  return (
    <span className="figure-value" tabIndex={0} title={explanation} aria-describedby={tooltipId}>
      <span className={absent ? 'figure-missing' : undefined}>{text}</span>
      <span role="tooltip" id={tooltipId} className="figure-tooltip">
        {explanation}
      </span>
    </span>
  );
}
