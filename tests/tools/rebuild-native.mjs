// Rebuilds better-sqlite3 for Electron's ABI when the Electron binary was downloaded,
// so `npm start` works. With ELECTRON_SKIP_BINARY_DOWNLOAD=1 there is no binary and
// the module stays built for plain Node, which is what tests and `npm run web` use then.
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

if (!electronBinary()) {
  console.log('[cadence] Electron binary not present; keeping better-sqlite3 built for Node.');
  process.exit(0);
}
const result = spawnSync('npx', ['electron-builder', 'install-app-deps'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
