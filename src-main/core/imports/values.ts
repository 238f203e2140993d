// Reads the numbers, amounts and dates of exports written in any locale: "1.234,56 €",
// "$1,234.56", "(12.50)", "20261126", "26.11.2026", "Nov 26, 2026".
import { checkLocalTime, localStringAt } from '../../shared/zoned-time';
import { isCurrencyCode, minorDigits } from '../../shared/money';

export type DecimalMark = ',' | '.';

export interface Amount {
  negative: boolean;
  integer: string;
  fraction: string;
  /** The currency the text named with a symbol or code, if any. */
  currency: string | null;
}

/** Symbols, longest first so "US$" wins over "$". "$" alone is taken as USD unless the file says otherwise. */
const SYMBOLS: Array<[string, string]> = [
  ['US$', 'USD'],
  ['CA$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['$', 'USD'],
];
const SPACES = /[\s\u00a0\u202f']/g;

export function parseAmount(raw: string, decimal: DecimalMark): Amount | null {
  let text = raw.trim();
  if (text === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  let currency: string | null = null;
  const code = /^([A-Za-z]{3})\s+|\s+([A-Za-z]{3})$/.exec(text);
  if (code && isCurrencyCode((code[1] ?? code[2])!.toUpperCase())) {
    currency = (code[1] ?? code[2])!.toUpperCase();
    text = text.replace(code[0], '');
  }
  if (/^[-−]/.test(text)) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  for (const [symbol, symbolCurrency] of SYMBOLS) {
    if (text.includes(symbol)) {
      currency ??= symbolCurrency;
      text = text.replace(symbol, '');
      break;
    }
  }
  text = text.replace(SPACES, '');
  if (/^[-−]/.test(text)) {
    negative = !negative;
    text = text.slice(1);
  }
  if (text.endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1);
  }
  const thousands = decimal === ',' ? '.' : ',';
  text = text.split(thousands).join('');
  const match = new RegExp(`^(\\d*)(?:\\${decimal}(\\d*))?$`).exec(text);
  if (!match || (match[1] === '' && !match[2])) return null;
  return { negative, integer: match[1] || '0', fraction: match[2] ?? '', currency };
}

/** The amount in minor units of `currency`, rounded half away from zero. */
export function toMinor(amount: Amount, currency: string): number {
  const digits = minorDigits(currency);
  const fraction = amount.fraction.padEnd(digits + 1, '0');
  let minor = Number(amount.integer + fraction.slice(0, digits));
  if (Number(fraction[digits]) >= 5) minor += 1;
  return amount.negative && minor !== 0 ? -minor : minor;
}

export function toNumber(amount: Amount): number {
  const value = Number(`${amount.integer}.${amount.fraction || '0'}`);
  return amount.negative ? -value : value;
}

/**
 * Which mark a column of numbers uses for decimals. "1.234,56" or "12,5" decides for the
 * comma, "1,234.56" or "12.5" for the point; "1,234" alone could be either, so it falls to
 * the file's delimiter: ";"-separated files come from decimal-comma locales.
 */
export function detectDecimalMark(values: string[], delimiter: string): DecimalMark {
  let comma = 0;
  let point = 0;
  for (const raw of values) {
    const text = raw.replace(/[^\d.,]/g, '');
    const lastComma = text.lastIndexOf(',');
    const lastPoint = text.lastIndexOf('.');
    if (lastComma !== -1 && lastPoint !== -1) {
      if (lastComma > lastPoint) comma++;
      else point++;
    } else if (lastComma !== -1) {
      if (text.length - lastComma - 1 !== 3 || text.split(',').length > 2) {
        if (text.split(',').length === 2) comma++;
      }
    } else if (lastPoint !== -1) {
      if (text.length - lastPoint - 1 !== 3 || text.split('.').length > 2) {
        if (text.split('.').length === 2) point++;
      }
    }
  }
  if (comma !== point) return comma > point ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}

export type DateOrder = 'mdy' | 'dmy';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A calendar day as YYYY-MM-DD, or null when the text is not a real date. */
export function parseDate(raw: string, order: DateOrder = 'mdy'): string | null {
  const text = raw.trim();
  let y: number, m: number, d: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(text))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(text))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?:\s.*)?$/.exec(text))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), fullYear(match[3]!)];
  } else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:\s.*)?$/.exec(text))) {
    const [a, b] = [Number(match[1]), Number(match[2])];
    [m, d] = order === 'mdy' ? [a, b] : [b, a];
    y = fullYear(match[3]!);
  } else if ((match = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/.exec(text))) {
    [m, d, y] = [MONTHS.indexOf(match[1]!.toLowerCase()) + 1, Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(text))) {
    [d, m, y] = [Number(match[1]), MONTHS.indexOf(match[2]!.toLowerCase()) + 1, Number(match[3])];
  } else return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Day-first when any date's first number is over 12; month-first otherwise. */
export function detectDateOrder(values: string[]): DateOrder {
  for (const value of values) {
    const match = /^(\d{1,2})\/(\d{1,2})\//.exec(value.trim());
    if (match && Number(match[1]) > 12) return 'dmy';
    if (match && Number(match[2]) > 12) return 'mdy';
  }
  return 'mdy';
}

/**
 * An instant from "2026-11-26 10:15:32 -0500", "2026-11-26T15:15:32Z" or a wall-clock
 * "2026-11-26 15:15" read in `timeZone` (Stripe's "Created (UTC)" passes "UTC").
 */
export function parseTimestamp(raw: string, timeZone: string, order: DateOrder = 'mdy'): number | null {
  const text = raw.trim();
  const iso =
    /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (iso) {
    const [, day, hour, minute, second = '0', zone] = iso;
    const seconds = Number(second) * 1000;
    if (zone) {
      const offset = zone === 'Z' ? '+00:00' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
      const at = Date.parse(`${day}T${hour!.padStart(2, '0')}:${minute}:00${offset}`);
      return Number.isNaN(at) ? null : at + seconds;
    }
    return wallClock(day!, Number(hour), Number(minute), timeZone, seconds);
  }
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?/.exec(text);
  const date = parseDate((time ? text.slice(0, time.index) : text).trim().replace(/,$/, ''), order);
  if (!date) return null;
  let hour = time ? Number(time[1]) : 0;
  const meridiem = time?.[4]?.toLowerCase();
  if (meridiem) hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  return wallClock(date, hour, time ? Number(time[2]) : 0, timeZone, time?.[3] ? Number(time[3]) * 1000 : 0);
}

/** The business day an instant falls on. */
export function dayIn(instant: number, timeZone: string): string {
  return localStringAt(instant, timeZone).slice(0, 10);
}

function wallClock(day: string, hour: number, minute: number, timeZone: string, ms: number): number | null {
  if (hour > 23 || minute > 59) return null;
  try {
    const local = `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    const check = checkLocalTime(local, timeZone);
    // A time the clocks skipped or repeated: the earlier reading is as good as any for a day's totals.
    return (check.kind === 'exact' ? check.utc : check.options[0]!.utc) + ms;
  } catch {
    return null;
  }
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}
