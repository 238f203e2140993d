// The one app window and the session rules around it: sandboxed renderer, strict CSP,
// no pop-ups, no navigation away from the app, no permissions. Web links go to the OS browser.
import { BrowserWindow, session, shell, type WebContents } from 'electron';
import { contentSecurityPolicy } from './csp';
import { isAppUrl, isWebUrl, type RendererLocation } from './renderer-location';

/** Applies the CSP header and denies every permission request, for the default session. */
export function hardenSession(location: RendererLocation): void {
  const policy = contentSecurityPolicy(location.devServerUrl ? 'dev' : 'production');
  const { defaultSession } = session;
  defaultSession.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
}

export function createMainWindow(location: RendererLocation): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Cadence',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: location.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  guardNavigation(window.webContents, location);

  if (location.devServerUrl) void window.loadURL(location.devServerUrl);
  else void window.loadFile(location.indexFile);
  return window;
}

function guardNavigation(contents: WebContents, location: RendererLocation): void {
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (isAppUrl(event.url, location)) return;
    event.preventDefault();
    openInBrowser(event.url);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function openInBrowser(url: string): void {
  if (!isWebUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => {
    console.error('[cadence] could not open link in the browser', error);
  });
}
