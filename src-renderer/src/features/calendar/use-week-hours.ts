// Which hours a week shows. A week opens at the working day, or at the hour the owner last
// scrolled a week to. The hour is kept, not the pixels, as the same hour sits lower or higher in
// another week. An hour row is drawn only near the view (content-visibility: auto), and is 44 px
// high until it first is: a week being drawn for the first time holds its hour in place while
// the rows above it grow (a busy week drawn ahead opened at 04:00 instead of 08:00). Once drawn,
// the rows keep their heights, and the browser's scroll anchoring keeps the owner's place.
import { useEffect, useLayoutEffect, useRef, type MutableRefObject, type RefObject } from 'react';

/** The working day starts about here; a week opens at it until the owner scrolls. */
const FIRST_VISIBLE_HOUR = 8;

/** Room between the day headers and the hour at the top, so its label reads clear of them. */
const HEADROOM_PX = 4;

interface WeekHoursOptions {
  /** The pane that holds the week (`.week`), if it is one. */
  pane: RefObject<HTMLElement | null>;
  current: boolean;
  loaded: boolean;
  /** Drawn once: a pane drawn ahead is placed while it is drawn, then kept as it is until shown. */
  drawn: boolean;
  /** The hour the owner last scrolled the week on screen to, shared by every week of the page. */
  ownerHourRef: MutableRefObject<number | null>;
}

/** Places the pane's week at its hour; returns the week's scroll handler. */
export function useWeekHours({ pane, current, loaded, drawn, ownerHourRef }: WeekHoursOptions) {
  // The hour this week is at, and the scroll position that puts it there: a scroll to anywhere
  // else is the owner's.
  const held = useRef<{ hour: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const week = pane.current?.querySelector<HTMLElement>('.week');
    if (!week) return;
    // Laid out now, in the task that shows it: its hour rows (content-visibility: auto) are then
    // known on or off screen before the frame, which paints the hours in view. Left to the frame,
    // its paint drew every hour first.
    if (current) week.getBoundingClientRect();
    if (!loaded || !(current || !drawn)) return;
    const hour = ownerHourRef.current ?? FIRST_VISIBLE_HOUR;
    if (held.current?.hour === hour) return;
    held.current = { hour, top: scrollToHour(week, hour) };
  }, [pane, current, loaded, drawn, ownerHourRef]);

  // While the week is drawn for the first time, a row above its hour that comes near the view
  // is drawn and grows: the hour is put back under the day headers. (Only then: a page turn
  // shows a week drawn already, and listening costs every turn the events' dispatch.)
  useEffect(() => {
    const week = pane.current?.querySelector<HTMLElement>('.week');
    if (!week || drawn) return;
    const hold = (event: Event) => {
      const placed = held.current;
      const row = event.target as HTMLElement;
      if (!placed || (event as DrawnEvent).skipped || !(Number(row.dataset.hour) < placed.hour)) return;
      placed.top = scrollToHour(week, placed.hour);
    };
    week.addEventListener('contentvisibilityautostatechange', hold, { capture: true });
    return () => week.removeEventListener('contentvisibilityautostatechange', hold, { capture: true });
  }, [pane, drawn, loaded]);

  return (event: { target: EventTarget }) => {
    const week = event.target as HTMLElement;
    const placed = held.current;
    if (!week.classList.contains('week') || (placed && Math.abs(week.scrollTop - placed.top) < 1)) return;
    const hour = hourAtTop(week);
    held.current = { hour, top: week.scrollTop };
    if (current) ownerHourRef.current = hour;
  };
}

/** What the browser says of a box with content-visibility: auto that starts or stops being drawn. */
interface DrawnEvent extends Event {
  skipped: boolean;
}

function rowOf(week: HTMLElement, hour: number): HTMLElement | null {
  return week.querySelector<HTMLElement>(`[data-hour="${hour}"]`);
}

function headerHeight(week: HTMLElement): number {
  return week.querySelector<HTMLElement>('.week-head')?.offsetHeight ?? 0;
}

/** Scrolls the week to put the hour's row just under the day headers; returns where it scrolled to. */
function scrollToHour(week: HTMLElement, hour: number): number {
  const row = rowOf(week, hour);
  const top = row ? row.offsetTop - headerHeight(week) - HEADROOM_PX : week.scrollTop;
  // Where it is already, the week is left alone: a scroll, even to the same place, is a frame's work.
  if (Math.abs(week.scrollTop - top) >= 1) week.scrollTop = top;
  return week.scrollTop;
}

/** The first hour whose row starts in view under the day headers. */
function hourAtTop(week: HTMLElement): number {
  const top = week.scrollTop + headerHeight(week);
  const rows = week.querySelectorAll<HTMLElement>('[data-hour]');
  for (const row of rows) if (row.offsetTop >= top - HEADROOM_PX) return Number(row.dataset.hour);
  return FIRST_VISIBLE_HOUR;
}
