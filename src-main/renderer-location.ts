// Where the renderer comes from, and the one test for "is this URL our own app".
// Navigation guards and the IPC sender check both rely on it.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RendererLocation {
  /** The bundled, sandboxed preload (one CommonJS file). */
  preloadPath: string;
  /** The built renderer's index.html, loaded with loadFile in production. */
  indexFile: string;
  /** Set by `electron-vite dev`: the renderer is served by Vite instead. */
  devServerUrl?: string;
}

/** Everything in src-main is bundled into out/main/index.js, so paths are relative to out/main. */
export function rendererLocation(env: NodeJS.ProcessEnv = process.env): RendererLocation {
  const mainDir = import.meta.dirname;
  return {
    preloadPath: join(mainDir, '../preload/index.cjs'),
    indexFile: join(mainDir, '../renderer/index.html'),
    devServerUrl: env.ELECTRON_RENDERER_URL || undefined,
  };
}

export function isAppUrl(url: string, location: RendererLocation): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (location.devServerUrl) return parsed.origin === new URL(location.devServerUrl).origin;
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  return resolve(fileURLToPath(parsed)) === resolve(location.indexFile);
}

/** Only web pages leave the app, and only to the OS browser. */
export function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
