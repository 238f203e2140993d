// Which hours of the week on screen, in view, the browser has left undrawn: a week's hour rows
// have `content-visibility: auto`, and a row the browser skipped shows empty for a frame. The
// bench's page turns and the calendar's e2e check it inside the page, in the task after a frame,
// before the browser looks at the rows again; so it is installed in the page as a function.

/** What `installHoursLeftUndrawn` adds to the page's window. */
export interface HoursLeftUndrawnInPage {
  /** The hours in view not drawn ([] for a month), or null when no period is on screen. */
  cadenceHoursLeftUndrawn(): number[] | null;
}

/** Pass to `page.evaluate`: it runs in the page, so it uses nothing from outside its own body. */
export function installHoursLeftUndrawn(): void {
  // A method rather than a named function: the TypeScript loaders wrap those in a naming helper
  // that does not exist in the page.
  const helper: HoursLeftUndrawnInPage = {
    cadenceHoursLeftUndrawn(): number[] | null {
      const pane = document.querySelector('main .calendar-pane[data-state="current"]');
      const view = pane?.querySelector('.week, .month')?.getBoundingClientRect();
      if (!pane || !view) return null;
      return [...pane.querySelectorAll<HTMLElement>('[data-hour]')]
        .filter((row) => {
          const box = row.getBoundingClientRect();
          const inView = box.bottom > view.top && box.top < view.bottom;
          return inView && !row.firstElementChild!.checkVisibility({ contentVisibilityAuto: true });
        })
        .map((row) => Number(row.dataset.hour));
    },
  };
  Object.assign(window, helper);
}
