// The grids' render mark, which the bench times to (tests/bench/calendar-render.ts, app-ready.ts).
// It is set once the frame that shows a commit has been painted, so every page counts the same
// work: the commit, then style, layout and paint. A mark from a passive effect landed before that
// frame on some pages and after it on others, and the figures split into two groups.
import { useLayoutEffect } from 'react';

const RENDERED_MARK = 'cadence:calendar-rendered';

interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

/**
 * Runs `callback` as a task once the current frame is painted. A frame's animation callbacks run
 * before its style, layout and paint, so a task posted from one runs after them. Chromium's
 * user-blocking task runs before ordinary tasks queued earlier (React's passive effects, which
 * start the follow-up reads), which would otherwise be counted as painting. Electron's Chromium
 * has the task scheduler; where it is missing (a test DOM) the callback never runs, so no mark is
 * set and no pane drawn ahead is put away (calendar-pane.tsx).
 */
export function afterPaint(callback: () => void): number {
  return requestAnimationFrame(() => {
    const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
    void scheduler?.postTask(callback, { priority: 'user-blocking' });
  });
}

/** Marks each commit of the calling grid, while `shown`, once the frame showing it has been painted. */
export function usePaintedMark(shown: boolean): void {
  useLayoutEffect(() => {
    if (!shown) return;
    const frame = afterPaint(() => performance.mark(RENDERED_MARK));
    // A newer commit before that frame marks instead: one mark per painted frame.
    return () => cancelAnimationFrame(frame);
  });
}
