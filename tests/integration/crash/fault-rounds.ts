// One round of the fault run at a time: queue the round's faults on the networks, write its
// posts, arm the process faults, then move the shared clock from one armed timer to the next
// until every target has settled, answering for the owner where only they can tell. What the
// networks and the child actually gave is what gets counted.
import sharp from 'sharp';
import type { ManualClock } from '../../../src-main/core/clock';
import { ConnectorError } from '../../../src-main/core/connectors/connector-error';
import type { Network } from '../../../src-main/shared/entities';
import { localStringAt } from '../../../src-main/shared/zoned-time';
import type { ChildCore } from './child-core';
import type { TargetRow } from './child-protocol';
import { ChildSupervisor } from './child-supervisor';
import type { FaultNetwork } from './fault-networks';
import { INJECTION_KINDS, type InjectionKind, type RoundPlan } from './fault-plan';

const ZONE = 'America/New_York';
/** Clock steps a round may take before the run calls it stuck. */
const MAX_STEPS_PER_ROUND = 2_000;

interface Queued {
  /** Transport faults in the order they were queued. */
  transport: Array<'reset-after-receipt' | 'bad-gateway-after-processing'>;
  refusals: number;
}

export interface RoundsSetup {
  dataDir: string;
  xApi: string;
  closedPort: number;
  log(line: string): void;
}

export class FaultRounds {
  readonly byKind = Object.fromEntries(INJECTION_KINDS.map((k) => [k, 0])) as Record<InjectionKind, number>;
  readonly byNetwork: Partial<Record<Network, number>> = {};
  /** Outcomes only the owner could settle, answered as an owner checking the channel would. */
  readonly ownerAnswers = { published: 0, sendAgain: 0 };
  /** Channels the owner had to sign in to again, by network. */
  readonly reconnects: Partial<Record<Network, number>> = {};
  posts = 0;
  rounds = 0;
  private readonly cores: ChildSupervisor;
  /** Simulated ms the connection stays down, while a flap is on. */
  private offlineFor: number | null = null;
  /** SIGKILLs after a send still to arm this round, one per process. */
  private crashes: number[] = [];

  constructor(
    private readonly clock: ManualClock,
    private readonly networks: FaultNetwork[],
    private readonly channelOf: Map<Network, string>,
    private readonly setup: RoundsSetup,
  ) {
    this.cores = new ChildSupervisor({
      ...setup,
      now: () => clock.now(),
      onCrashAfterSend: (network) => {
        this.crashes.shift();
        this.count('sigkill-after-send', network);
      },
      onRestart: async (child) => {
        // A new process starts online: the flap ended with the old one.
        this.offlineFor = null;
        await this.armCrash(child);
      },
    });
  }

  get injections(): number {
    return Object.values(this.byKind).reduce((sum, n) => sum + n, 0);
  }

  get restarts(): number {
    return this.cores.restarts;
  }

  begin(): Promise<void> {
    return this.cores.begin();
  }

  async round(plan: RoundPlan): Promise<void> {
    this.rounds += 1;
    const queued = this.queueFaults(plan);
    await this.createPosts(plan.posts);
    this.crashes = [...plan.crashesAfterPublishes];
    await this.cores.withChild((child) => this.armCrash(child));
    const disarm = this.armProcessFaults(plan);
    try {
      await this.settle();
      await this.answerForOwner();
    } finally {
      disarm();
    }
    // What this round planned and did not happen does not carry over to the next.
    this.crashes = [];
    await this.cores.withChild((child) => child.request({ op: 'arm-crash', afterPublishes: 0 }));
    await this.reconnectLostSignIns();
    this.countGiven(queued);
    if (this.rounds % 10 === 0) {
      this.setup.log(
        `[faults] round ${this.rounds}: ${this.injections} injections, ${this.restarts} restarts, ${this.posts} posts`,
      );
    }
  }

  /** Every target as the database has it, once the last core has closed. */
  async end(): Promise<TargetRow[]> {
    const targets = await this.cores.withChild((child) => child.targets('all'));
    await this.cores.child.close();
    return targets;
  }

  dispose(): Promise<void> {
    return this.cores.dispose();
  }

  /**
   * A sign-in lost to a crash (X spends its refresh token when it renews one, and the process
   * died before keeping the new one) stops that channel until the owner reconnects it, as they
   * would from the notification. Posts it failed stay held; later ones go out again.
   */
  private async reconnectLostSignIns(): Promise<void> {
    const channels = (await this.cores.withChild((child) => child.call('channels.list'))) as Array<{
      network: Network;
      connection: string;
    }>;
    for (const { network, connection } of channels) {
      const signInAgain = this.networks.find((n) => n.network === network)?.signInAgain;
      if (connection !== 'needs_reconnect' || !signInAgain) continue;
      let secret: string;
      try {
        secret = await signInAgain();
      } catch (error) {
        // The network turned the sign-in away for now (this run's 429 storms reach it too): the
        // owner tries again later, as the words ask, and the channel waits until then.
        if (error instanceof ConnectorError && error.retryable) continue;
        throw error;
      }
      await this.cores.withChild((child) => child.request({ op: 'reconnect', network, secret }));
      this.reconnects[network] = (this.reconnects[network] ?? 0) + 1;
    }
  }

