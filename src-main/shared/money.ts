// Money as integer minor units (cents) of one ISO 4217 currency. Amounts in different
// currencies are never added together: a total keeps one sum per currency.

export interface Money {
  minor: number;
  currency: string;
}

/** Sums per currency, e.g. { EUR: 12_050 }; more than one key means the total is mixed. */
export type MoneyTotal = Record<string, number>;

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** ISO 4217 codes the platform knows; Intl.NumberFormat alone accepts any three letters. */
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return CURRENCY_CODE.test(code) && KNOWN_CURRENCIES.has(code);
}

/** Digits after the decimal point: 2 for EUR and USD, 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

export function addToTotal(total: MoneyTotal, money: Money): MoneyTotal {
  total[money.currency] = (total[money.currency] ?? 0) + money.minor;
  return total;
}

/** The single-currency amount of a total, or why there is none. */
export function singleCurrency(
  total: MoneyTotal | null,
): { ok: true; money: Money } | { ok: false; reason: 'none' | 'mixed'; currencies: string[] } {
  const currencies = Object.keys(total ?? {}).sort();
  if (currencies.length === 0) return { ok: false, reason: 'none', currencies };
  if (currencies.length > 1) return { ok: false, reason: 'mixed', currencies };
  const currency = currencies[0]!;
  return { ok: true, money: { minor: total![currency]!, currency } };
}

/** Minor units as a plain decimal string in the currency's own precision: 1234 EUR -> "12.34". */
export function minorToDecimal(money: Money): string {
  const digits = minorDigits(money.currency);
  const sign = money.minor < 0 ? '-' : '';
  const abs = String(Math.abs(money.minor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${abs}` : `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}
