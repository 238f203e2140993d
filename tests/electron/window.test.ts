import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../src-main/csp';
import type { RendererLocation } from '../../src-main/renderer-location';
import { createMainWindow, hardenSession } from '../../src-main/window';
import { FakeBrowserWindow, navigationEvent, session, shell } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const out = resolve('/opt/cadence/out');
const built: RendererLocation = {
  preloadPath: join(out, 'preload/index.cjs'),
  indexFile: join(out, 'renderer/index.html'),
};
const appUrl = pathToFileURL(built.indexFile).href;

const placement = { bounds: { x: 80, y: 53, width: 1280, height: 820 }, maximized: false };

function open(location = built, where = placement): FakeBrowserWindow {
  return createMainWindow(location, where) as unknown as FakeBrowserWindow;
}

beforeEach(() => {
  vi.clearAllMocks();
  FakeBrowserWindow.instances.length = 0;
});

describe('main window', () => {
  it('runs the renderer isolated, sandboxed and without Node, with the bundled preload', () => {
    const window = open();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      preload: built.preloadPath,
    });
    expect(window.options).toMatchObject({ title: 'Cadence', show: false });
    expect(window.options.minWidth).toBeGreaterThan(0);
  });

  it('shows itself once ready and loads the built renderer from disk', () => {
    const window = open();
    expect(window.loadFile).toHaveBeenCalledWith(built.indexFile);
    expect(window.loadURL).not.toHaveBeenCalled();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('opens at the placement it is given, maximised before it shows when it was left maximised', () => {
    const window = open(built, { bounds: { x: 1500, y: 40, width: 1600, height: 1000 }, maximized: true });
    expect(window.options).toMatchObject({ x: 1500, y: 40, width: 1600, height: 1000 });
    expect(window.maximize).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.isMaximized()).toBe(true);
    expect(window.maximize.mock.invocationCallOrder[0]).toBeLessThan(
      window.show.mock.invocationCallOrder[0]!,
    );
  });

  it('loads the dev server when electron-vite provides one', () => {
    const window = open({ ...built, devServerUrl: 'http://localhost:5173/' });
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('denies window.open and sends web links to the OS browser', () => {
    const { webContents } = open();
    expect(webContents.windowOpenHandler?.({ url: 'https://example.com/help' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/help');

    expect(webContents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it.each(['will-navigate', 'will-redirect'])('%s away from the app is blocked', (name) => {
    const { webContents } = open();
    const web = navigationEvent('https://evil.example/');
    webContents.emit(name, web);
    expect(web.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledWith('https://evil.example/');

    const local = navigationEvent(pathToFileURL(join(out, 'renderer/other.html')).href);
    webContents.emit(name, local);
    expect(local.preventDefault).toHaveBeenCalled();
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('lets the app reload its own page', () => {
    const { webContents } = open();
    const reload = navigationEvent(`${appUrl}#calendar`);
    webContents.emit('will-navigate', reload);
    expect(reload.preventDefault).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('in dev, only the dev server origin counts as the app', () => {
    const { webContents } = open({ ...built, devServerUrl: 'http://localhost:5173/' });
    const hmr = navigationEvent('http://localhost:5173/index.html');
    webContents.emit('will-navigate', hmr);
    expect(hmr.preventDefault).not.toHaveBeenCalled();
    const otherPort = navigationEvent('http://localhost:8080/');
    webContents.emit('will-navigate', otherPort);
    expect(otherPort.preventDefault).toHaveBeenCalled();
  });

  it('refuses to attach <webview> tags', () => {
    const { webContents } = open();
    const attach = { preventDefault: vi.fn() };
    webContents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });
});

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

function headersAfter(listener: HeadersListener, responseHeaders: Record<string, string[]>) {
  let result: Record<string, string[]> | undefined;
  listener({ responseHeaders }, (response) => (result = response.responseHeaders));
  return result;
}

describe('session', () => {
  it('sends a strict Content-Security-Policy header, replacing any the response had', () => {
    hardenSession(built);
    const listener = session.defaultSession.webRequest.onHeadersReceived.mock
      .calls[0]?.[0] as HeadersListener;
    const headers = headersAfter(listener, {
      'content-security-policy': ["script-src 'unsafe-inline'"],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy('production')],
    });
    const scriptSrc = headers?.['Content-Security-Policy']?.[0]?.match(/script-src ([^;]*)/)?.[1];
    expect(scriptSrc).toBe("'self'");
    expect(headers?.['Content-Security-Policy']?.[0]).not.toMatch(/unsafe-(inline|eval)/);
    expect(headers?.['Content-Security-Policy']?.[0]).toContain("object-src 'none'");
  });

  it('uses the same policy as the meta tag in src-renderer/index.html', () => {
    const html = readFileSync(resolve(__dirname, '../../src-renderer/index.html'), 'utf8');
    const meta = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/)?.[1];
    expect(meta).toBe(contentSecurityPolicy('production'));
  });

  it('relaxes only what fast refresh needs, and only for the dev server', () => {
    const dev = contentSecurityPolicy('dev');
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws:");
    expect(dev).not.toContain('unsafe-eval');
    hardenSession({ ...built, devServerUrl: 'http://localhost:5173/' });
    const listener = session.defaultSession.webRequest.onHeadersReceived.mock
      .calls[0]?.[0] as HeadersListener;
    expect(headersAfter(listener, {})?.['Content-Security-Policy']).toEqual([dev]);
  });

  it('denies every permission request and check', () => {
    hardenSession(built);
    const request = session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
  });
});
