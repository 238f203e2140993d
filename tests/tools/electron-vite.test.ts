// `npm start` without Electron's binary says what happened and what to do, and exits non-zero;
// with the binary it hands over to electron-vite. The script runs in a fake project whose
// electron-vite only reports how it was called, so the test never starts the real app.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeProject, type FakeProject } from './fake-project';

const MISSING =
  "Electron's binary is not installed (the download was skipped or failed): " +
  'run `npx electron --version` to fetch it, or `npm run web` to open Cadence in your browser';

let project: FakeProject;

beforeEach(() => {
  project = fakeProject(['electron-vite.mjs'], {
    'electron-vite': {
      'bin/electron-vite.js':
        'console.log(`electron-vite ${process.argv.slice(2).join(" ")}`); process.exit(3);',
    },
  });
});

afterEach(() => project.cleanup());

const start = () => project.run('electron-vite.mjs', ['preview']);

describe('npm start', () => {
  it('says how to get Electron, and fails, when its binary was never downloaded', () => {
    const run = start();
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(MISSING);
    expect(run.stdout).toBe('');
  });

  it('says the same when the binary named in path.txt is gone', () => {
    project.installElectronBinary();
    project.write('node_modules/electron/path.txt', 'Electron.app/Contents/MacOS/Electron');
    const run = start();
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(MISSING);
  });

  it('runs electron-vite with its arguments, and exits as it does, when the binary is there', () => {
    project.installElectronBinary();
    const run = start();
    expect(run.stdout.trim()).toBe('electron-vite preview');
    expect(run.status).toBe(3);
  });
});
