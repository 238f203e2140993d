// A "Remind me" post's images as files: shown in the file manager, or dragged out of the window
// into the browser's upload field. The core decides which file; this only asks Electron.
import { nativeImage, shell, type BrowserWindow } from 'electron';
import type { DesktopFiles } from '../core/ports';

/** The drag needs an icon; a thumbnail of the image itself shows what is being dragged. */
const DRAG_ICON_SIZE = 64;

export function electronDesktopFiles(getWindow: () => BrowserWindow | null): DesktopFiles {
  return {
    showInFolder: (path) => shell.showItemInFolder(path),
    startDrag: (path) => {
      const icon = nativeImage.createFromPath(path).resize({ width: DRAG_ICON_SIZE });
      getWindow()?.webContents.startDrag({ file: path, icon });
    },
  };
}
