// A real local Bluesky network (PLC + PDS, optionally the AppView) for tests, on 127.0.0.1.
// The network runs in a child process under plain Node: its packages live in tests/network
// with native modules built for Node, while this test process may be Electron running as Node.
import { AtpAgent } from '@atproto/api';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const NETWORK_DIR = fileURLToPath(new URL('../network/', import.meta.url));
const START_SCRIPT = resolve(NETWORK_DIR, 'start-network.mjs');
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;
const STDERR_TAIL_CHARS = 8_000;

export interface BlueskyNetworkOptions {
  /** The PDS enforces its real rate limits (429 with ratelimit-* headers). */
  rateLimits?: boolean;
  /** Also start the Bluesky AppView; needs DB_POSTGRES_URL and REDIS_HOST. */
  appview?: boolean;
}

export interface BlueskyAccount {
  did: string;
  handle: string;
  /** An app password, which is what Cadence signs in with. */
  password: string;
  /** The account's own session token, for direct XRPC calls from a test. */
  accessJwt: string;
}

export interface BlueskyNetwork {
  pdsUrl: string;
  plcUrl: string;
  appviewUrl?: string;
  /** Creates an account on the PDS. A bare name gets the dev PDS's `.test` domain. */
  createAccount(handle: string): Promise<BlueskyAccount>;
  stop(): Promise<void>;
}

const readyLine = z.object({
  pdsUrl: z.url(),
  plcUrl: z.url(),
  appviewUrl: z.url().optional(),
});

export async function startBlueskyNetwork(options: BlueskyNetworkOptions = {}): Promise<BlueskyNetwork> {
  if (!existsSync(resolve(NETWORK_DIR, 'node_modules/@atproto/dev-env/package.json'))) {
    throw new Error(
      'The local Bluesky test network is not installed (tests/network/node_modules is missing). ' +
        'Install it with: npm run test:network:install',
    );
  }
  const args = [START_SCRIPT];
  if (options.rateLimits) args.push('--rate-limits');
  if (options.appview) args.push('--appview');
  const child = spawn(plainNode(), args, { cwd: NETWORK_DIR, stdio: ['pipe', 'pipe', 'pipe'] });

  let stderrTail = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-STDERR_TAIL_CHARS);
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  let urls: z.infer<typeof readyLine>;
  try {
    urls = readyLine.parse(JSON.parse(await firstLine(child, () => stderrTail)));
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }

  return {
    ...urls,
    createAccount: (handle) => createAccount(urls.pdsUrl, handle),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // Closing stdin asks for a clean shutdown; a child that hangs is killed.
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The real Node binary: under Electron-as-Node, process.execPath is Electron. */
function plainNode(): string {
  if (!process.versions.electron) return process.execPath;
  return process.env.npm_node_execpath ?? 'node';
}

function firstLine(child: ChildProcessWithoutNullStreams, stderrTail: () => string): Promise<string> {
  return new Promise((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout });
    const settle = () => {
      clearTimeout(timer);
      child.off('error', onError);
      child.off('exit', onExit);
      lines.close();
      // Nothing else is expected on stdout; keep it flowing so the child can never block on it.
      child.stdout.resume();
    };
    const fail = (reason: string) => {
      settle();
      reject(new Error(`The local Bluesky network did not start: ${reason}\n${stderrTail()}`));
    };
    const onError = (err: Error) => fail(err.message);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) =>
      fail(`it exited (${signal ?? `code ${code}`})`);
    const timer = setTimeout(
      () => fail(`no ready line within ${READY_TIMEOUT_MS / 1000} s`),
      READY_TIMEOUT_MS,
    );
    child.on('error', onError);
    child.on('exit', onExit);
    lines.once('line', (line) => {
      settle();
      resolveLine(line);
    });
  });
}

async function createAccount(pdsUrl: string, handle: string): Promise<BlueskyAccount> {
  const fullHandle = handle.includes('.') ? handle : `${handle}.test`;
  const agent = new AtpAgent({ service: pdsUrl });
  const created = await agent.createAccount({
    handle: fullHandle,
    email: `${fullHandle}@example.com`,
    password: `account-password-${fullHandle}`,
  });
  const appPassword = await agent.com.atproto.server.createAppPassword({ name: 'cadence-test' });
  return {
    did: created.data.did,
    handle: created.data.handle,
    password: appPassword.data.password,
    accessJwt: created.data.accessJwt,
  };
}
