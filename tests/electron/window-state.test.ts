// The real main entry on the fake Electron: the window opens where the owner left it, maximised
// if it was, and on a display that is still there when the monitor it was on has been unplugged.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CreateCore from '../../src-main/core/create-core';
import { readPlacement, WINDOW_STATE_FILE } from '../../src-main/window-state';
import { MIGRATIONS_FOLDER } from '../support/test-core';
import { bootMain, shutDownBooted, type BootedMain } from './boot-main';
import { screen, type FakeBrowserWindow } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
vi.mock('../../src-main/core/create-core', async (importOriginal) => {
  const real = await importOriginal<typeof CreateCore>();
  return {
    ...real,
    createCore: (options: Parameters<typeof real.createCore>[0]) =>
      real.createCore({ ...options, migrationsFolder: MIGRATIONS_FOLDER }),
  };
});

const LAPTOP = { id: 1, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
const MONITOR = { id: 2, workArea: { x: 1440, y: 0, width: 2560, height: 1415 } };

beforeEach(() => {
  screen.displays = [LAPTOP, MONITOR];
});
afterEach(shutDownBooted);

function windowOf(booted: BootedMain): FakeBrowserWindow {
  const window = booted.electron.BrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was opened');
  return window;
}

describe('the window across starts', () => {
  it('opens a first time centred on the primary display', async () => {
    const window = windowOf(await bootMain());
    expect(window.options).toMatchObject({ x: 80, y: 53, width: 1280, height: 820 });
  });

  it('comes back where it was moved, maximised, and on the laptop once the monitor is gone', async () => {
    const first = await bootMain();
    const window = windowOf(first);
    window.emit('ready-to-show');
    window.moveTo({ x: 1800, y: 200, width: 1600, height: 1000 });
    window.maximize();
    expect(readPlacement(first.dataDir)).toEqual({
      bounds: { x: 1800, y: 200, width: 1600, height: 1000 },
      maximized: true,
    });
    await first.quit();

    const second = await bootMain({ dataDir: first.dataDir });
    const again = windowOf(second);
    expect(again.options).toMatchObject({ x: 1800, y: 200, width: 1600, height: 1000 });
    expect(again.isMaximized()).toBe(false);
    again.emit('ready-to-show');
    expect(again.isMaximized()).toBe(true);
    await second.quit();

    screen.displays = [LAPTOP];
    const third = windowOf(await bootMain({ dataDir: first.dataDir }));
    expect(third.options).toMatchObject({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('keeps a move made just before quitting, and opens at the default place when the file is unreadable', async () => {
    const first = await bootMain();
    const window = windowOf(first);
    window.emit('ready-to-show');
    // Quit at once: the write a move schedules has not happened, closing saves it.
    window.moveTo({ x: 100, y: 100, width: 1000, height: 700 });
    await first.quit();
    expect(readPlacement(first.dataDir)?.bounds).toEqual({ x: 100, y: 100, width: 1000, height: 700 });

    writeFileSync(join(first.dataDir, WINDOW_STATE_FILE), '{"bounds": "somewhere"');
    const again = windowOf(await bootMain({ dataDir: first.dataDir }));
    expect(again.options).toMatchObject({ x: 80, y: 53, width: 1280, height: 820 });
  });
});
