import { useEffect, useState } from 'react';
import { dayKey, todayIn } from './calendar-model';

const CHECK_EVERY_MS = 60_000;

/** Today's "YYYY-MM-DD" in the business zone, moving on at its midnight. */
export function useTodayKey(timeZone: string): string {
  const [key, setKey] = useState(() => dayKey(todayIn(Date.now(), timeZone)));
  useEffect(() => {
    const refresh = () => setKey(dayKey(todayIn(Date.now(), timeZone)));
    const timer = setInterval(refresh, CHECK_EVERY_MS);
    refresh();
    return () => clearInterval(timer);
  }, [timeZone]);
  return key;
}
