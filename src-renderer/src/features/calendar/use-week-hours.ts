// Which hours a week shows. A week opens at the working day, or at the hour the owner last
// scrolled a week to. The hour is kept, not the pixels, as the same hour sits lower or higher in
// another week. An hour row the browser has not drawn yet is 44 px high whatever its posts, so a
// week is drawn whole the first time, before it is scrolled to its hour (rows above 08:00 that
// grew as they came near the view pushed it down: a busy week drawn ahead opened at 04:00).
import { useEffect, useLayoutEffect, useRef, useState, type MutableRefObject, type RefObject } from 'react';

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

/** The first and last hour drawn whatever the browser makes of them, or null for all 24. */
export type NearHours = readonly [number, number] | null;

/**
 * Places the pane's week at its hour, and says which hours to keep drawn: all of them the first
 * time the week is drawn, so each row has its height before the week is scrolled, then those in
 * view and a quarter of a view either side. The browser draws the others only near the view
 * (content-visibility: auto), and re-decides that after a pane put away is shown, a frame late:
 * the hours kept drawn are there in the first frame of a page turn.
 */
export function useWeekHours({ pane, current, loaded, drawn, ownerHourRef }: WeekHoursOptions) {
  // The hour this week is at, and the scroll position that puts it there: a scroll to anywhere
  // else is the owner's.
  const held = useRef<{ hour: number; top: number } | null>(null);
  const [near, setNear] = useState<NearHours>(null);
  const frame = useRef<number | null>(null);

  // At the start of the next frame, where reading the layout costs no extra pass.
  const measureSoon = (week: HTMLElement) => {
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      const [from, to] = hoursNear(week);
      setNear((known) => (known && known[0] === from && known[1] === to ? known : [from, to]));
    });
  };

  useLayoutEffect(() => {
    const week = pane.current?.querySelector<HTMLElement>('.week');
    if (!week) return;
    // Laid out now, in the task that shows it, rather than in the frame.
    if (current) week.getBoundingClientRect();
    if (!loaded || !(current || !drawn)) return;
    const hour = ownerHourRef.current ?? FIRST_VISIBLE_HOUR;
    if (held.current?.hour === hour) return;
    held.current = { hour, top: scrollToHour(week, hour) };
    if (drawn) measureSoon(week);
  }, [pane, current, loaded, drawn, ownerHourRef]);

  // Once drawn whole, only the hours near the view are kept drawn.
  useLayoutEffect(() => {
    const week = pane.current?.querySelector<HTMLElement>('.week');
    if (week && drawn) measureSoon(week);
  }, [pane, drawn]);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const onScroll = (event: { target: EventTarget }) => {
    const week = event.target as HTMLElement;
    if (!week.classList.contains('week')) return;
    if (drawn) measureSoon(week);
    const placed = held.current;
    if (placed && Math.abs(week.scrollTop - placed.top) < 1) return;
    const hour = hourAtTop(week);
    held.current = { hour, top: week.scrollTop };
    if (current) ownerHourRef.current = hour;
  };
  return { onScroll, near: drawn ? near : null };
}

/** The hours in view, and a quarter of a view above and below. */
function hoursNear(week: HTMLElement): [number, number] {
  const margin = week.clientHeight / 4;
  const top = week.scrollTop - margin;
  const bottom = week.scrollTop + week.clientHeight + margin;
  let from = 23;
  let to = 0;
  for (const row of week.querySelectorAll<HTMLElement>('[data-hour]')) {
    if (row.offsetTop + row.offsetHeight <= top || row.offsetTop >= bottom) continue;
    const hour = Number(row.dataset.hour);
    from = Math.min(from, hour);
    to = Math.max(to, hour);
  }
  return from <= to ? [from, to] : [0, 23];
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
