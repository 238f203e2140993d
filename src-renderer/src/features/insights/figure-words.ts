// Numbers, percentages and money in the owner's locale, and the one phrase for a figure that
// cannot be computed: never 0, never NaN.
import { minorDigits } from '@shared/money';
import { t } from '../../i18n/i18n';
import { formatCurrency, formatDateTime, formatNumber, formatPercent as percentOf } from '../../lib/format';

export type FigureKind = 'count' | 'percent' | 'money' | 'ratio';

export function formatCount(value: number): string {
  return formatNumber(value, { maximumFractionDigits: 2 });
}

export function formatPercent(value: number): string {
  return percentOf(value);
}

/** An amount in minor units (cents) of `currency`, e.g. 12345 EUR -> "€123.45". */
export function formatMoney(minor: number, currency: string): string {
  return formatCurrency(minor / 10 ** minorDigits(currency), currency);
}

/** Whether a figure has no value to show ("not enough data"). */
export function isMissing(value: number | null, kind: FigureKind, currency: string | null): boolean {
  return value === null || !Number.isFinite(value) || (kind === 'money' && !currency);
}

export function formatFigure(value: number | null, kind: FigureKind, currency: string | null = null): string {
  if (value === null || isMissing(value, kind, currency)) return t('insights:notEnoughData');
  switch (kind) {
    case 'count':
      return formatCount(value);
    case 'percent':
      return formatPercent(value);
    case 'ratio':
      return `${formatCount(value)}×`;
    case 'money':
      return formatMoney(value, currency!);
  }
}

/** A day label for chart axes, in the business time zone. */
export function formatDay(at: number, timeZone: string): string {
  return formatDateTime(at, { day: 'numeric', month: 'short', timeZone });
}

export function formatDayString(day: string): string {
  return formatDateTime(new Date(`${day}T12:00:00Z`), { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
