// Generated payloads through core.invoke, the boundary every request from the renderer or the
// web bridge crosses: arbitrary values for every channel, and valid inputs with hostile changes.
// Every answer must be a result with a typed error code (never INTERNAL), nothing may throw or
// crash, no request may leave the process, and the database must still be sound afterwards.
//
// `npm test` sends 2,500 payloads (about 20 s here); `npm run fuzz` sends 10,000. FUZZ_RUNS
// sets the count and FUZZ_SEED the seed; both are printed, and a failure prints the payload
// with the seed and path that reproduce it.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract } from '../../src-main/shared/contract';
import { materialise, payloads, type Payload } from '../support/fuzz-payloads';
import { FuzzWorld } from '../support/fuzz-world';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2_500);
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_519);

let world: FuzzWorld;

beforeAll(async () => {
  world = new FuzzWorld();
  await world.setUp();
});
afterAll(async () => {
  await world?.dispose();
});

async function send(payload: Payload) {
  await world.restore();
  const ids = Object.values(world.ids).flatMap((id) => (typeof id === 'string' ? [id] : [id.itemId]));
  // A channel without a seed still gets its mutations, of an empty object (the test above fails).
  const input = materialise(payload, world.seedFor(payload.channel) ?? {}, [...ids, 'no-such-id']);
  return world.t.core.invoke(payload.channel, input);
}

describe('the IPC boundary under generated input', () => {
  it('has a valid seed for every channel of the contract', async () => {
    for (const channel of CHANNEL_NAMES) {
      const seed = world.seedFor(channel);
      expect(seed, `${channel} needs a valid input in seeds() of tests/support/fuzz-world.ts`).toBeDefined();
      const parsed = contract[channel].input.safeParse(seed);
      expect(parsed.success, `${channel}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it(`answers ${RUNS} payloads with typed errors only, and leaves the database sound`, async () => {
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(payloads, async (payload) => {
        // A throw (a crash of the boundary) fails the property too, with the payload.
        const result = await send(payload);
        const code = result.ok ? 'ok' : result.error.code;
        codes.set(code, (codes.get(code) ?? 0) + 1);
        return code !== 'INTERNAL';
      }),
      // No shrinking: earlier payloads changed the world, so a smaller replay proves little.
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    const db = world.t.core.database.sqlite;
    const report = {
      seed: SEED,
      payloads: RUNS,
      answers: Object.fromEntries([...codes].sort(([a], [b]) => a.localeCompare(b))),
      requestsRefusedBeforeLeaving: world.fetchAttempts.length,
    };
    console.log(`[ipc-fuzz] ${JSON.stringify(report)}`);

    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The world still works: the payloads broke nothing the next request needs.
    expect((await world.t.call('posts.get', { id: world.ids.post })).id).toBe(world.ids.post);
  }, 600_000);
});
