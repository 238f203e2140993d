import { minorDigits } from '@shared/money';

/** "12.5" or "12,50" in `currency` -> minor units; null when it is not an amount. */
export function parseMoneyInput(text: string, currency: string): number | null {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 10 ** minorDigits(currency));
}

export function minorToInput(minor: number | null, currency: string | null): string {
  if (minor === null || !currency) return '';
  return String(minor / 10 ** minorDigits(currency));
}
