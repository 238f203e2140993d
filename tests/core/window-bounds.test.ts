// Where the window opens, on the displays there are now: where it was left, or moved onto a
// display that is still there, never larger than that display.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, placeWindow, type Rect } from '../../src-main/core/desktop/window-bounds';

const LAPTOP: Rect = { x: 0, y: 25, width: 1440, height: 875 };
/** An external monitor to the right of the laptop. */
const MONITOR: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('placing the window', () => {
  it('opens a first window at the default size, centred on the primary display', () => {
    expect(placeWindow(null, [LAPTOP, MONITOR])).toEqual({
      bounds: { x: 80, y: 53, ...DEFAULT_WINDOW_SIZE },
      maximized: false,
    });
  });

  it('restores the size, position and maximised state it was left with', () => {
    const saved = { bounds: { x: 1800, y: 200, width: 1600, height: 1000 }, maximized: true };
    expect(placeWindow(saved, [LAPTOP, MONITOR])).toEqual(saved);
  });

  it('moves a window left on a monitor that is gone onto the primary display, and fits it there', () => {
    const saved = { bounds: { x: 1800, y: 200, width: 1600, height: 1000 }, maximized: true };
    expect(placeWindow(saved, [LAPTOP])).toEqual({
      bounds: { x: 0, y: 25, width: 1440, height: 875 },
      maximized: true,
    });
    const small = { bounds: { x: 2000, y: 300, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(small, [LAPTOP]).bounds).toEqual({ x: 220, y: 113, width: 1000, height: 700 });
  });

  it('pulls back a window half off the edge of its display, onto the display it mostly covers', () => {
    const hanging = { bounds: { x: 1000, y: -300, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(hanging, [LAPTOP]).bounds).toEqual({ x: 440, y: 25, width: 1000, height: 700 });
    const straddling = { bounds: { x: 1200, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(straddling, [LAPTOP, MONITOR]).bounds).toEqual({
      x: 1440,
      y: 100,
      width: 1000,
      height: 700,
    });
  });

  it('keeps the minimum size where the display has room, and never exceeds the display', () => {
    const tiny = { bounds: { x: 10, y: 40, width: 200, height: 100 }, maximized: false };
    expect(placeWindow(tiny, [LAPTOP]).bounds).toEqual({ x: 10, y: 40, width: 900, height: 600 });
    const netbook: Rect = { x: 0, y: 0, width: 800, height: 560 };
    expect(placeWindow(tiny, [netbook]).bounds).toEqual({ x: 0, y: 0, width: 800, height: 560 });
  });
});
