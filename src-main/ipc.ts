// Connects the contract's channels to the core. Every request is untrusted: it must come
// from the top frame of our own window showing our own renderer, and the core parses its input.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Core } from './core/create-core';
import { CHANNEL_NAMES, EVENT_CHANNEL } from './shared/contract';
import type { Result } from './shared/errors';
import { isAppUrl, type RendererLocation } from './renderer-location';

export interface IpcOptions {
  core: Pick<Core, 'invoke' | 'subscribe'>;
  /** The current main window; null while none is open. */
  getWindow(): BrowserWindow | null;
  location: RendererLocation;
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN_SENDER', message: 'This request did not come from the Cadence window.' },
};

/** Registers one handler per channel and forwards core events; returns the undo. */
export function registerIpc(options: IpcOptions): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event, options)) return FORBIDDEN;
      return options.core.invoke(channel, input);
    });
  }
  const unsubscribe = options.core.subscribe((coreEvent) => {
    const window = options.getWindow();
    if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
    window.webContents.send(EVENT_CHANNEL, coreEvent);
  });
  return () => {
    unsubscribe();
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(channel);
  };
}

function isTrustedSender(event: IpcMainInvokeEvent, options: IpcOptions): boolean {
  const window = options.getWindow();
  if (!window || window.isDestroyed() || event.sender !== window.webContents) return false;
  const frame = event.senderFrame;
  // A frame without a parent is the window's top frame; iframes never get through.
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, options.location);
}
