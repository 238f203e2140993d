// Which hours a week shows. A week opens at the working day, or at the hour the owner last
// scrolled a week to. The hour is kept, not the pixels, as the same hour sits lower or higher in
// another week. An hour row the browser has not drawn yet is 44 px high whatever its posts, so a
// week is drawn whole the first time, before it is scrolled to its hour (rows above 08:00 that
// grew as they came near the view pushed it down: a busy week drawn ahead opened at 04:00).
import { useLayoutEffect, useRef, type MutableRefObject, type RefObject } from 'react';

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

/**
 * Places the pane's week at its hour, and keeps the rows in view drawn as the week is shown. The
 * browser draws the other hours only near the view (content-visibility: auto), and re-decides that
 * a frame after a pane put away is shown: the rows in view are marked (`data-near`) in the task
 * that shows the week, after its layout, so they are drawn in the turn's first frame. A week is
 * drawn whole the first time (the grid's `drawnWhole`), so each row has its height before the week
 * is scrolled to its hour.
 */
export function useWeekHours({ pane, current, loaded, drawn, ownerHourRef }: WeekHoursOptions) {
  // The hour this week is at, and the scroll position that puts it there: a scroll to anywhere
  // else is the owner's.
  const held = useRef<{ hour: number; top: number } | null>(null);

  useLayoutEffect(() => {
    const week = pane.current?.querySelector<HTMLElement>('.week');
    if (!week) return;
    const placing = loaded && (current || !drawn);
    if (placing) {
      const hour = ownerHourRef.current ?? FIRST_VISIBLE_HOUR;
      if (held.current?.hour !== hour) held.current = { hour, top: scrollToHour(week, hour) };
    }
    // Laid out now, in the task that shows the week, rather than in the frame; then the rows in
    // view are known exactly, whatever the size of the window or the page around the week. A week
    // drawn ahead is marked as it is placed, so that showing it as it was changes no row.
    if (placing || current) markRowsInView(week);
  }, [pane, current, loaded, drawn, ownerHourRef]);

  const onScroll = (event: { target: EventTarget }) => {
    const week = event.target as HTMLElement;
    if (!week.classList.contains('week')) return;
    const placed = held.current;
    if (placed && Math.abs(week.scrollTop - placed.top) < 1) return;
    const hour = hourAtTop(week);
    held.current = { hour, top: week.scrollTop };
    if (current) ownerHourRef.current = hour;
  };
  return onScroll;
}

/** Marks the hour rows in view as drawn whatever the browser makes of them, and only those. */
export function markRowsInView(week: HTMLElement): void {
  const top = week.scrollTop;
  const bottom = top + week.clientHeight;
  const rows = hourRows(week);
  const inView = new Set<HTMLElement>();
  const first = firstRowPast(rows, (row) => row.offsetTop + row.offsetHeight > top);
  for (let i = first; i < rows.length && rows[i]!.offsetTop < bottom; i++) inView.add(rows[i]!);
  // Unchanged rows are not touched: setting an attribute, even to its value, restyles the row.
  for (const row of week.querySelectorAll<HTMLElement>('[data-near]'))
    if (!inView.has(row)) row.removeAttribute('data-near');
  for (const row of inView) if (!row.hasAttribute('data-near')) row.setAttribute('data-near', '');
}

function hourRows(week: HTMLElement): HTMLElement[] {
  return [...week.querySelectorAll<HTMLElement>('[data-hour]')];
}

/**
 * The index of the first row, in hour order, for which `past` holds (rows.length if none), found
 * by halving: the rows lie top to bottom, and reading a row's place costs about 20 µs in the task
 * that shows a week.
 */
function firstRowPast(rows: HTMLElement[], past: (row: HTMLElement) => boolean): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (past(rows[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
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
  const rows = hourRows(week);
  const first = rows[firstRowPast(rows, (row) => row.offsetTop >= top - HEADROOM_PX)];
  return first ? Number(first.dataset.hour) : FIRST_VISIBLE_HOUR;
}
