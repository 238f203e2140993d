// The sandboxed preload: puts a small typed bridge on window.cadence. The renderer gets
// three functions, never ipcRenderer, and can only name channels the contract lists.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, isChannelName, type CadenceBridge, type CoreEvent } from '../shared/contract';

const SHA256 = /^[0-9a-f]{64}$/;

const bridge: CadenceBridge = {
  invoke(channel, input) {
    if (!isChannelName(channel)) {
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
