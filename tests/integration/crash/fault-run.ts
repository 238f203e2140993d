// The crash and fault run: the core in a child process publishes rounds of posts to Bluesky (a
// real PDS) and the fakes of Mastodon, Telegram, Discord, a webhook and X, while faults are
// injected: SIGKILL between a send and its record, SIGKILL at random, the socket reset after
// the network took a post, a 502 after it was processed, storms of 429s, and the connection
// flapping offline. Time is a manual clock the run moves (so backoff and rate-limit waits take
// no real time), shared by the child and the fakes; sockets and processes are real. Where
// Cadence holds a post for the owner because the network cannot tell (Telegram, Discord), the
// run answers as an owner checking the channel would. At the end every post must be on its
// networks exactly once, or visibly held for the owner.
import { createServer } from 'node:net';
import sharp from 'sharp';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '../../../src-main/core/clock';
import type { Network } from '../../../src-main/shared/entities';
import { localStringAt } from '../../../src-main/shared/zoned-time';
import { fileSecretStore } from '../../support/file-secret-store';
import { makeDataDir, startTestCore } from '../../support/test-core';
import { bundleFaultChild, ChildCore, ChildDied } from './child-core';
import type { TargetRow } from './child-protocol';
import { startFaultNetworks, type FaultNetwork } from './fault-networks';
import {
  FaultPlanner,
  INJECTION_KINDS,
  seededRandom,
  type InjectionKind,
  type RoundPlan,
} from './fault-plan';
import { tally, type Tally } from './fault-tally';

