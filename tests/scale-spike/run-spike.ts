// The shared-workspace spike (docs/scale.md): `npm run spike:scale`. Two real Cadence cores, each
// with the real PowerSync client, against Postgres on 127.0.0.1. It shows a post edited offline
// reaching the other device, a conflict settled by the written rule, the approval gate, two
// devices racing for one target's publish lease with exactly one post reaching the network, and a
// lease taken over after a lost answer, reconciled before any resend. It measures sync latency on loopback and the bytes one post edit costs. Exits 1 if any check fails.
// SPIKE_DEBUG=1 prints PowerSync's log and every line the sync service streams.
import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import type { Device } from './device';
import { LEASE_TTL_MS, SHOP_SITE, startSpikeWorld, type SpikeWorld } from './spike-world';

const EDITS_MEASURED = 40;
let checks = 0;

function check(what: string, condition: boolean, detail?: unknown): void {
  assert.ok(condition, `${what}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
  checks += 1;
  console.log(`  ok  ${what}`);
}

const bodyIs = (device: Device, postId: string, body: string) => async () =>
  (await device.bodyInCore(postId)) === body;

async function offlineEdit(world: SpikeWorld, postId: string): Promise<number> {
  const { maya, sam } = world;
  console.log('1. A post edited offline reaches the other device');
  await maya.goOffline();
  const edited = 'Autumn sale: 25% off every sourdough loaf, Saturday only. Come early!';
  await maya.editBody(postId, edited);
  check("Maya's edit waits in her upload queue while she is offline", (await maya.pendingUploads()) > 0);
  check("Sam's core still has the old text", (await sam.bodyInCore(postId)) !== edited);
  const reconnected = performance.now();
  await maya.goOnline();
  await sam.until(bodyIs(sam, postId, edited), "Maya's offline edit in Sam's core");
  const catchUpMs = performance.now() - reconnected;
  check("Sam's core has Maya's offline edit after she reconnects", true);
  await maya.until(async () => (await maya.pendingUploads()) === 0, "Maya's upload queue to empty");
  check("Maya's upload queue is empty", true);
  return catchUpMs;
}

async function conflict(world: SpikeWorld, postId: string): Promise<void> {
  const { maya, sam } = world;
  console.log('2. Both edit the same text offline: the written rule settles it');
  await Promise.all([maya.goOffline(), sam.goOffline()]);
  const mayaText = 'Autumn sale: 25% off sourdough, Saturday 8-12.';
  const samText = 'Autumn sale: 25% off sourdough and rye, all weekend.';
  await maya.editBody(postId, mayaText);
  await sam.editBody(postId, samText);
  await maya.goOnline(); // Maya's edit reaches the server first.
  await maya.until(async () => (await maya.pendingUploads()) === 0, "Maya's upload");
  await sam.goOnline();
  const copyOf = async (device: Device) =>
    (await device.db.getOptional<{ id: string }>('select id from posts where conflict_of = ?', [postId]))?.id;
  for (const device of [maya, sam]) {
    await device.until(
      async () => (await device.bodyInCore(postId)) === mayaText,
      'the first edit on the post',
    );
    await device.until(async () => {
      const copy = await copyOf(device);
      return copy !== undefined && (await device.bodyInCore(copy)) === samText;
    }, "Sam's text as a conflict copy");
  }
  check('both cores keep the first edit to reach the server on the post', true);
  check("both cores have Sam's later text as a conflict copy draft (nothing lost)", true);
}

async function approvalAndLeaseRace(world: SpikeWorld, postId: string): Promise<void> {
  const { maya, sam } = world;
  console.log("4. Approval gate, then two devices race for one target's publish lease");
  await sam.approve(postId);
  await sam.until(async () => sam.refused.length > 0, "the server's answer to Sam's approval");
  check(
    'a writer cannot approve: the server refuses it',
    /writer cannot change approval/.test(sam.refused[0] ?? ''),
  );
  await sam.until(
    async () => (await sam.row(postId))?.approval === 'draft',
    'the refused approval to be undone',
  );
  check("Sam's device shows the post unapproved again", true);
  await maya.approve(postId);
  await sam.until(
    async () => (await sam.row(postId))?.approval === 'approved',
    "Maya's approval on Sam's device",
  );
  check("the owner's approval reaches Sam's device", true);

  const before = world.postsReceived();
  await Promise.all([maya.publishNow(postId), sam.publishNow(postId)]);
  await Promise.all([maya.t.core.whenIdle(), sam.t.core.whenIdle()]);
  const states = { maya: await maya.targetStates(postId), sam: await sam.targetStates(postId) };
  check(
    'exactly one post reached the network',
    world.postsReceived() - before === 1,
    world.postsReceived() - before,
  );
  const winners = [states.maya, states.sam].filter((s) => s[0] === 'published').length;
  check('one device published; the other waits for the lease', winners === 1, states);
  const loser = states.maya[0] === 'published' ? sam : maya;
  await loser.t.runFor(LEASE_TTL_MS + 1_000);
  check(
    'the waiting device then learns it is published',
    (await loser.targetStates(postId))[0] === 'published',
  );
  check('still exactly one post on the network', world.postsReceived() - before === 1);
  check('the receiver stored one delivery', world.postsDelivered() === 1, world.postsDelivered());
}

/** Waits, in the server's time, until the target's lease has run out. */
async function leaseExpired(world: SpikeWorld, targetKey: string): Promise<void> {
  for (let polls = 0; polls < 100; polls += 1) {
    const { rows } = await world.pool.query<{ over: boolean }>(
      'select expires_at < now() as over from publish_leases where target_key = $1',
      [targetKey],
    );
    if (rows[0]?.over) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the lease on ${targetKey} did not run out`);
}

