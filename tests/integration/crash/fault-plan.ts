// Which faults a round of the fault run injects. Each network gets two posts a round and two
// rolls of the dice: an answer lost after the network acted (the socket reset, or a 502), a
// storm of 429s, or nothing. The core's process gets its own: SIGKILLs right after a publish
// is answered and before it is recorded, a SIGKILL at a random moment, and the connection
// flapping offline and back. Rounds stop planning once the budget of injections is spent.
import type { Network } from '../../../src-main/shared/entities';
import type { TransportFault } from '../../fakes/transport-faults';

export const INJECTION_KINDS = [
  'sigkill-after-send',
  'sigkill-at-random',
  'reset-after-receipt',
  'bad-gateway-after-processing',
  'rate-limited',
  'offline-flap',
] as const;
export type InjectionKind = (typeof INJECTION_KINDS)[number];

export type NetworkFault =
  | { kind: 'reset-after-receipt' | 'bad-gateway-after-processing'; transport: TransportFault }
  /** A storm: this many 429s in a row, each asking to wait `waitSeconds`. */
  | { kind: 'rate-limited'; count: number; waitSeconds: number };

export interface RoundPlan {
  /** Posts of the round, each on half the networks; every network gets two. */
  posts: Network[][];
  faults: Array<{ network: Network; fault: NetworkFault }>;
  /**
   * SIGKILLs right after a publish is answered and before it is recorded: the process kills
   * itself after this many publishes, then (once started again) after the next count.
   */
  crashesAfterPublishes: number[];
  /** The parent SIGKILLs the core once the networks have had this many requests this round. */
  kill: { afterRequests: number } | null;
  /** The connection drops once the networks have had this many requests, for this many simulated ms. */
  flap: { afterRequests: number; downForMs: number } | null;
}

/** mulberry32: a small seeded generator, so a run's plan can be repeated from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultPlanner {
  constructor(
    private readonly random: () => number,
    private readonly networks: Network[],
  ) {}

  private rounds = 0;

  /**
   * The next round, planning at most `budget` injections. Every round has a SIGKILL after a
   * send; rounds take turns at a SIGKILL at random and an offline flap, so a short run has
   * every kind too.
   */
  round(budget: number): RoundPlan {
    this.rounds += 1;
    let left = budget;
    const take = (count: number) => {
      const granted = Math.min(count, left);
      left -= granted;
      return granted;
    };
    const plan: RoundPlan = {
      posts: [...this.halves(), ...this.halves()],
      faults: [],
      crashesAfterPublishes: [],
      kill: null,
      flap: null,
    };
    const odd = this.rounds % 2 === 1;
    // A round makes at least one request per post and network (twelve), so these all come due.
    if (take(1)) plan.crashesAfterPublishes.push(1 + this.int(6));
    if ((odd || this.random() < 0.2) && take(1)) plan.kill = { afterRequests: 1 + this.int(10) };
    if ((!odd || this.random() < 0.3) && take(1)) {
      // Mostly seconds to minutes; one in five for hours, past Mastodon's one-hour memory of a
      // post's Idempotency-Key and X's two-hour access token.
      const downForMs =
        this.random() < 0.2 ? 60 * 60_000 + this.int(2 * 60 * 60_000) : 10_000 + this.int(15 * 60_000);
      plan.flap = { afterRequests: 1 + this.int(10), downForMs };
    }
    if (this.random() < 0.5 && take(1)) plan.crashesAfterPublishes.push(1 + this.int(4));
    for (const network of this.networks) {
      for (let roll = 0; roll < 2 && left > 0; roll++) {
        const fault = this.networkFault();
        if (!fault) continue;
        if (fault.kind === 'rate-limited') fault.count = take(fault.count);
        else take(1);
        plan.faults.push({ network, fault });
      }
    }
    return plan;
  }

  private networkFault(): NetworkFault | null {
    const roll = this.random();
    if (roll < 0.17) return { kind: 'reset-after-receipt', transport: { kind: 'drop-after-handling' } };
    if (roll < 0.3) {
      const waitMs = 50 + this.int(350);
      return { kind: 'reset-after-receipt', transport: { kind: 'drop-after-wait', waitMs } };
    }
    if (roll < 0.52) {
      return { kind: 'bad-gateway-after-processing', transport: { kind: 'bad-gateway-after-handling' } };
    }
    if (roll < 0.64) return { kind: 'rate-limited', count: 2 + this.int(2), waitSeconds: 1 + this.int(120) };
    return null;
  }

  /** Two posts covering every network once, half of them each. */
  private halves(): Network[][] {
    const shuffled = [...this.networks];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const half = Math.ceil(shuffled.length / 2);
    return [shuffled.slice(0, half), shuffled.slice(half)];
  }

  private int(below: number): number {
    return Math.floor(this.random() * below);
  }
}
