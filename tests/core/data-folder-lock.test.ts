// One Cadence per data folder: a second core (another process, or web mode next to the app)
// is refused with a message naming the holder, and the folder is free again once the holder
// closes or dies.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeAll, describe, expect } from 'vitest';
import { DataFolderInUseError, LOCK_FILE } from '../../src-main/core/db/data-folder-lock';
import { it } from '../support/core-fixture';

const ROOT = resolve(import.meta.dirname, '../..');
// Bundled once, as a process would run them, so a child starts in well under a second instead of
// many under tsx. Two levels below the root, as web mode expects to find the built renderer.
const HOLDER = resolve(ROOT, 'node_modules/.tmp/cadence-lock-holder.mjs');
const WEB_CLI = resolve(ROOT, 'node_modules/.tmp/cadence-web-cli.mjs');

beforeAll(async () => {
  for (const [entry, outfile] of [
    ['tests/support/lock-holder-child.ts', HOLDER],
    ['src-main/web/cli.ts', WEB_CLI],
  ] as const) {
    await build({
      entryPoints: [resolve(ROOT, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile,
      logLevel: 'warning',
    });
  }
});

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function inUse(pid: number): string {
  return `Cadence is already open on this data folder (process ${pid}). Close it first, or use another folder.`;
}

/** Runs a bundled entry in a child process with the same Node (and native modules) as the tests. */
function run(entry: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return child;
}

function output(child: ChildProcess): { stdout: string; stderr: string } {
  const seen = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk) => (seen.stdout += chunk));
  child.stderr!.on('data', (chunk) => (seen.stderr += chunk));
  return seen;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolveExit) => child.once('exit', (code, signal) => resolveExit({ code, signal })));
}

describe('a data folder', () => {
  it('refuses a second core while the first is open, and opens again once it is closed', async ({
    dataDir,
    startCore,
  }) => {
    const first = startCore({ dataDir });
    await first.call('posts.create', { body: 'Written by the first' });

    expect(() => startCore({ dataDir })).toThrow(new DataFolderInUseError(process.pid));
    expect(() => startCore({ dataDir })).toThrow(inUse(process.pid));
    // The refused core left the first one alone.
    expect(await first.call('posts.listDrafts')).toHaveLength(1);

    await first.close();
    const second = startCore({ dataDir });
    expect((await second.call('posts.listDrafts')).map((p) => p.excerpt)).toEqual(['Written by the first']);
  });

  it('is taken over at once from a process that was killed while holding it', async ({
    dataDir,
    startCore,
  }) => {
    const holder = run(HOLDER, [], { CADENCE_DATA_DIR: dataDir });
    const seen = output(holder);
    await new Promise<void>((ready, failed) => {
      holder.stdout!.on('data', () => seen.stdout.includes('READY') && ready());
      holder.once('exit', () => failed(new Error(`the holder exited early: ${seen.stderr}`)));
    });
    expect(seen.stdout).toBe(`READY ${holder.pid}\n`);
    expect(() => startCore({ dataDir })).toThrow(inUse(holder.pid!));

    holder.kill('SIGKILL');
    expect((await exited(holder)).signal).toBe('SIGKILL');
    const after = startCore({ dataDir });
    expect(await after.call('posts.listDrafts')).toEqual([]);
  });

  it('opens even when its lock file was damaged', async ({ dataDir, startCore }) => {
    writeFileSync(join(dataDir, LOCK_FILE), 'not a lock at all, just some bytes '.repeat(200));
    const t = startCore({ dataDir });
    expect(await t.call('posts.listDrafts')).toEqual([]);
    expect(() => startCore({ dataDir })).toThrow(inUse(process.pid));
  });

  it('is freed by a crash of the core in this process, as by a killed process', async ({ startOutbox }) => {
    const first = startOutbox();
    await first.core.whenIdle();
    first.crash();
    const second = first.reopen();
    expect(await second.call('posts.listDrafts')).toEqual([]);
  });
});

describe('web mode', () => {
  it('prints who holds the folder and exits with an error instead of serving it', async ({
    newFolder,
    startCore,
  }) => {
    const dataDir = newFolder();
    startCore({ dataDir });
    const web = run(WEB_CLI, ['--port', '0', '--data-dir', dataDir], {});
    const seen = output(web);
    expect(await exited(web)).toEqual({ code: 1, signal: null });
    expect(seen.stderr).toContain(`[cadence] ${inUse(process.pid)}`);
    expect(seen.stdout).not.toContain('Open http');
    // Web mode loads every connector before it reaches the folder: slow on a busy machine.
  }, 90_000);
});
