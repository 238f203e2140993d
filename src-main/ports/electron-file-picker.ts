// The system's dialogs for backups and exports: the folder backups go to, where an export is
// saved, and which export to import. Each opens over the window when there is one.
import { dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { FilePicker } from '../core/backups/file-picker';

const ZIP = [{ name: 'Cadence export', extensions: ['zip'] }];

export function electronFilePicker(getWindow: () => BrowserWindow | null): FilePicker {
  const open = async (options: OpenDialogOptions) => {
    const window = getWindow();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const save = async (options: SaveDialogOptions) => {
    const window = getWindow();
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  };
  return {
    chooseFolder: () =>
      open({
        title: 'Choose where Cadence keeps its backups',
        properties: ['openDirectory', 'createDirectory'],
      }),
    chooseExportFile: (defaultName) =>
      save({ title: 'Export everything from Cadence', defaultPath: defaultName, filters: ZIP }),
    chooseImportFile: () =>
      open({ title: 'Import a Cadence export', properties: ['openFile'], filters: ZIP }),
  };
}
