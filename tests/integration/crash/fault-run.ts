// The crash and fault run: the core in a child process publishes rounds of posts to Bluesky (a
// real PDS) and the fakes of Mastodon, Telegram, Discord, a webhook and X, while faults are
// injected: SIGKILL between a send and its record, SIGKILL at random, the socket reset after
// the network took a post, a 502 after it was processed, storms of 429s, and the connection
// flapping offline. Time is a manual clock the run moves (so backoff and rate-limit waits take
// no real time), shared by the child and the fakes; sockets and processes are real. Where
// Cadence holds a post for the owner because the network cannot tell (Telegram, Discord), the
// run answers as an owner checking the channel would. At the end every post must be on its
// networks exactly once, or visibly held for the owner.
import { createServer, type AddressInfo } from 'node:net';
import { ManualClock } from '../../../src-main/core/clock';
import type { Network } from '../../../src-main/shared/entities';
import { fileSecretStore } from '../../support/file-secret-store';
import { tempDir } from '../../support/temp-dir';
import { startTestCore } from '../../support/test-core';
import { bundleFaultChild } from './child-core';
import { startFaultNetworks } from './fault-networks';
import { FaultPlanner, seededRandom, type InjectionKind } from './fault-plan';
import { FaultRounds } from './fault-rounds';
import { tally, type Tally } from './fault-tally';

export interface FaultRunOptions {
  injections: number;
  seed?: number;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
}

export interface FaultReport extends Tally {
  injections: number;
  byKind: Record<InjectionKind, number>;
  byNetwork: Partial<Record<Network, number>>;
  /** Outcomes only the owner could settle, answered during the run as an owner checking the channel would. */
  ownerAnswers: { published: number; sendAgain: number };
  /** Channels whose sign-in a crash cost, signed in to again as the owner would. */
  reconnects: Partial<Record<Network, number>>;
  posts: number;
  rounds: number;
  restarts: number;
  simulatedHours: number;
  violations: string[];
  seed: number;
  /** Starting the PDS and the fakes and connecting every channel, within durationMs. */
  setupMs: number;
  durationMs: number;
}

export async function runFaults(options: FaultRunOptions): Promise<FaultReport> {
  const startedAt = performance.now();
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const log = options.log ?? (() => {});
  const clock = new ManualClock(Date.now());
  const start = clock.now();
  const data = tempDir('cadence-faults-');
  const networks = await startFaultNetworks(clock);
  try {
    const secrets = fileSecretStore(`${data.dir}/test-secrets.json`);
    // Channels are connected in this process first; the child finds them on the data folder.
    const seeder = startTestCore({
      dataDir: data.dir,
      clock: new ManualClock(clock.now()),
      secrets,
      publishing: false,
    });
    for (const network of networks.all) await network.connect(seeder, secrets);
    const channelOf = new Map(
      (await seeder.call('channels.list')).map((channel) => [channel.network, channel.id] as const),
    );
    await seeder.core.close();
    await bundleFaultChild();
    const setupMs = Math.round(performance.now() - startedAt);

    const run = new FaultRounds(clock, networks.all, channelOf, {
      dataDir: data.dir,
      xApi: networks.xApi,
      closedPort: await closedPort(),
      log,
    });
    const planner = new FaultPlanner(
      seededRandom(seed),
      networks.all.map((n) => n.network),
    );
    let targets;
    try {
      await run.begin();
      while (run.injections < options.injections) {
        await run.round(planner.round(options.injections - run.injections));
      }
      targets = await run.end();
    } finally {
      await run.dispose();
    }
    const texts = new Map<Network, string[]>();
    for (const network of networks.all) texts.set(network.network, await network.texts());
    return {
      injections: run.injections,
      byKind: run.byKind,
      byNetwork: run.byNetwork,
      ...tally(targets, texts),
      ownerAnswers: run.ownerAnswers,
      reconnects: run.reconnects,
      posts: run.posts,
      rounds: run.rounds,
      restarts: run.restarts,
      simulatedHours: Math.round(((clock.now() - start) / 3_600_000) * 10) / 10,
      violations: networks.all.flatMap((n) => n.violations().map((v) => `${n.network}: ${v}`)),
      seed,
      setupMs,
      durationMs: Math.round(performance.now() - startedAt),
    };
  } finally {
    await networks.close();
    data.cleanup();
  }
}

/** A port nothing listens on: connecting to it is refused at once, as offline. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
