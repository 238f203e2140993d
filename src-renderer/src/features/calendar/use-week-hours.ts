// Which hours a week shows. A week opens at the working day, or at the hour the owner last
// scrolled a week to, and keeps that hour at the top while the rows around it are drawn: an hour
// row is drawn only near the view (content-visibility: auto), and until then it is 44 px high
// whatever its posts, so the rows above the hour grow as they are drawn and would push it down
// the screen (a busy week opened at 04:00 instead of 08:00). The hour is kept, not the pixels, as
// the same hour sits lower or higher in another week.
import { useEffect, useLayoutEffect, useRef, type MutableRefObject, type RefObject } from 'react';

/** The working day starts about here; a week opens at it until the owner scrolls. */
export const FIRST_VISIBLE_HOUR = 8;

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
  // The hour this week is held at, and the scroll position that holds it: a scroll to anywhere
  // else is the owner's, and from then on the week is theirs to scroll.
  const held = useRef<{ hour: number; top: number; following: boolean } | null>(null);

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
    held.current = { hour, top: scrollToHour(week, hour), following: true };
  }, [pane, current, loaded, drawn, ownerHourRef]);

  // Rows drawn as they come near the view change height: hold the hour where it was put.
  useEffect(() => {
    const week = pane.current?.querySelector<HTMLElement>('.week');
    if (!week) return;
    const hold = () => {
      const placed = held.current;
      if (placed?.following) placed.top = scrollToHour(week, placed.hour);
    };
    week.addEventListener('contentvisibilityautostatechange', hold, { capture: true });
    return () => week.removeEventListener('contentvisibilityautostatechange', hold, { capture: true });
  });

  return (event: { target: EventTarget }) => {
    const week = event.target as HTMLElement;
    const placed = held.current;
    if (!week.classList.contains('week') || (placed && Math.abs(week.scrollTop - placed.top) < 1)) return;
    const hour = hourAtTop(week);
    held.current = { hour, top: week.scrollTop, following: false };
    if (current) ownerHourRef.current = hour;
  };
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
  if (row) week.scrollTop = row.offsetTop - headerHeight(week) - HEADROOM_PX;
  return week.scrollTop;
}

/** The first hour whose row starts in view under the day headers. */
function hourAtTop(week: HTMLElement): number {
  const top = week.scrollTop + headerHeight(week);
  const rows = week.querySelectorAll<HTMLElement>('[data-hour]');
  for (const row of rows) if (row.offsetTop >= top - HEADROOM_PX) return Number(row.dataset.hour);
  return FIRST_VISIBLE_HOUR;
}
