// Runs a Node script with the same Node that better-sqlite3 was built for:
// Electron's own Node (ELECTRON_RUN_AS_NODE) when the Electron binary is installed,
// because postinstall rebuilt the native module for it; plain Node otherwise.
import { spawn } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: with-app-node.mjs <script> [args...]');
  process.exit(2);
}
const binary = electronBinary();
const child = spawn(binary ?? process.execPath, [script, ...args], {
  stdio: 'inherit',
  env: binary ? { ...process.env, ELECTRON_RUN_AS_NODE: '1' } : process.env,
});
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  process.exit(code ?? 1);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
