// The grids' render mark, which the bench times to (tests/bench/calendar-render.ts, app-ready.ts).
// It is set once the frame that shows a commit has been painted, so every page counts the same
// work: the commit, then style, layout and paint. A mark from a passive effect landed before that
// frame on some pages and after it on others, and the figures split into two groups.
import { useLayoutEffect } from 'react';

const RENDERED_MARK = 'cadence:calendar-rendered';

/** Marks each commit of the calling grid once the frame showing it has been painted. */
export function usePaintedMark(): void {
  useLayoutEffect(() => {
    // A frame's animation callbacks run before its style, layout and paint; a message posted
    // from one is delivered as a task after them.
    const frame = requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        performance.mark(RENDERED_MARK);
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    });
    // A newer commit before that frame marks instead: one mark per painted frame.
    return () => cancelAnimationFrame(frame);
  });
}
