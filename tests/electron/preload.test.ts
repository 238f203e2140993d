import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadenceBridge } from '../../src-main/shared/contract';
import { contract, EVENT_CHANNEL } from '../../src-main/shared/contract';
import { looksLikeChannelName } from '../../src-main/shared/contract/bridge';
import { contextBridge, ipcRenderer } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

let bridge: CadenceBridge;

beforeAll(async () => {
  await import('../../src-main/preload/index');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, value] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, CadenceBridge];
  expect(key).toBe('cadence');
  bridge = value;
});

beforeEach(() => ipcRenderer.invoke.mockClear());

describe('preload bridge', () => {
  it('exposes three functions and the desktop flag, and never ipcRenderer', () => {
    expect(Object.keys(bridge).sort()).toEqual(['desktop', 'invoke', 'mediaUrl', 'subscribe']);
    expect(bridge.desktop).toBe(true);
    const { desktop: _flag, ...functions } = bridge;
    for (const value of Object.values(functions)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer);
    }
    expect(contextBridge.exposeInMainWorld.mock.calls.flat()).not.toContain(ipcRenderer);
  });

  it('forwards contract channels to the main process', async () => {
    await expect(bridge.invoke('profile.get', undefined)).resolves.toEqual({ ok: true, value: null });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('profile.get', undefined);
  });

  it('lets every contract channel through: the main process, which answers only those, validates', () => {
    for (const channel of Object.keys(contract)) expect(looksLikeChannelName(channel)).toBe(true);
  });

  it.each([
    'constructor',
    '__proto__',
    'toString',
    '',
    'posts',
    'Posts.create',
    'posts.create ',
    '../x',
    42,
    null,
  ])('refuses %j without calling ipcRenderer', async (channel) => {
    await expect(bridge.invoke(channel as never, {})).rejects.toThrow(/does not know/);
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('delivers core events without the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = bridge.subscribe(listener);
    ipcRenderer.emit(EVENT_CHANNEL, { sender: ipcRenderer }, { type: 'profile.changed' });
    expect(listener).toHaveBeenCalledWith({ type: 'profile.changed' });
    expect(listener.mock.calls[0]).toHaveLength(1);
    unsubscribe();
    ipcRenderer.emit(EVENT_CHANNEL, { sender: ipcRenderer }, { type: 'channels.changed' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
  });

  it('builds media URLs only for SHA-256 digests', () => {
    const sha = 'a'.repeat(64);
    expect(bridge.mediaUrl(sha)).toBe(`cadence-media://media/${sha}`);
    for (const bad of ['../../etc/passwd', 'A'.repeat(64), 'a'.repeat(63), `${sha}/x`, '']) {
      expect(() => bridge.mediaUrl(bad)).toThrow(/SHA-256/);
    }
  });
});

// `npm test` builds before it runs the tests; a sandboxed preload can only require electron.
const builtPreload = resolve(__dirname, '../../out/preload/index.cjs');
it.runIf(existsSync(builtPreload))('the built preload is one file that requires nothing but electron', () => {
  const code = readFileSync(builtPreload, 'utf8');
  const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
  expect(new Set(required)).toEqual(new Set(['electron']));
  expect(code).not.toMatch(/\bimport\s*\(/);
});
