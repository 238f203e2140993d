// A Bluesky post whose answer is lost after the real PDS wrote it: a loopback proxy in front of
// the PDS lets putRecord through and then (a) cuts the socket, (b) answers 502, or (c) cuts
// it after a wait. Over a simulated hour the post must exist exactly once, and after a lost
// answer Cadence asks the PDS for the record (at its derived key) before writing anything again.
import { AtpAgent } from '@atproto/api';
import { afterAll, beforeAll, expect, it, onTestFinished } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { TRANSPORT_FAULTS } from '../fakes/transport-faults';
import { startBlueskyNetwork, type BlueskyAccount, type BlueskyNetwork } from '../support/bluesky-network';
import { startFaultyProxy } from '../support/faulty-proxy';
import { attemptRows, targetRow } from '../support/outbox-harness';
import { tempDir } from '../support/temp-dir';
import { startTestCore } from '../support/test-core';
import { HOUR } from '../support/time';

const PUT_RECORD = '/xrpc/com.atproto.repo.putRecord';
const GET_RECORD = '/xrpc/com.atproto.repo.getRecord';

let network: BlueskyNetwork;
let shop: BlueskyAccount;
beforeAll(async () => {
  network = await startBlueskyNetwork();
  shop = await network.createAccount('lostanswers');
}, 180_000);
afterAll(() => network?.stop());

/** Posts on the PDS with this text, read from the PDS itself. */
async function postsWithText(text: string): Promise<number> {
  const agent = new AtpAgent({ service: network.pdsUrl });
  const listed = await agent.com.atproto.repo.listRecords({
    repo: shop.did,
    collection: 'app.bsky.feed.post',
    limit: 100,
  });
  return listed.data.records.filter((record) => (record.value as { text?: string }).text === text).length;
}

it.each(TRANSPORT_FAULTS)(
  'a post whose putRecord answer is lost (%s) exists exactly once an hour later',
  async (_case, fault) => {
    const proxy = await startFaultyProxy(network.pdsUrl);
    const data = tempDir('cadence-bluesky-lost-');
    const t = startTestCore({ dataDir: data.dir, clock: new ManualClock(Date.UTC(2026, 10, 25, 12)) });
    onTestFinished(async () => {
      await t.close();
      await proxy.close();
      data.cleanup();
    });
    const channel = await t.call('channels.connect', {
      network: 'bluesky',
      serviceUrl: proxy.url,
      identifier: shop.handle,
      appPassword: shop.password,
    });
    proxy.transport.add(fault, { method: 'POST', path: PUT_RECORD });
    const text = `Rye is back (${fault.kind})`;
    const post = await t.call('posts.create', { body: text, channelIds: [channel.id] });
    await t.call('posts.publishNow', { id: post.id });
    await t.runFor(HOUR);

    expect(await postsWithText(text)).toBe(1);
    const targetId = (await t.call('posts.get', { id: post.id })).targets[0]!.id;
    expect(targetRow(t, targetId).state).toBe('published');
    const puts = proxy.requests.filter((r) => r.path === PUT_RECORD);
    if (fault.kind === 'bad-gateway-after-handling') {
      // Bluesky recognises a resend (the same record at the same key), so a 5xx is retried.
      expect(attemptRows(t, targetId)[0]!.outcome).toBe('retry');
      expect(puts).toHaveLength(2);
    } else {
      // The outcome was unknown: the PDS was asked for the record, found it, and nothing was resent.
      expect(attemptRows(t, targetId)[0]!.outcome).toBe('unknown');
      expect(puts).toHaveLength(1);
      expect(proxy.requests.filter((r) => r.path === GET_RECORD)).toHaveLength(1);
    }
  },
  60_000,
);
