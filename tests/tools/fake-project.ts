// A throwaway project for the scripts in tests/tools: copies of the scripts in tools/, next to
// stand-ins for the packages they call, so a test never downloads, builds or starts anything.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../support/temp-dir';

export interface FakeProject {
  dir: string;
  /** Runs tools/<script> with Node in the project, without ELECTRON_SKIP_BINARY_DOWNLOAD unless `env` sets it. */
  run(script: string, args?: string[], env?: Record<string, string>): SpawnSyncReturns<string>;
  /** Puts an Electron binary where `npm install` would, and path.txt naming `platformPath`. */
  installElectronBinary(platformPath?: string): void;
  /** Writes a file of the project, by its path in the project. */
  write(path: string, text: string): void;
  cleanup(): void;
}

/**
 * `packages` maps a package name to its files (path → content); each gets a package.json.
 * The electron package is always there, as `npm install` leaves it: without its binary.
 */
export function fakeProject(
  scripts: string[],
  packages: Record<string, Record<string, string>> = {},
): FakeProject {
  const { dir, cleanup } = tempDir('cadence-tools-');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  for (const script of [...scripts, 'electron-binary.mjs']) {
    mkdirSync(join(dir, 'tools'), { recursive: true });
    copyFileSync(join(import.meta.dirname, script), join(dir, 'tools', script));
  }
  const withElectron: Record<string, Record<string, string>> = { electron: {}, ...packages };
  for (const [name, files] of Object.entries(withElectron)) {
    write(join(dir, 'node_modules', name, 'package.json'), JSON.stringify({ name, version: '1.0.0' }));
    for (const [file, text] of Object.entries(files)) write(join(dir, 'node_modules', name, file), text);
  }
  const electronDir = join(dir, 'node_modules', 'electron');
  return {
    dir,
    run(script, args = [], env = {}) {
      const { ELECTRON_SKIP_BINARY_DOWNLOAD: _skip, ...inherited } = process.env;
      return spawnSync(process.execPath, [join(dir, 'tools', script), ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...inherited, ...env },
      });
    },
    installElectronBinary(platformPath = 'electron') {
      write(join(electronDir, 'path.txt'), platformPath);
      write(join(electronDir, 'dist', platformPath), '');
    },
    write: (path, text) => write(join(dir, path), text),
    cleanup,
  };
}
