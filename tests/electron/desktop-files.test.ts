// The glue behind the DesktopFiles port: a "Remind me" post's image shown in the file manager, and
// dragged out of the window as a file, with a thumbnail of itself as the drag's icon.
import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { electronDesktopFiles } from '../../src-main/ports/electron-desktop-files';
import { nativeImage, shell } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

describe('Electron desktop files', () => {
  it('shows the file in its folder through the shell', () => {
    electronDesktopFiles(() => null).showInFolder('/data/reminders/t1/1-rye.png');
    expect(shell.showItemInFolder).toHaveBeenCalledWith('/data/reminders/t1/1-rye.png');
  });

  it('starts the drag from the window, with the image itself as the icon', () => {
    const startDrag = vi.fn();
    const window = { webContents: { startDrag } } as unknown as BrowserWindow;
    electronDesktopFiles(() => window).startDrag('/data/reminders/t1/1-rye.png');
    expect(nativeImage.createFromPath).toHaveBeenCalledWith('/data/reminders/t1/1-rye.png');
    expect(startDrag).toHaveBeenCalledWith({
      file: '/data/reminders/t1/1-rye.png',
      icon: expect.objectContaining({ source: '/data/reminders/t1/1-rye.png' }),
    });
  });

  it('does nothing when there is no window to drag from', () => {
    expect(() => electronDesktopFiles(() => null).startDrag('/x.png')).not.toThrow();
  });
});
