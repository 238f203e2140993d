// Where the window opens: where the owner left it, as long as that is still on a screen. A
// monitor unplugged since, or a smaller screen than last time, must never leave the window
// off-screen or larger than the screen it opens on.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The window as the owner left it: its normal (not maximised) bounds, and whether it was maximised. */
export interface WindowPlacement {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

/**
 * The placement to open with, given the work areas of the displays there are now (the primary
 * first). The saved size is kept where it fits; the window goes on the display it overlapped most,
 * or on the primary one when it overlaps none, and is moved (then shrunk) until it fits there.
 */
export function placeWindow(saved: WindowPlacement | null, workAreas: readonly Rect[]): WindowPlacement {
  const primary = workAreas[0];
  if (!primary) return { bounds: { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE }, maximized: false };
  if (!saved) return { bounds: centredIn(primary, DEFAULT_WINDOW_SIZE), maximized: false };
  const target = mostOverlapped(saved.bounds, workAreas) ?? primary;
  const width = fitted(saved.bounds.width, MIN_WINDOW_SIZE.width, target.width);
  const height = fitted(saved.bounds.height, MIN_WINDOW_SIZE.height, target.height);
  const overlaps = overlap(saved.bounds, target) > 0;
  const bounds = overlaps
    ? {
        x: clamp(saved.bounds.x, target.x, target.x + target.width - width),
        y: clamp(saved.bounds.y, target.y, target.y + target.height - height),
        width,
        height,
      }
    : centredIn(target, { width, height });
  return { bounds, maximized: saved.maximized };
}

function centredIn(area: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

function mostOverlapped(bounds: Rect, areas: readonly Rect[]): Rect | null {
  let best: Rect | null = null;
  let bestArea = 0;
  for (const area of areas) {
    const shared = overlap(bounds, area);
    if (shared > bestArea) [best, bestArea] = [area, shared];
  }
  return best;
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The saved length, at least the window's minimum, at most what the display has (which wins). */
function fitted(length: number, min: number, available: number): number {
  return Math.min(Math.max(Math.round(length), min), available);
}

function clamp(value: number, low: number, high: number): number {
  return Math.round(Math.min(Math.max(value, low), Math.max(low, high)));
}
