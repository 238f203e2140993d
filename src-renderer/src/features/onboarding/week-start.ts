// The first day of the owner's week, from their locale: the plan's weeks start on it.
type WeekInfoLocale = Intl.Locale & {
  weekInfo?: { firstDay?: number };
  getWeekInfo?: () => { firstDay?: number };
};

/** 0 for Sunday, 1 for Monday. Locales that report nothing (older engines) count as en-US: Sunday. */
export function localeWeekStartsOn(language: string = navigator.language): 0 | 1 {
  try {
    const locale = new Intl.Locale(language) as WeekInfoLocale;
    // Chromium exposes weekInfo as a getter, newer engines as getWeekInfo(); ISO 7 is Sunday.
    const firstDay = locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay;
    if (firstDay === undefined) return 0;
    return firstDay === 7 ? 0 : 1;
  } catch {
    return 0;
  }
}
