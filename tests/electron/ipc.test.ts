import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { registerIpc } from '../../src-main/ipc';
import type { RendererLocation } from '../../src-main/renderer-location';
import { CHANNEL_NAMES, EVENT_CHANNEL } from '../../src-main/shared/contract';
import { it } from '../support/core-fixture';
import type { TestCore } from '../support/test-core';
import { FakeBrowserWindow, FakeWebContents, ipcHandlers, type FakeFrame } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const out = resolve('/opt/cadence/out');
const location: RendererLocation = {
  preloadPath: join(out, 'preload/index.cjs'),
  indexFile: join(out, 'renderer/index.html'),
};
const appUrl = pathToFileURL(location.indexFile).href;

let t: TestCore;
let window: FakeBrowserWindow;
let invoke: ReturnType<typeof vi.fn<TestCore['core']['invoke']>>;
let dispose: () => void;

// The core comes from the fixture, which closes it after the handlers are gone.
it.beforeEach(({ t: core }) => {
  t = core;
  window = new FakeBrowserWindow({ webPreferences: {} });
  window.webContents.mainFrame.url = appUrl;
  invoke = vi.fn(t.core.invoke);
  dispose = registerIpc({
    core: { invoke, subscribe: (listener) => t.core.subscribe(listener) },
    getWindow: () => window as unknown as BrowserWindow,
    location,
  });
});

it.afterEach(() => dispose());

function send(
  channel: string,
  input: unknown,
  from: { sender?: unknown; senderFrame?: FakeFrame | null } = {},
) {
  const handler = ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(
    {
      sender: from.sender ?? window.webContents,
      senderFrame: 'senderFrame' in from ? from.senderFrame : window.webContents.mainFrame,
    },
    input,
  );
}

const forbidden = { ok: false, error: { code: 'FORBIDDEN_SENDER', message: expect.any(String) } };

describe('IPC sender check', () => {
  it('registers exactly the contract channels', () => {
    expect([...ipcHandlers.keys()].sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('answers our own window through the real core', async () => {
    const result = await send('channels.add', {
      network: 'bluesky',
      displayName: 'Shop',
      handle: 'shop.bsky.social',
    });
    expect(result).toMatchObject({ ok: true, value: { displayName: 'Shop' } });
    expect(invoke).toHaveBeenCalledWith('channels.add', expect.anything());
    expect(await t.call('channels.list')).toHaveLength(1);
  });

  it('rejects another webContents without reaching the core', async () => {
    const stranger = new FakeWebContents();
    stranger.mainFrame.url = appUrl;
    expect(
      await send('posts.create', { body: 'x' }, { sender: stranger, senderFrame: stranger.mainFrame }),
    ).toEqual(forbidden);
    expect(invoke).not.toHaveBeenCalled();
    expect(await t.call('posts.listDrafts')).toEqual([]);
  });

  it.each([
    ['a web page', 'https://evil.example/'],
    ['another local file', pathToFileURL(join(out, 'renderer/evil.html')).href],
    ['a data URL', 'data:text/html,<script></script>'],
    ['about:blank', 'about:blank'],
  ])('rejects our window when its frame shows %s', async (_label, url) => {
    expect(await send('profile.get', undefined, { senderFrame: { url, parent: null } })).toEqual(forbidden);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('rejects a sub-frame even when it shows our page', async () => {
    const iframe = { url: appUrl, parent: window.webContents.mainFrame };
    expect(await send('profile.get', undefined, { senderFrame: iframe })).toEqual(forbidden);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('rejects a frame that is already gone, and everything once the window is closed', async () => {
    expect(await send('profile.get', undefined, { senderFrame: null })).toEqual(forbidden);
    window.destroyed = true;
    expect(await send('profile.get', undefined)).toEqual(forbidden);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('lets the core answer malformed input with a typed error', async () => {
    expect(await send('posts.get', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('accepts the dev server origin in dev', async () => {
    dispose();
    const devServerUrl = 'http://localhost:5173/';
    dispose = registerIpc({
      core: t.core,
      getWindow: () => window as unknown as BrowserWindow,
      location: { ...location, devServerUrl },
    });
    expect(
      await send('profile.get', undefined, { senderFrame: { url: devServerUrl, parent: null } }),
    ).toMatchObject({
      ok: true,
    });
    const file = { url: appUrl, parent: null };
    expect(await send('profile.get', undefined, { senderFrame: file })).toEqual(forbidden);
  });
});

describe('core events', () => {
  it('are forwarded to the window on the event channel', async () => {
    const post = await t.call('posts.create', { body: 'hello' });
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      type: 'post.changed',
      postId: post.id,
    });
  });

  it('are not sent to a destroyed window', async () => {
    window.webContents.destroyed = true;
    window.webContents.send.mockClear();
    await t.call('posts.create', { body: 'hello' });
    expect(window.webContents.send).not.toHaveBeenCalled();
  });

  it('stop, with every handler, when disposed', async () => {
    dispose();
    expect(ipcHandlers.size).toBe(0);
    window.webContents.send.mockClear();
    await t.call('posts.create', { body: 'hello' });
    expect(window.webContents.send).not.toHaveBeenCalled();
    dispose = () => undefined;
  });
});
