// The window opens where the owner left it: its normal bounds and whether it was maximised are
// kept in the data folder, and placed on the displays there are at the next start (placeWindow).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, type BrowserWindow } from 'electron';
import { z } from 'zod';
import { placeWindow, type Rect, type WindowPlacement } from './core/desktop/window-bounds';

export const WINDOW_STATE_FILE = 'window-state.json';
/** Dragging or resizing fires many events; one write after they stop covers them all. */
const SAVE_AFTER_MS = 500;

const Length = z.number().finite().positive();
const SavedPlacement = z.object({
  bounds: z.object({ x: z.number().finite(), y: z.number().finite(), width: Length, height: Length }),
  maximized: z.boolean(),
});

/** What was saved, or null when nothing (or nothing readable) was: a lost file only costs the position. */
export function readPlacement(dataDir: string): WindowPlacement | null {
  try {
    const parsed = SavedPlacement.safeParse(
      JSON.parse(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The work areas of the displays there are now, the primary one first. */
export function displayWorkAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
  return [primary, ...others].map((display) => display.workArea);
}

/** Where the window opens at this start. */
export function initialPlacement(dataDir: string): WindowPlacement {
  return placeWindow(readPlacement(dataDir), displayWorkAreas());
}

/** Saves the window's placement as the owner moves, resizes, maximises and closes it. */
export function rememberPlacement(window: BrowserWindow, dataDir: string, saveAfterMs = SAVE_AFTER_MS): void {
  let pending: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    if (pending) clearTimeout(pending);
    pending = null;
    if (window.isDestroyed()) return;
    writePlacement(dataDir, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  };
  const saveSoon = () => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(save, saveAfterMs);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', save);
  window.on('unmaximize', save);
  // Before the window hides in the tray or goes: its bounds are still those the owner left.
  window.on('close', save);
}

function writePlacement(dataDir: string, placement: WindowPlacement): void {
  const file = join(dataDir, WINDOW_STATE_FILE);
  try {
    // Renamed over the old file only once complete: a crash mid-write leaves the previous one.
    writeFileSync(`${file}.tmp`, JSON.stringify(placement));
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    console.error('[cadence] could not save where the window is', error);
  }
}
