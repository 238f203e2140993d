// The one app window and the session rules around it: sandboxed renderer, strict CSP,
// no pop-ups, no navigation away from the app, no permissions. Web links go to the OS browser.
import { BrowserWindow, nativeTheme, session, shell, type WebContents } from 'electron';
import { MIN_WINDOW_SIZE, type WindowPlacement } from './core/desktop/window-bounds';
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

/** Opens the window where `placement` says (placeWindow: on a display that is there now). */
export function createMainWindow(location: RendererLocation, placement: WindowPlacement): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Cadence',
    ...placement.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    // Until the page paints, in the colour of the theme it will paint in.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1b1d' : '#ffffff',
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
  window.once('ready-to-show', () => {
    // Maximised before it shows, so it never flashes at its normal size first.
    if (placement.maximized) window.maximize();
    window.show();
  });
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
