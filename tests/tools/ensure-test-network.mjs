// Installs the local Bluesky test network (tests/network, its own package so the everyday
// install stays lean) when it is missing or its pinned versions changed, so `npm test` works on
// a clean clone. Runs before test:run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const networkDir = join(import.meta.dirname, '..', 'network');
const pinned = JSON.parse(readFileSync(join(networkDir, 'package.json'), 'utf8')).dependencies;

function installedVersion(name) {
  const manifest = join(networkDir, 'node_modules', name, 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

const stale = Object.entries(pinned).filter(([name, version]) => installedVersion(name) !== version);
if (stale.length === 0) process.exit(0);

console.log(
  `[cadence] Installing the local Bluesky test network (${stale.map(([name]) => name).join(', ')})…`,
);
const result = spawnSync('npm', ['run', 'test:network:install'], {
  cwd: join(import.meta.dirname, '..', '..'),
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status ?? 1);
