// Publishing to Bluesky relies on putRecord at a deterministic TID record key: a retry after a
// timeout or crash must never create a second post. These tests pin down what the PDS does.
import { AtpAgent, XRPCError } from '@atproto/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBlueskyNetwork, type BlueskyNetwork } from '../support/bluesky-network';

const POST = 'app.bsky.feed.post';

describe('com.atproto.repo.putRecord at a fixed record key', () => {
  let network: BlueskyNetwork;
  let agent: AtpAgent;
  let did: string;

  beforeAll(async () => {
    network = await startBlueskyNetwork();
    const account = await network.createAccount('putter');
    did = account.did;
    agent = new AtpAgent({ service: network.pdsUrl });
    await agent.login({ identifier: account.handle, password: account.password });
  }, 180_000);
  afterAll(() => network?.stop());

  const post = (text: string) => ({ $type: POST, text, createdAt: '2026-11-25T12:00:00.000Z' });
  const put = (rkey: string, record: Record<string, unknown>, swapRecord?: string | null) =>
    agent.com.atproto.repo.putRecord({ repo: did, collection: POST, rkey, record, swapRecord });
  const latestCommit = async () => (await agent.com.atproto.sync.getLatestCommit({ did })).data;
  const postUris = async () =>
    (await agent.com.atproto.repo.listRecords({ repo: did, collection: POST })).data.records.map(
      (r) => r.uri,
    );
  const refusal = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (err: unknown) => (err instanceof XRPCError ? { status: err.status, error: err.error } : err),
    );

  it('repeating the same record at the same rkey writes nothing and answers with the same uri and cid', async () => {
    const rkey = '3lfvsy5vqba2a';
    const first = await put(rkey, post('Opening hours'));
    expect(first.data.commit).toBeDefined();
    const afterFirst = await latestCommit();

    const second = await put(rkey, post('Opening hours'));
    expect(second.data.uri).toBe(first.data.uri);
    expect(second.data.cid).toBe(first.data.cid);
    // No commit means the repo did not change: no new post, no edit, no firehose event.
    expect(second.data.commit).toBeUndefined();
    expect(await latestCommit()).toEqual(afterFirst);
    expect(await postUris()).toEqual([first.data.uri]);
  });

  it('swapRecord: null creates only at an empty rkey; an identical retry still succeeds', async () => {
    const rkey = '3lfvsy5vqba2b';
    const created = await put(rkey, post('Spring menu'), null);
    expect(created.data.commit).toBeDefined();

    // The no-op check comes before the swap check, so a retry of the same record is not refused.
    const retried = await put(rkey, post('Spring menu'), null);
    expect(retried.data.cid).toBe(created.data.cid);
    expect(retried.data.commit).toBeUndefined();

    // Different content at a taken rkey is refused instead of overwriting the published post.
    expect(await refusal(put(rkey, post('Summer menu'), null))).toEqual({
      status: 400,
      error: 'InvalidSwap',
    });
    const stored = await agent.com.atproto.repo.getRecord({ repo: did, collection: POST, rkey });
    expect(stored.data.cid).toBe(created.data.cid);
  });

  it('without swapRecord, different content at the same rkey edits that one record in place', async () => {
    const rkey = '3lfvsy5vqba2c';
    const first = await put(rkey, post('Sale today'));
    const edited = await put(rkey, post('Sale today and tomorrow'));
    expect(edited.data.uri).toBe(first.data.uri);
    expect(edited.data.cid).not.toBe(first.data.cid);
    expect(edited.data.commit).toBeDefined();
    const uris = await postUris();
    expect(uris.filter((uri) => uri === first.data.uri)).toHaveLength(1);
  });

  it('refuses a post record key that is not a TID', async () => {
    expect(await refusal(put('not-a-tid', post('Hello')))).toEqual({ status: 400, error: 'InvalidRequest' });
  });
});
