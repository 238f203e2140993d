// Exactly once under crashes: the core publishes a batch to a real PDS in a child process
// that is SIGKILLed at random moments after a random count of sends, and also right between
// a publish request and the database write. After every restart it reconciles and carries
// on. At the end each post must exist exactly once on the PDS and every target must be
// published.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { AtpAgent } from '@atproto/api';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../../src-main/core/clock';
import { localStringAt } from '../../../src-main/shared/zoned-time';
import { startBlueskyNetwork, type BlueskyAccount, type BlueskyNetwork } from '../../support/bluesky-network';
import { fileSecretStore } from '../../support/file-secret-store';
import { tempDir } from '../../support/temp-dir';
import { MIGRATIONS_FOLDER, startTestCore } from '../../support/test-core';

const POSTS = 60;
const MAX_RUNS = 120;
const ROOT = resolve(import.meta.dirname, '../../..');
// Bundled once, so each restart takes about a second and a half instead of five under tsx;
// kept under node_modules so its external packages resolve from the project.
const CHILD = resolve(ROOT, 'node_modules/.tmp/cadence-publisher-child.mjs');

let network: BlueskyNetwork;
let alice: BlueskyAccount;
const data = tempDir('cadence-crash-');

beforeAll(async () => {
  await build({
    entryPoints: [resolve(import.meta.dirname, 'publisher-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: CHILD,
    logLevel: 'warning',
  });
  network = await startBlueskyNetwork();
  alice = await network.createAccount('crashy');
}, 120_000);

afterAll(async () => {
  await network?.stop();
  data.cleanup();
});

async function seedDuePosts(): Promise<void> {
  // Planned 20 minutes ago from the point of view of a clock set 30 minutes back: due, and
  // well within the default two-hour grace window once the real clock takes over.
  const realNow = Date.now();
  const clock = new ManualClock(realNow - 30 * 60_000);
  const zone = 'America/New_York';
  const t = startTestCore({
    dataDir: data.dir,
    clock,
    timeZone: zone,
    secrets: fileSecretStore(`${data.dir}/test-secrets.json`),
    publishing: false,
  });
  const channel = await t.call('channels.connect', {
    network: 'bluesky',
    serviceUrl: network.pdsUrl,
    identifier: alice.handle,
    appPassword: alice.password,
  });
  const local = localStringAt(realNow - 20 * 60_000, zone);
  for (let i = 1; i <= POSTS; i++) {
    const post = await t.call('posts.create', { body: `Crash test post ${i}`, channelIds: [channel.id] });
    await t.call('posts.schedule', { id: post.id, local, timeZone: zone });
  }
  await t.core.close();
}

type RunEnd = 'done' | 'killed-by-test' | 'killed-after-send' | 'exited';

/** When a run is killed: after its n-th send is answered, and then a random moment later. */
interface KillPoint {
  afterSends: number;
  delayMs: number;
}

function randomKillPoint(): KillPoint {
  return { afterSends: 1 + Math.floor(Math.random() * 3), delayMs: Math.floor(Math.random() * 150) };
}

function runChild(kill: KillPoint): Promise<RunEnd> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [CHILD], {
      cwd: ROOT,
      env: {
        ...process.env,
        CADENCE_DATA_DIR: data.dir,
        CADENCE_MIGRATIONS: MIGRATIONS_FOLDER,
        CRASH_AFTER_SEND: '0.25',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let stderr = '';
    let killedByTest = false;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk) => {
      output += chunk;
      // Counting sends, not milliseconds, so every run makes progress however loaded the
      // machine is; the delay after it still lands the kill at any point of the core's work.
      const sends = output.split('SENT\n').length - 1;
      if (!timer && sends >= kill.afterSends) {
        timer = setTimeout(() => {
          killedByTest = true;
          child.kill('SIGKILL');
        }, kill.delayMs);
      }
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (output.includes('DONE') && code === 0) resolveRun('done');
      else if (output.includes('CRASH-AFTER-SEND')) resolveRun('killed-after-send');
      else if (killedByTest && signal === 'SIGKILL') resolveRun('killed-by-test');
      else reject(new Error(`child exited unexpectedly (${code ?? signal}): ${stderr.slice(-2000)}`));
    });
  });
}

it(
  'publishes every post exactly once across random SIGKILLs',
  async () => {
    await seedDuePosts();
    const ends: RunEnd[] = [];
    for (let run = 0; run < MAX_RUNS; run++) {
      const end = await runChild(randomKillPoint());
      ends.push(end);
      if (end === 'done') break;
    }
    const kills = ends.filter((e) => e !== 'done').length;
    const agent = new AtpAgent({ service: network.pdsUrl });
    const records = await agent.com.atproto.repo.listRecords({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
      limit: 100,
    });
    const texts = records.data.records.map((r) => (r.value as { text: string }).text);
    const duplicates = texts.length - new Set(texts).size;
    console.log(
      `[exactly-once] runs=${ends.length} kills=${kills} ` +
        `(by test ${ends.filter((e) => e === 'killed-by-test').length}, ` +
        `right after a send ${ends.filter((e) => e === 'killed-after-send').length}) ` +
        `records=${texts.length} duplicates=${duplicates}`,
    );

    const t = startTestCore({ dataDir: data.dir, publishing: false });
    const states = t.core.database.sqlite
      .prepare('select state, last_error as lastError from post_targets')
      .all() as Array<{ state: string; lastError: string | null }>;
    await t.core.close();
    const unfinished = states.filter((s) => s.state !== 'published');
    if (unfinished.length > 0) console.log('[exactly-once] unfinished targets', unfinished.slice(0, 5));

    expect(ends.at(-1)).toBe('done');
    expect(kills).toBeGreaterThanOrEqual(10);
    expect(duplicates).toBe(0);
    expect(new Set(texts)).toEqual(
      new Set(Array.from({ length: POSTS }, (_, i) => `Crash test post ${i + 1}`)),
    );
    expect(states.map((s) => s.state)).toEqual(Array(POSTS).fill('published'));
  },
  15 * 60_000,
);
