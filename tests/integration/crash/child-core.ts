// The parent's side of the core in a child process: starts the process (which loads its code
// and waits), boots the core in it on the data folder, sends it requests, and SIGKILLs it. A
// request the child could not answer because it died rejects with ChildDied, so the run can
// boot another one and carry on.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import type { Network } from '../../../src-main/shared/entities';
import { MIGRATIONS_FOLDER } from '../../support/test-core';
import type { ChildEvent, ChildReply, ChildRequest, TargetRow } from './child-protocol';

const ROOT = resolve(import.meta.dirname, '../../..');
// Bundled once, so a restart costs a process start rather than a TypeScript compile; kept under
// node_modules so its external packages resolve from the project.
const BUNDLE = resolve(ROOT, 'node_modules/.tmp/cadence-fault-child.mjs');
const STDERR_TAIL_CHARS = 4_000;

export async function bundleFaultChild(): Promise<void> {
  await build({
    entryPoints: [resolve(import.meta.dirname, 'fault-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: BUNDLE,
    logLevel: 'warning',
  });
}

export class ChildDied extends Error {}

export interface ChildStart {
  dataDir: string;
  xApi: string;
  closedPort: number;
  /** Called for each publish the child answered and then died for, before the record was written. */
  onCrashAfterSend(network: Network): void;
}

export class ChildCore {
  private readonly pending = new Map<number, { resolve(reply: ChildReply): void; reject(e: Error): void }>();
  private nextId = 1;
  private stderr = '';
  private dead: string | null = null;
  readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    // 'close' comes after the last line the child wrote was read, so no event arrives after it.
    this.exited = new Promise((done) => child.once('close', () => done()));
  }

  /** Starts a process and waits until its code is loaded; `boot` then starts the core. */
  static async load(options: ChildStart): Promise<ChildCore> {
    const child = spawn(process.execPath, [BUNDLE], {
      cwd: ROOT,
      env: {
        ...process.env,
        CADENCE_DATA_DIR: options.dataDir,
        CADENCE_MIGRATIONS: MIGRATIONS_FOLDER,
        FAULT_X_API: options.xApi,
        FAULT_CLOSED_PORT: String(options.closedPort),
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const core = new ChildCore(child);
    // A request written as the child dies fails with EPIPE; its caller hears ChildDied instead.
    child.stdin.on('error', () => {});
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      core.stderr = (core.stderr + chunk).slice(-STDERR_TAIL_CHARS);
    });
    const loaded = new Promise<void>((resolveLoaded, reject) => {
      child.once('exit', (code, signal) => reject(new ChildDied(core.died(code, signal))));
      createInterface({ input: child.stdout }).on('line', (line) => {
        const message = JSON.parse(line) as (ChildReply & { id?: number; failure?: string }) | ChildEvent;
        if ('event' in message) {
          if (message.event === 'loaded') resolveLoaded();
          else options.onCrashAfterSend(message.network);
          return;
        }
        const waiting = core.pending.get(message.id!);
        core.pending.delete(message.id!);
        if (message.failure) waiting?.reject(new Error(`the child failed: ${message.failure}`));
        else waiting?.resolve(message);
      });
    });
    child.once('exit', (code, signal) => {
      const reason = core.died(code, signal);
      for (const waiting of core.pending.values()) waiting.reject(new ChildDied(reason));
      core.pending.clear();
    });
    await loaded;
    return core;
  }

  /** Opens the data folder and starts the core, its clock at `now`. */
  async boot(now: number): Promise<void> {
    await this.request({ op: 'boot', now });
  }

  /** A plain description of how the child ended, with the end of what it wrote to stderr. */
  private died(code: number | null, signal: NodeJS.Signals | null): string {
    this.dead = `the child exited (${signal ?? `code ${code}`})`;
    return signal === 'SIGKILL' ? this.dead : `${this.dead}: ${this.stderr}`;
  }

  get alive(): boolean {
    return this.dead === null;
  }

  request(request: ChildRequest): Promise<ChildReply> {
    if (this.dead) return Promise.reject(new ChildDied(this.dead));
    const id = this.nextId++;
    return new Promise((resolveReply, reject) => {
      this.pending.set(id, { resolve: resolveReply, reject });
      this.child.stdin.write(`${JSON.stringify({ id, ...request })}\n`);
    });
  }

  async call(channel: string, input?: unknown): Promise<unknown> {
    const reply = await this.request({ op: 'call', channel, input });
    if (reply.error) throw new Error(`${channel}: ${reply.error.code} ${reply.error.message}`);
    return reply.value;
  }

  async targets(which: 'unsettled' | 'awaiting-owner' | 'all'): Promise<TargetRow[]> {
    return (await this.request({ op: 'targets', which })).targets ?? [];
  }

  kill(): void {
    if (this.alive) this.child.kill('SIGKILL');
  }

  async close(): Promise<void> {
    if (!this.alive) return;
    await this.request({ op: 'close' }).catch((error: unknown) => {
      if (!(error instanceof ChildDied)) throw error;
    });
    await this.exited;
  }
}
