// A post to X whose answer is lost after X made it: the fake takes the post, then cuts the
// socket, answers 502 as a gateway would, or waits and then cuts the socket. Over a simulated
// hour the real outbox must leave exactly one post on X. Where the app's API tier may read the
// account's posts, Cadence finds it there and marks it published; on the Free tier it cannot,
// so it sends nothing more and asks the owner.
import { describe, expect, it, onTestFinished } from 'vitest';
import { memorySecretStore } from '../../src-main/core/ports';
import { TRANSPORT_FAULTS, type TransportFault } from '../fakes/transport-faults';
import { attemptRows, targetRow } from '../support/outbox-harness';
import { keepSignedInChannel } from '../support/signed-in-channel';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';
import { HOUR } from '../support/time';
import { startXWorld, type XWorld } from '../support/x-world';

/** A real core publishing to the fake X through the connector, with one connected X channel. */
async function start(tier: 'basic' | 'free'): Promise<{ x: XWorld; t: TestCore; channelId: string }> {
  const x = await startXWorld({ fake: { config: { tier } } });
  const data = tempDir('cadence-x-lost-answers-');
  const secrets = memorySecretStore();
  const t = startTestCore({ dataDir: data.dir, clock: x.clock, secrets, connectors: { x: x.x } });
  onTestFinished(async () => {
    await t.close();
    await x.dispose();
    data.cleanup();
  });
  // Kept as the own-app sign-in keeps it: the token pair in the keychain, the profile in the row.
  const connection = await x.signIn();
  const channelId = await keepSignedInChannel(t, secrets, 'x', connection);
  return { x, t, channelId };
}

async function publishWithLostAnswer(t: TestCore, x: XWorld, channelId: string, fault: TransportFault) {
  x.fake.transport.add(fault, { method: 'POST', path: '/2/tweets' });
  const post = await t.call('posts.create', {
    body: `Soup of the day (${fault.kind})`,
    channelIds: [channelId],
  });
  await t.call('posts.publishNow', { id: post.id });
  await t.runFor(HOUR);
  return (await t.call('posts.get', { id: post.id })).targets[0]!.id;
}

function channelSettings(t: TestCore, channelId: string): Record<string, unknown> {
  const row = t.core.database.sqlite.prepare('select settings from channels where id = ?').get(channelId) as {
    settings: string;
  };
  return JSON.parse(row.settings) as Record<string, unknown>;
}

describe('X, when the answer to a post is lost', () => {
  it.each(TRANSPORT_FAULTS)(
    'finds it on the timeline and publishes it exactly once when %s',
    async (_case, fault) => {
      const { x, t, channelId } = await start('basic');
      const targetId = await publishWithLostAnswer(t, x, channelId, fault);

      expect(x.fake.posts).toHaveLength(1);
      expect(x.requests('POST', '/2/tweets')).toHaveLength(1);
      expect(attemptRows(t, targetId)[0]!.outcome).toBe('unknown');
      expect(targetRow(t, targetId)).toMatchObject({
        state: 'published',
        remote_id: x.fake.posts[0]!.id,
        remote_url: `https://x.com/cadencebakery/status/${x.fake.posts[0]!.id}`,
      });
      expect(t.notifier.notices.filter((n) => n.kind === 'failure')).toEqual([]);
      expect(channelSettings(t, channelId)).toMatchObject({ readAccess: true });
      expect(x.fake.violations).toEqual([]);
    },
  );

  it.each(TRANSPORT_FAULTS)(
    'on the Free tier sends nothing more and asks the owner when %s',
    async (_case, fault) => {
      const { x, t, channelId } = await start('free');
      const targetId = await publishWithLostAnswer(t, x, channelId, fault);

      expect(x.fake.posts).toHaveLength(1);
      expect(x.requests('POST', '/2/tweets')).toHaveLength(1);
      expect(targetRow(t, targetId)).toMatchObject({ state: 'unknown', next_attempt_at: null });
      expect(t.notifier.notices.at(-1)).toMatchObject({
        kind: 'failure',
        title: 'X: a post needs you',
        body: expect.stringContaining('Your X API tier does not let Cadence read your posts'),
      });
      // The tier was told by X's answer, and kept for the Settings screen.
      expect(channelSettings(t, channelId)).toMatchObject({ readAccess: false });
      expect(x.fake.violations).toEqual([]);
    },
  );
});
