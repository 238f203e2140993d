// Store-vs-raw races: contenders run in alternating order, each timed call starting from a
// swept young generation. Without the sweep, the garbage one contender leaves (a month is some
// 4,000 row objects) was collected on the next one's clock, and the same month query read 0.65×
// to 1.6× its raw statement from one run to the next; with it, 0.9× to 1.03×.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { median } from './figures';

type CollectGarbage = (options: { type: 'minor' | 'major' }) => void;

// V8 hands out its collector only to a context made after the flag is set.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as CollectGarbage;

/** Runs each contender once per round, alternating who goes first, and returns per-contender medians. */
export async function race(contenders: Array<() => unknown>, iterations: number): Promise<number[]> {
  const times = contenders.map(() => [] as number[]);
  for (let round = 0; round < iterations; round++) {
    const order = round % 2 === 0 ? contenders.map((_, i) => i) : contenders.map((_, i) => i).reverse();
    for (const i of order) {
      collectGarbage({ type: 'minor' });
      const started = performance.now();
      await contenders[i]!();
      times[i]!.push(performance.now() - started);
    }
  }
  return times.map(median);
}
