// How the calendar draws its selection: one style sheet over the chips, so selecting a post does
// not re-render any chip (they are memoised by what they show). The sheet is a constructed one,
// adopted by the document: the app's Content-Security-Policy (style-src 'self', src-main/csp.ts)
// refuses a <style> element's text, which left selected chips looking unselected and logged a
// violation on every selection.
import { useEffect, useMemo } from 'react';

const SELECTED_CHIP = 'outline: 3px solid var(--accent); outline-offset: 1px; background: var(--accent-soft)';

/** Draws the chips of `selectedIds` as selected while the calling component is mounted. */
export function useSelectionStyle(selectedIds: readonly string[]): void {
  const sheet = useMemo(() => new CSSStyleSheet(), []);
  useEffect(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [sheet]);

  const rules =
    selectedIds.length === 0
      ? ''
      : `${selectedIds.map((id) => `.chip[data-post-id="${CSS.escape(id)}"]`).join(',')}{${SELECTED_CHIP}}`;
  useEffect(() => sheet.replaceSync(rules), [sheet, rules]);
}