async function takeover(world: SpikeWorld): Promise<void> {
  const { maya, sam, backend } = world;
  console.log('5. The holder loses the answer mid-send: the next holder reconciles before retrying');
  const postId = await maya.writePost('Sourdough class on Sunday: four places left.', [SHOP_SITE]);
  await maya.approve(postId);
  await sam.until(async () => (await sam.row(postId))?.approval === 'approved', 'the approved post');
  const targetKey = `${postId}:${SHOP_SITE}`;
  const before = world.postsDelivered();
  const requestsBefore = world.postsReceived();
  // The receiver stores Maya's post, then her answer is lost: she cannot know it went out.
  world.hook.faults.add({ kind: 'hang', afterHandling: true });
  await maya.publishNow(postId);
  await maya.t.core.whenIdle();
  check("Maya's post reached the receiver", world.postsDelivered() === before + 1);
  check("Maya's core does not know the outcome", (await maya.targetStates(postId))[0] === 'unknown');
  await leaseExpired(world, targetKey);
  await sam.publishNow(postId);
  await sam.t.core.whenIdle();
  const { rows } = await world.pool.query<{ token: string; remote_id: string }>(
    'select token, remote_id from publish_leases where target_key = $1',
    [targetKey],
  );
  check("Sam's core took the lease over (token 2), reconciled and resent", rows[0]?.token === '2', rows[0]);
  check("Sam's core is published", (await sam.targetStates(postId))[0] === 'published');
  const resent = world.postsReceived() === requestsBefore + 2;
  check('the resend under the same key stored nothing new', resent && world.postsDelivered() === before + 1);
  const late = await fetch(`${backend.url}/lease/published`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer token-maya-laptop' },
    body: JSON.stringify({ targetKey, token: 1, remoteId: rows[0]!.remote_id, remoteUrl: null }),
  });
  const { fenced } = (await late.json()) as { fenced: boolean };
  check("Maya's late answer is stored with her attempt but fenced off the lease", fenced);
  const requests = world.postsReceived();
  await maya.t.runFor(60_000); // Her core's reconcile comes due: it asks the server first.
  check("Maya's core learns the post is published", (await maya.targetStates(postId))[0] === 'published');
  check(
    'and sends nothing more',
    world.postsReceived() === requests && world.postsDelivered() === before + 1,
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(world: SpikeWorld, postId: string) {
  const { maya, sam, backend, sync } = world;
  console.log(`3. Figures: ${EDITS_MEASURED} edits on Maya's laptop, each timed until it is in Sam's core`);
  const uploadsBefore = backend.uploadBytes.length;
  const streamBefore = {
    maya: sync.bytesTo.get('maya-laptop') ?? 0,
    sam: sync.bytesTo.get('sam-laptop') ?? 0,
  };
  const wireBefore = { backend: backend.wire(), sync: sync.wire() };
  const latencies: number[] = [];
  let textBytes = 0;
  for (let edit = 0; edit < EDITS_MEASURED; edit += 1) {
    const body = `Fresh today (${edit}): cinnamon knots, seeded rye and the last of the plum tarts. Open 7-3.`;
    textBytes += Buffer.byteLength(body);
    const started = performance.now();
    await maya.editBody(postId, body);
    await sam.until(bodyIs(sam, postId, body), `edit ${edit} in Sam's core`);
    latencies.push(performance.now() - started);
    await maya.until(async () => (await maya.pendingUploads()) === 0, 'the upload to finish');
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const uploads = backend.uploadBytes.slice(uploadsBefore);
  const wireAfter = { backend: backend.wire(), sync: sync.wire() };
  const per = (n: number) => Math.round(n / EDITS_MEASURED);
  return {
    edits: EDITS_MEASURED,
    postTextBytesPerEdit: per(textBytes),
    latencyMs: {
      median: +percentile(sorted, 50).toFixed(1),
      p95: +percentile(sorted, 95).toFixed(1),
      min: +sorted[0]!.toFixed(1),
      max: +sorted.at(-1)!.toFixed(1),
    },
    bytesPerEdit: {
      uploadBody: per(uploads.reduce((sum, n) => sum + n, 0)),
      streamToOtherDevice: per((sync.bytesTo.get('sam-laptop') ?? 0) - streamBefore.sam),
      streamBackToEditor: per((sync.bytesTo.get('maya-laptop') ?? 0) - streamBefore.maya),
      wireAllHttp:
        per(
          wireAfter.backend.received -
            wireBefore.backend.received +
            wireAfter.backend.sent -
            wireBefore.backend.sent,
        ) +
        per(wireAfter.sync.received - wireBefore.sync.received + wireAfter.sync.sent - wireBefore.sync.sent),
    },
  };
}

async function main(): Promise<void> {
  const world = await startSpikeWorld();
  // Stopped by hand: still stop Postgres and remove the folders.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void world.stop().finally(() => process.exit(1)));
  }
  try {
    const postId = await world.maya.writePost('Autumn sale: 20% off sourdough', [SHOP_SITE]);
    await world.sam.until(bodyIs(world.sam, postId, 'Autumn sale: 20% off sourdough'), 'the new post');
    const catchUpMs = await offlineEdit(world, postId);
    await conflict(world, postId);
    const figures = await measure(world, postId);
    await approvalAndLeaseRace(world, postId);
    await takeover(world);
    for (const device of [world.maya, world.sam])
      assert.deepEqual(device.bridge.errors, [], device.options.name);
    console.log(JSON.stringify({ offlineCatchUpMs: +catchUpMs.toFixed(1), ...figures }, null, 2));
    console.log(`${checks} passed, 0 failed`);
  } finally {
    await world.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  console.log(`${checks} passed, 1 failed`);
  process.exit(1);
});
