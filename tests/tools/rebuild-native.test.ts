// postinstall fetches Electron's binary (Electron's package leaves it to first use) unless
// ELECTRON_SKIP_BINARY_DOWNLOAD is set, and rebuilds better-sqlite3 for Electron only when the
// binary is there; a failed download never fails the install. Runs in a fake project whose
// Electron installer and electron-builder only report that they ran.
import { afterEach, describe, expect, it } from 'vitest';
import { fakeProject, type FakeProject } from './fake-project';

let project: FakeProject;

afterEach(() => project.cleanup());

/** A project whose Electron download succeeds (writing the binary) or fails, as offline. */
function projectWhereDownload(outcome: 'succeeds' | 'fails'): FakeProject {
  const download =
    outcome === 'succeeds'
      ? `const fs = require('fs'); const path = require('path');
         fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
         fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');
         fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
         console.log('fake download done');`
      : `console.error('getaddrinfo ENOTFOUND'); process.exit(1);`;
  return fakeProject(['rebuild-native.mjs'], {
    electron: { 'install.js': download },
    'electron-builder': { 'cli.js': 'console.log(`electron-builder ${process.argv.slice(2).join(" ")}`);' },
  });
}

describe('postinstall', () => {
  it("downloads Electron's binary, then rebuilds better-sqlite3 for it", () => {
    project = projectWhereDownload('succeeds');
    const run = project.run('rebuild-native.mjs');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('fake download done');
    expect(run.stdout).toContain('electron-builder install-app-deps');
  });

  it('downloads nothing and keeps better-sqlite3 built for Node with ELECTRON_SKIP_BINARY_DOWNLOAD=1', () => {
    project = projectWhereDownload('succeeds');
    const run = project.run('rebuild-native.mjs', [], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('fake download done');
    expect(run.stdout).not.toContain('electron-builder');
    expect(run.stdout).toContain('keeping better-sqlite3 built for Node');
  });

  it('finishes the install when the download fails, saying npm start will explain', () => {
    project = projectWhereDownload('fails');
    const run = project.run('rebuild-native.mjs');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "Electron's binary could not be downloaded; `npm start` will say what to do.",
    );
    expect(run.stdout).not.toContain('electron-builder');
  });

  it('rebuilds without downloading again when the binary is already there', () => {
    project = projectWhereDownload('fails');
    project.installElectronBinary();
    const run = project.run('rebuild-native.mjs');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('Downloading');
    expect(run.stdout).toContain('electron-builder install-app-deps');
  });
});
