// The best time to post as the owner reads it: the next date and time that hour of the week comes
// round on the business clock, "Tue 6:00 PM" in the owner's language, and how sure Cadence is,
// in words. The composer's hint and the Queue view's "Use the best times" read the same answer.
import type { BestTimeAnswer } from '@shared/best-times';
import { NETWORK_LABELS, type Network } from '@shared/entities';
import { checkLocalTime, formatLocal, localAt } from '@shared/zoned-time';
import { t } from '../i18n/i18n';
import { formatDateTime, formatNumber } from './format';

const pad = (n: number) => String(n).padStart(2, '0');

/** The slot time the best hour stands for, "18:00", as the queue stores slot times. */
export const slotTimeOf = (best: BestTimeAnswer) => `${pad(best.hour)}:00`;

/**
 * The next instant, after `now`, that is the best hour's weekday and hour on the business clock;
 * a week on when the clock skips that hour (a spring-forward night), so the answer is always real.
 */
export function nextBestInstant(best: BestTimeAnswer, timeZone: string, now = Date.now()): number {
  const today = localAt(now, timeZone);
  const weekdayToday = ((new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay() + 6) % 7) + 1;
  for (let days = (best.weekday - weekdayToday + 7) % 7; ; days += 7) {
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
    const local = formatLocal({
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
      hour: best.hour,
      minute: 0,
    });
    const check = checkLocalTime(local, timeZone);
    const utc =
      check.kind === 'exact'
        ? check.utc
        : check.kind === 'ambiguous'
          ? (check.options[0]?.utc ?? null)
          : null;
    if (utc !== null && utc > now) return utc;
  }
}

/** "Tue 6:00 PM" ("Di., 18:00"): the weekday and hour on the business clock. */
export function weekHourWords(utc: number, timeZone: string): string {
  return formatDateTime(utc, { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone });
}

/** How the hour was found and how sure Cadence is, in a sentence. */
export function bestTimeNote(best: BestTimeAnswer, network: Network): string {
  if (best.source === 'learned') {
    return t('common:bestTime.learned', {
      count: best.samples,
      low: formatNumber(Math.round(best.low)),
      high: formatNumber(Math.round(best.high)),
    });
  }
  const networkName = NETWORK_LABELS[network];
  const missing = best.postsNeeded - best.postsSoFar;
  return missing > 0
    ? t('common:bestTime.typical', { network: networkName, count: missing })
    : t('common:bestTime.typicalSpread', { network: networkName });
}