  /** Answers what only the owner can, as an owner who looked at the channel would, and lets it settle. */
  private async answerForOwner(): Promise<void> {
    for (let pass = 0; pass < 5; pass++) {
      const waiting = await this.cores.withChild((child) => child.targets('awaiting-owner'));
      if (waiting.length === 0) return;
      for (const target of waiting) {
        const network = this.networks.find((n) => n.network === target.network)!;
        const seen = (await network.texts()).includes(target.text);
        await this.cores.withChild((child) =>
          child.call('outbox.resolve', {
            targetId: target.targetId,
            resolution: seen ? 'published' : 'send-again',
          }),
        );
        this.ownerAnswers[seen ? 'published' : 'sendAgain'] += 1;
      }
      await this.settle();
    }
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
  private countGiven(queued: Map<FaultNetwork, Queued>): void {
    for (const [network, counts] of queued) {
      // Every transport fault of a network matches its publish request, so they go first in, first out.
      const given = counts.transport.slice(0, counts.transport.length - network.transport.pending);
      const refusals = counts.refusals - network.refusalsPending;
      network.transport.clear();
      network.clearRefusals();
      for (const kind of given) this.count(kind, network.network);
      for (let i = 0; i < refusals; i++) this.count('rate-limited', network.network);
    }
  }

  /**
   * Not repeated after a restart, which would make a second post with the same text: no fault
   * is armed while posts are written, so a death here fails the run.
   */
  private async createPosts(posts: Network[][]): Promise<void> {
    const child = await this.cores.withChild((live) => Promise.resolve(live));
    const local = localStringAt(this.clock.now() + 60_000, ZONE);
    for (const networks of posts) {
      this.posts += 1;
      const body = `Fault run post ${this.posts}: today's bake, round ${this.rounds}`;
      const post = (await child.call('posts.create', {
        body,
        channelIds: networks.map((n) => this.channelOf.get(n)!),
      })) as { id: string };
      // Every fourth post has a photo, so sends that take several requests are hit too.
      if (this.posts % 4 === 0) {
        await child.call('media.add', {
          postId: post.id,
          fileName: `bake-${this.posts}.png`,
          mimeType: 'image/png',
          dataBase64: (await photoFor(this.posts)).toString('base64'),
          altText: 'A rye loaf on the counter',
        });
      }
      await child.call('posts.schedule', { id: post.id, local, timeZone: ZONE });
    }
  }

  /**
   * The SIGKILL at random and the flap, each once the networks have had its count of requests
   * this round, a few milliseconds later: while the core is at work, wherever it is.
   */
  private armProcessFaults(plan: RoundPlan): () => void {
    const timers = new Set<NodeJS.Timeout>();
    const pending: Array<{ afterRequests: number; act(): void }> = [];
    if (plan.kill) {
      pending.push({
        afterRequests: plan.kill.afterRequests,
        act: () => {
          if (!this.cores.child.alive) return;
          this.cores.child.kill();
          this.count('sigkill-at-random');
        },
      });
    }
    const flap = plan.flap;
    if (flap) {
      pending.push({
        afterRequests: flap.afterRequests,
        act: () => {
          if (!this.cores.child.alive || this.offlineFor !== null) return;
          this.offlineFor = flap.downForMs;
          this.count('offline-flap');
          this.cores.child.request({ op: 'online', online: false }).catch(() => {});
        },
      });
    }
    const requests = () => this.networks.reduce((sum, n) => sum + n.requests, 0);
    const start = requests();
    const watch = setInterval(() => {
      const seen = requests() - start;
      for (const fault of pending.filter((f) => f.afterRequests <= seen)) {
        pending.splice(pending.indexOf(fault), 1);
        timers.add(setTimeout(fault.act, Math.floor(Math.random() * 30)));
      }
    }, 2);
    return () => {
      clearInterval(watch);
      for (const timer of timers) clearTimeout(timer);
    };
  }

  /** Arms the round's next SIGKILL after a send in a core; it stays next until it happens. */
  private async armCrash(child: ChildCore): Promise<void> {
    const afterPublishes = this.crashes[0];
    if (afterPublishes !== undefined) await child.request({ op: 'arm-crash', afterPublishes });
  }

  /** Moves the clock from one armed timer to the next until every target is settled. */
  private async settle(): Promise<void> {
    for (let step = 0; step < MAX_STEPS_PER_ROUND; step++) {
      const settled = await this.cores.withChild(async (child) => {
        const { nextDueAt } = await child.request({ op: 'idle' });
        if (this.offlineFor !== null) {
          await this.moveClock(child, this.clock.now() + this.offlineFor);
          this.offlineFor = null;
          await child.request({ op: 'online', online: true });
          return false;
        }
        const unsettled = await child.targets('unsettled');
        if (unsettled.length === 0) return true;
        if (nextDueAt === null || nextDueAt === undefined) {
          throw new Error(`nothing is armed, yet targets are unsettled: ${JSON.stringify(unsettled)}`);
        }
        await this.moveClock(child, Math.max(this.clock.now(), nextDueAt));
        return false;
      });
      if (settled) return;
    }
    throw new Error(`round ${this.rounds} did not settle in ${MAX_STEPS_PER_ROUND} steps`);
  }

  /** The fakes see the new time before the core acts on it. */
  private async moveClock(child: ChildCore, to: number): Promise<void> {
    this.clock.set(to);
    await child.request({ op: 'set', to });
  }

  private count(kind: InjectionKind, network?: Network): void {
    this.byKind[kind] += 1;
    if (network) this.byNetwork[network] = (this.byNetwork[network] ?? 0) + 1;
  }
}

/** A small PNG of a colour of its own, so each post's photo is a file of its own. */
function photoFor(n: number): Promise<Buffer> {
  const background = { r: (n * 37) % 256, g: (n * 91) % 256, b: (n * 53) % 256 };
  return sharp({ create: { width: 48, height: 32, channels: 3, background } })
    .png()
    .toBuffer();
}
