// postinstall: fetches Electron's binary, which Electron's package leaves to its first use, then
// rebuilds better-sqlite3 for Electron's ABI, so `npm start` works right after `npm install`.
// With ELECTRON_SKIP_BINARY_DOWNLOAD=1, or when the download fails, there is no binary and the
// module stays built for plain Node, which is what tests and `npm run web` use then.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinary } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const run = (script, args = []) => spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });

if (!electronBinary() && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log("[cadence] Downloading Electron's binary…");
  if (run(require.resolve('electron/install.js')).status !== 0) {
    console.log("[cadence] Electron's binary could not be downloaded; `npm start` will say what to do.");
  }
}
if (!electronBinary()) {
  console.log('[cadence] Electron binary not present; keeping better-sqlite3 built for Node.');
  process.exit(0);
}
const builder = join(dirname(require.resolve('electron-builder/package.json')), 'cli.js');
process.exit(run(builder, ['install-app-deps']).status ?? 1);