const ZONE = 'America/New_York';
/** Clock steps a round may take before the run calls it stuck. */
const MAX_STEPS_PER_ROUND = 2_000;

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
  const data = makeDataDir('cadence-faults-');
  const networks = await startFaultNetworks(clock);
  try {
    const secrets = fileSecretStore(`${data.dir}/test-secrets.json`);
    const seeder = startTestCore({ dataDir: data.dir, clock: new ManualClock(clock.now()), secrets });
    for (const network of networks.all) await network.connect(seeder, secrets);
    const channelOf = new Map(
      (await seeder.call('channels.list')).map((channel) => [channel.network, channel.id] as const),
    );
    await seeder.core.close();
    await bundleFaultChild();
    const setupMs = Math.round(performance.now() - startedAt);

    const run = new FaultRun(clock, networks.all, channelOf, {
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

interface Queued {
  /** Transport faults in the order they were queued. */
  transport: Array<'reset-after-receipt' | 'bad-gateway-after-processing'>;
  refusals: number;
}

interface RunSetup {
  dataDir: string;
  xApi: string;
  closedPort: number;
  log(line: string): void;
}

class FaultRun {
  readonly byKind = Object.fromEntries(INJECTION_KINDS.map((k) => [k, 0])) as Record<InjectionKind, number>;
  readonly byNetwork: Partial<Record<Network, number>> = {};
  readonly ownerAnswers = { published: 0, sendAgain: 0 };
  posts = 0;
  rounds = 0;
  restarts = 0;
  private child!: ChildCore;
  /** The next process, started ahead of need so a restart only waits for the core to boot. */
  private spare: Promise<ChildCore> | null = null;
  private offlineFor: number | null = null;
  /** SIGKILLs after a send still to arm this round, one per process. */
  private crashes: number[] = [];

  constructor(
    private readonly clock: ManualClock,
    private readonly networks: FaultNetwork[],
    private readonly channelOf: Map<Network, string>,
    private readonly setup: RunSetup,
  ) {}

  get injections(): number {
    return Object.values(this.byKind).reduce((sum, n) => sum + n, 0);
  }

  async begin(): Promise<void> {
    this.child = await this.bootChild();
  }

  async round(plan: RoundPlan): Promise<void> {
    this.rounds += 1;
    const queued = this.queueFaults(plan);
    await this.createPosts(plan.posts);
    this.crashes = [...plan.crashesAfterPublishes];
    await this.withChild(() => this.armCrash());
    const timers = this.armProcessFaults(plan);
    try {
      await this.settle();
      await this.settleOwnerAnswers();
    } finally {
      for (const timer of timers) clearTimeout(timer);
    }
    // What this round planned and did not happen does not carry over to the next.
    this.crashes = [];
    await this.withChild(() => this.child.request({ op: 'arm-crash', afterPublishes: 0 }));
    this.countConsumed(queued);
    if (this.rounds % 10 === 0) {
      this.setup.log(
        `[faults] round ${this.rounds}: ${this.injections} injections, ${this.restarts} restarts, ${this.posts} posts`,
      );
    }
  }

  /** Answers what only the owner can, as an owner who looked at the channel would, and lets it settle. */
  async settleOwnerAnswers(): Promise<void> {
    for (let pass = 0; pass < 5; pass++) {
      const waiting = await this.withChild(() => this.child.targets('awaiting-owner'));
      if (waiting.length === 0) return;
      for (const target of waiting) {
        const network = this.networks.find((n) => n.network === target.network)!;
        const seen = (await network.texts()).includes(target.text);
        await this.withChild(() =>
          this.child.call('outbox.resolve', {
            targetId: target.targetId,
            resolution: seen ? 'published' : 'send-again',
          }),
        );
        this.ownerAnswers[seen ? 'published' : 'sendAgain'] += 1;
      }
      await this.settle();
    }
  }

  async end(): Promise<TargetRow[]> {
    const targets = await this.withChild(() => this.child.targets('all'));
    await this.child.close();
    return targets;
  }

  private queueFaults(plan: RoundPlan): Map<FaultNetwork, Queued> {
    const queued = new Map<FaultNetwork, Queued>();
    for (const network of this.networks) queued.set(network, { transport: [], refusals: 0 });
    for (const { network: name, fault } of plan.faults) {
      const network = this.networks.find((n) => n.network === name)!;
      const counts = queued.get(network)!;
      if (fault.kind === 'rate-limited') {
        for (let i = 0; i < fault.count; i++) network.refuse(fault.waitSeconds);
        counts.refusals += fault.count;
      } else {
        network.transport.add(fault.transport, network.publish);
        counts.transport.push(fault.kind);
      }
    }
    return queued;
  }

  /** Counts the network faults that were given, by kind, and drops the rest. */
  private countConsumed(queued: Map<FaultNetwork, Queued>): void {
    for (const [network, counts] of queued) {
      // Every transport fault of a network matches its publish request, so they go first in, first out.
      const given = counts.transport.slice(0, counts.transport.length - network.transport.pending);
      const refusals = counts.refusals - network.refusalsPending;
      network.transport.clear();
      network.clearRefusals();
      for (const kind of given) this.count(kind);
      this.byKind['rate-limited'] += refusals;
      this.byNetwork[network.network] = (this.byNetwork[network.network] ?? 0) + given.length + refusals;
    }
  }

  /**
   * Not repeated after a restart, which would make a second post with the same text: no fault
   * is armed while posts are written, so a death here fails the run.
   */
  private async createPosts(posts: Network[][]): Promise<void> {
    await this.withChild(() => Promise.resolve());
    const local = localStringAt(this.clock.now() + 60_000, ZONE);
    for (const networks of posts) {
      this.posts += 1;
      const body = `Fault run post ${this.posts}: today's bake, round ${this.rounds}`;
      const post = (await this.child.call('posts.create', {
        body,
        channelIds: networks.map((n) => this.channelOf.get(n)!),
      })) as { id: string };
      // Every fourth post has a photo, so sends that take several requests are hit too.
      if (this.posts % 4 === 0) {
        await this.child.call('media.add', {
          postId: post.id,
          fileName: `bake-${this.posts}.png`,
          mimeType: 'image/png',
          dataBase64: (await photoFor(this.posts)).toString('base64'),
          altText: 'A rye loaf on the counter',
        });
      }
      await this.child.call('posts.schedule', { id: post.id, local, timeZone: ZONE });
    }
  }

  private armProcessFaults(plan: RoundPlan): NodeJS.Timeout[] {
    const timers: NodeJS.Timeout[] = [];
    if (plan.killAfterMs !== null) {
      timers.push(
        setTimeout(() => {
          if (!this.child.alive) return;
          this.child.kill();
          this.count('sigkill-at-random');
        }, plan.killAfterMs),
      );
    }
    const flap = plan.flap;
    if (flap) {
      timers.push(
        setTimeout(() => {
          if (!this.child.alive || this.offlineFor !== null) return;
          this.offlineFor = flap.downForMs;
          this.count('offline-flap');
          this.child.request({ op: 'online', online: false }).catch(() => {});
        }, flap.afterMs),
      );
    }
    return timers;
  }

  /** Moves the clock from one armed timer to the next until every target is settled. */
  private async settle(): Promise<void> {
    for (let step = 0; step < MAX_STEPS_PER_ROUND; step++) {
      const settled = await this.withChild(async () => {
        const { nextDueAt } = await this.child.request({ op: 'idle' });
        if (this.offlineFor !== null) {
          await this.moveClock(this.clock.now() + this.offlineFor);
          this.offlineFor = null;
          await this.child.request({ op: 'online', online: true });
          return false;
        }
        const unsettled = await this.child.targets('unsettled');
        if (unsettled.length === 0) return true;
        if (nextDueAt === null || nextDueAt === undefined) {
          throw new Error(`nothing is armed, yet targets are unsettled: ${JSON.stringify(unsettled)}`);
        }
        await this.moveClock(Math.max(this.clock.now(), nextDueAt));
        return false;
      });
      if (settled) return;
    }
    throw new Error(`round ${this.rounds} did not settle in ${MAX_STEPS_PER_ROUND} steps`);
  }

  /** The fakes see the new time before the core acts on it. */
  private async moveClock(to: number): Promise<void> {
    this.clock.set(to);
    await this.child.request({ op: 'set', to });
  }

  /** Runs `work`, starting the core again (and running `work` again) whenever it was killed. */
  private async withChild<T>(work: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        if (!this.child.alive) {
          await this.child.exited;
          this.child = await this.bootChild();
          this.restarts += 1;
          // A new process starts online: the flap ended with the old one.
          this.offlineFor = null;
          await this.armCrash();
        }
        return await work();
      } catch (error) {
        if (!(error instanceof ChildDied)) throw error;
      }
    }
  }

  private async armCrash(): Promise<void> {
    const afterPublishes = this.crashes.shift();
    if (afterPublishes !== undefined) await this.child.request({ op: 'arm-crash', afterPublishes });
  }

  /** Kills whatever processes are left, for a run that ends early. */
  async dispose(): Promise<void> {
    this.child?.kill();
    (await this.spare?.catch(() => null))?.kill();
  }

  private async bootChild(): Promise<ChildCore> {
    const child = await (this.spare ?? this.loadChild());
    this.spare = this.loadChild();
    await child.boot(this.clock.now());
    return child;
  }

  private loadChild(): Promise<ChildCore> {
    return ChildCore.load({
      dataDir: this.setup.dataDir,
      xApi: this.setup.xApi,
      closedPort: this.setup.closedPort,
      onCrashAfterSend: (network) => {
        this.count('sigkill-after-send');
        this.byNetwork[network] = (this.byNetwork[network] ?? 0) + 1;
      },
    });
  }

  private count(kind: InjectionKind): void {
    this.byKind[kind] += 1;
  }
}

/** A small PNG of a colour of its own, so each post's photo is a file of its own. */
function photoFor(n: number): Promise<Buffer> {
  const background = { r: (n * 37) % 256, g: (n * 91) % 256, b: (n * 53) % 256 };
  return sharp({ create: { width: 48, height: 32, channels: 3, background } })
    .png()
    .toBuffer();
}

/** A port nothing listens on: connecting to it is refused at once, as offline. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
