// The sandboxed preload: puts a small typed bridge on window.cadence. The renderer gets
// three functions, never ipcRenderer, and only channel-shaped names leave it: the main process
// answers only the contract's channels and parses every input (no zod here keeps it small).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CoreEvent } from '../shared/contract';
import { EVENT_CHANNEL, looksLikeChannelName, type CadenceBridge } from '../shared/contract/bridge';

const SHA256 = /^[0-9a-f]{64}$/;

const bridge: CadenceBridge = {
  invoke(channel, input) {
    if (!looksLikeChannelName(channel)) {
      return Promise.reject(new Error(`Cadence does not know the request “${String(channel)}”.`));
    }
    return ipcRenderer.invoke(channel, input);
  },
  subscribe(listener) {
    // The IPC event itself is dropped: it carries a reference to ipcRenderer.
    const forward = (_event: IpcRendererEvent, coreEvent: CoreEvent) => listener(coreEvent);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
  mediaUrl(sha256) {
    if (typeof sha256 !== 'string' || !SHA256.test(sha256)) {
      throw new Error('A media file name must be a SHA-256 hex digest.');
    }
    return `cadence-media://media/${sha256}`;
  },
  desktop: true,
};

contextBridge.exposeInMainWorld('cadence', bridge);
