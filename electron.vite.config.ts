import { cpSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

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
    resolve: { alias: { '@shared': resolve(root, 'src-main/shared') } },
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
    },
  },
});
