// `npm start` and `npm run dev`: electron-vite, once Electron's binary is there. Without it
// electron-vite stops with a bare "Error: Electron uninstall" and a stack trace, which says
// neither what happened nor what to do.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinary } from './electron-binary.mjs';

const MISSING_ELECTRON =
  "Electron's binary is not installed (the download was skipped or failed): " +
  'run `npx electron --version` to fetch it, or `npm run web` to open Cadence in your browser';

if (!electronBinary()) {
  console.error(MISSING_ELECTRON);
  process.exit(1);
}
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  process.exit(code ?? 1);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
