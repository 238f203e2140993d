import { formatDateTime } from '../../lib/format';

/** Every IANA zone this platform knows, with the current one kept even if the list omits it (as with "UTC"). */
export function timeZoneChoices(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [...zones, current].sort();
}

/** "9:41 AM", the wall-clock time in a zone right now. */
export function timeNowIn(timeZone: string, now = Date.now()): string {
  try {
    return formatDateTime(now, { hour: 'numeric', minute: '2-digit', timeZone });
  } catch {
    return '';
  }
}
