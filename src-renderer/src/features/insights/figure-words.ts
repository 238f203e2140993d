// Numbers, percentages and money in the owner's locale (the browser's), and the one phrase
// for a figure that cannot be computed: never 0, never NaN.
import { minorDigits } from '@shared/money';

export const NOT_ENOUGH_DATA = 'not enough data';

export type FigureKind = 'count' | 'percent' | 'money' | 'ratio';

const counts = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
const percents = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 });
const dates = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

export function formatCount(value: number): string {
  return counts.format(value);
}

export function formatPercent(value: number): string {
  return percents.format(value);
}

/** An amount in minor units (cents) of `currency`, e.g. 12345 EUR -> "€123.45". */
export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minor / 10 ** digits);
}

export function formatFigure(value: number | null, kind: FigureKind, currency: string | null = null): string {
  if (value === null || !Number.isFinite(value)) return NOT_ENOUGH_DATA;
  switch (kind) {
    case 'count':
      return formatCount(value);
    case 'percent':
      return formatPercent(value);
    case 'ratio':
      return `${counts.format(value)}×`;
    case 'money':
      return currency ? formatMoney(value, currency) : NOT_ENOUGH_DATA;
  }
}

/** A day label for chart axes, in the business time zone. */
export function formatDay(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone }).format(at);
}

export function formatDayString(day: string): string {
  return dates.format(new Date(`${day}T12:00:00Z`));
}
