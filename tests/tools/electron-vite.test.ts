// `npm start` without Electron's binary says what happened and what to do, and exits non-zero;
// with the binary it hands over to electron-vite. The script runs from a copy next to stand-ins
// for the electron and electron-vite packages, so the test never starts the real app.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, type TempDir } from '../support/temp-dir';

const MISSING =
  "Electron's binary is not installed (the download was skipped or failed): " +
  'run `npx electron --version` to fetch it, or `npm run web` to open Cadence in your browser';

let project: TempDir;
let electronDir: string;

beforeEach(() => {
  project = tempDir('cadence-start-');
  mkdirSync(join(project.dir, 'tools'));
  for (const file of ['electron-vite.mjs', 'electron-binary.mjs']) {
    copyFileSync(join(import.meta.dirname, file), join(project.dir, 'tools', file));
  }
  // The electron package as `npm install` leaves it when the binary download was skipped.
  electronDir = join(project.dir, 'node_modules', 'electron');
  writePackage(electronDir, 'electron');
  // An electron-vite that only reports how it was called.
  const viteDir = join(project.dir, 'node_modules', 'electron-vite');
  writePackage(viteDir, 'electron-vite');
  mkdirSync(join(viteDir, 'bin'));
  writeFileSync(
    join(viteDir, 'bin', 'electron-vite.js'),
    'console.log(`electron-vite ${process.argv.slice(2).join(" ")}`); process.exit(3);',
  );
});

afterEach(() => project.cleanup());

function writePackage(dir: string, name: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0' }));
}

function installElectronBinary(): void {
  writeFileSync(join(electronDir, 'path.txt'), 'electron');
  mkdirSync(join(electronDir, 'dist'));
  writeFileSync(join(electronDir, 'dist', 'electron'), '');
}

function start() {
  return spawnSync(process.execPath, [join(project.dir, 'tools', 'electron-vite.mjs'), 'preview'], {
    encoding: 'utf8',
  });
}

describe('npm start', () => {
  it('says how to get Electron, and fails, when its binary was never downloaded', () => {
    const run = start();
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(MISSING);
    expect(run.stdout).toBe('');
  });

  it('says the same when the binary named in path.txt is gone', () => {
    installElectronBinary();
    writeFileSync(join(electronDir, 'path.txt'), 'Electron.app/Contents/MacOS/Electron');
    const run = start();
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(MISSING);
  });

  it('runs electron-vite with its arguments, and exits as it does, when the binary is there', () => {
    installElectronBinary();
    const run = start();
    expect(run.stdout.trim()).toBe('electron-vite preview');
    expect(run.status).toBe(3);
  });
});
