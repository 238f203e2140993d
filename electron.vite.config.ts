import { cpSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src-main/csp';

const root = dirname(fileURLToPath(import.meta.url));

const migrationsSource = resolve(root, 'src-main/core/db/migrations');

/** Ships the committed drizzle-kit migrations next to the main bundle, where the app reads them at start-up. */
function bundleMigrations(): Plugin {
  return {
    name: 'cadence-bundle-migrations',
    writeBundle(options) {
      cpSync(migrationsSource, resolve(options.dir ?? 'out/main', 'migrations'), { recursive: true });
    },
  };
}

/**
 * React fast refresh in `electron-vite dev` needs an inline preamble, a websocket and
 * injected <style> tags, so only the dev server relaxes the meta CSP. Builds keep the strict one.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'cadence-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      const meta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/;
      if (!meta.test(html))
        throw new Error('src-renderer/index.html lost its Content-Security-Policy meta tag');
      return html.replace(meta, `$1${contentSecurityPolicy('dev')}$2`);
    },
  };
}

export default defineConfig({
  main: {
    plugins: [bundleMigrations()],
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(root, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() anything but Electron's own modules,
      // so everything it uses is bundled into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src-renderer'),
    resolve: {
      alias: [
        { find: '@shared', replacement: resolve(root, 'src-main/shared') },
        // twitter-text's ES2015 polyfills, for browsers older than any Electron Chromium.
        {
          find: /^core-js\/modules\/(es6|es7|web)\..*$/,
          replacement: resolve(root, 'src-renderer/src/lib/no-polyfill.ts'),
        },
      ],
    },
    plugins: [react(), devContentSecurityPolicy()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      // electron-vite leaves the renderer unminified; the owner's laptop parses every byte at start.
      minify: true,
      // Syntax for the Chromium inside Electron, nothing older: Electron 44 ships Chromium 152 (per
      // electron-vite's table, which stops there and would otherwise guess for Electron 45).
      target: 'chrome152',
      rolldownOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
    },
  },
});
