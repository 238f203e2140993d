// A moment the owner may ask Cadence to reason about in calendar terms: the plan's week and
// month around it, or the days and weeks of a metrics range. Local times are written with
// four-digit years and instants start at 1970, so a moment keeps a year of room on either side
// for the periods around it in any time zone. Beyond that there is no calendar to show.
import { Instant } from './entities';

export const FIRST_CALENDAR_INSTANT = Date.UTC(1971, 0, 1);
export const LAST_CALENDAR_INSTANT = Date.UTC(9999, 0, 1);

const OUTSIDE = 'Pick a date between 1971 and 9998';

export const CalendarInstant = Instant.min(FIRST_CALENDAR_INSTANT, OUTSIDE).max(
  LAST_CALENDAR_INSTANT,
  OUTSIDE,
);
