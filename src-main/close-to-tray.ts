// Closing the window must not stop the publishing timer, which lives in this process: while
// the owner's closeToTray setting is on, the window only hides and Cadence stays in the tray.
import { dialog, type BrowserWindow } from 'electron';
import type { Core } from './core/create-core';
import { invokeCore } from './invoke-core';
import { AppSettings } from './shared/app-settings';
import type { Words } from './shared/messages/words';

export interface CloseToTrayOptions {
  core: Pick<Core, 'invoke'>;
  /** True once the app is really quitting (tray menu, Cmd+Q, system shutdown). */
  isQuitting(): boolean;
  quit(): void;
  /** The owner's language. */
  words(): Words;
}

/**
 * Electron needs the answer to "close?" at once, but the setting is read through the core,
 * so every close the app did not ask for is held, then turned into a hide or a real quit.
 */
export function keepRunningOnClose(window: BrowserWindow, options: CloseToTrayOptions): void {
  // Two quick closes must not explain twice while the first is still being saved.
  const explaining = { started: false };
  window.on('close', (event) => {
    if (options.isQuitting()) return;
    event.preventDefault();
    closeRequested(window, options, explaining).catch((error: unknown) => {
      console.error('[cadence] could not handle closing the window', error);
    });
  });
}

async function closeRequested(
  window: BrowserWindow,
  options: CloseToTrayOptions,
  explaining: { started: boolean },
): Promise<void> {
  const read = await invokeCore(options.core, 'settings.get', undefined);
  if (options.isQuitting() || window.isDestroyed()) return;
  // If the settings cannot be read, the default (stay in the tray) keeps posts going out.
  const settings = read.ok ? read.value : AppSettings.parse({});
  if (!read.ok) console.error('[cadence] could not read the settings on close', read.error);
  if (!settings.closeToTray) {
    options.quit();
    return;
  }
  window.hide();
  if (!read.ok || settings.closeToTrayExplained || explaining.started) return;
  explaining.started = true;
  await explainOnce(options.core, options.words());
}

async function explainOnce(core: Pick<Core, 'invoke'>, words: Words): Promise<void> {
  const saved = await invokeCore(core, 'settings.update', { closeToTrayExplained: true });
  if (!saved.ok) console.error('[cadence] could not remember that the tray was explained', saved.error);
  await dialog.showMessageBox({
    type: 'info',
    title: words('desktop.closeToTray.title'),
    message: words('desktop.closeToTray.message'),
    detail: words('desktop.closeToTray.detail'),
    buttons: [words('desktop.closeToTray.ok')],
  });
}
