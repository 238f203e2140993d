// npm run fuzz: the IPC fuzz test at its full count, 10,000 payloads (npm test sends fewer).
// FUZZ_RUNS and FUZZ_SEED still choose, when set.
import { spawn } from 'node:child_process';

const child = spawn(
  process.execPath,
  [
    'tests/tools/with-app-node.mjs',
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    'tests/vitest.config.ts',
    'tests/core/ipc-fuzz.test.ts',
  ],
  { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '10000' } },
);
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  process.exit(code ?? 1);
});
