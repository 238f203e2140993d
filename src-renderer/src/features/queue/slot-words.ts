// Weekdays and slot times in the owner's language, from Intl rather than a catalog.
import { formatDateTime } from '../../lib/format';

/** 1 January 2024 was a Monday: ISO weekday n is that date plus n - 1 days. */
const MONDAY = Date.UTC(2024, 0, 1);
const DAY = 24 * 60 * 60 * 1000;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function weekdayName(weekday: number): string {
  return formatDateTime(MONDAY + (weekday - 1) * DAY, { weekday: 'long', timeZone: 'UTC' });
}

/** "09:30" as the locale writes a time ("9:30 AM", "09:30"). */
export function slotTimeWords(time: string): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return formatDateTime(Date.UTC(2024, 0, 1, hour, minute), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  });
}
