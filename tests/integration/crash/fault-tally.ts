// The fault run's verdict, from what the networks hold and what Cadence's database says.
//   duplicate: a network holds more than one copy of a post (each extra copy counts);
//   lost: a post neither delivered nor visibly held for the owner;
//   held for the owner: not delivered, and shown as needing them (failed with a message, missed,
//     or an outcome only they can settle), which is not a loss;
//   misreported: delivered, but Cadence does not show it as published, so the owner could send
//     it again (a duplicate in waiting).
import type { Network } from '../../../src-main/shared/entities';
import type { TargetRow } from './child-protocol';

export interface Tally {
  targets: number;
  delivered: number;
  duplicates: number;
  lost: number;
  misreported: number;
  /** Held for the owner at the end, by state. */
  heldAtEnd: { failed: number; missed: number; unknown: number };
  /** Why they are held: "<network> <state>: <message>", with how many. */
  heldReasons: Record<string, number>;
  /** One line per duplicate, loss or misreport, to find its cause. */
  problems: string[];
}

const HELD = new Set(['failed', 'missed']);

export function tally(targets: TargetRow[], textsByNetwork: Map<Network, string[]>): Tally {
  const copies = new Map<string, number>();
  for (const [network, texts] of textsByNetwork) {
    for (const text of texts) copies.set(`${network} ${text}`, (copies.get(`${network} ${text}`) ?? 0) + 1);
  }
  const result: Tally = {
    targets: targets.length,
    delivered: 0,
    duplicates: 0,
    lost: 0,
    misreported: 0,
    heldAtEnd: { failed: 0, missed: 0, unknown: 0 },
    heldReasons: {},
    problems: [],
  };
  for (const target of targets) {
    const found = copies.get(`${target.network} ${target.text}`) ?? 0;
    const held = HELD.has(target.state) || (target.state === 'unknown' && target.nextAttemptAt === null);
    const said = `${target.network} "${target.text}": ${found} on the network, ${target.state} in Cadence after ${target.attempts} attempts (${target.lastError ?? 'no error'})`;
    if (found > 1) {
      result.duplicates += found - 1;
      result.problems.push(`duplicate: ${said}`);
    }
    if (found >= 1 && target.state === 'published') result.delivered += 1;
    else if (found >= 1) {
      result.misreported += 1;
      result.problems.push(`misreported: ${said}`);
    } else if (held) {
      const state = target.state as keyof Tally['heldAtEnd'];
      result.heldAtEnd[state] += 1;
      const reason = `${target.network} ${target.state}: ${target.lastError ?? 'no message'}`;
      result.heldReasons[reason] = (result.heldReasons[reason] ?? 0) + 1;
    } else {
      result.lost += 1;
      result.problems.push(`lost: ${said}`);
    }
  }
  return result;
}
