// Dates and times written for the tray and native menus and notices.

/** Newer ICU puts a narrow no-break space before AM/PM, which some tray menus cannot draw. */
export function drawableInMenus(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}
