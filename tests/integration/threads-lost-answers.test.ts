// A post to Threads whose answer is lost after Threads made it: the fake publishes, then cuts
// the socket, answers 502 as a gateway would, or waits and then cuts the socket. Over a
// simulated hour the real outbox must leave exactly one post on Threads: Cadence finds it among
// the profile's posts and marks it published; where the token may not read posts it sends
// nothing more and asks the owner.
import { describe, expect, it, onTestFinished } from 'vitest';
import { memorySecretStore } from '../../src-main/core/ports';
import { TRANSPORT_FAULTS, type TransportFault } from '../fakes/transport-faults';
import { attemptRows, targetRow } from '../support/outbox-harness';
import { keepSignedInChannel } from '../support/signed-in-channel';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';
import { startThreadsWorld, type ThreadsWorld } from '../support/threads-world';
import { HOUR } from '../support/time';

/** A real core publishing to the fake Threads through the connector, with one connected channel. */
async function start(): Promise<{ th: ThreadsWorld; t: TestCore; channelId: string }> {
  const th = await startThreadsWorld();
  const data = tempDir('cadence-threads-lost-answers-');
  const secrets = memorySecretStore();
  const t = startTestCore({
    dataDir: data.dir,
    clock: th.clock,
    secrets,
    connectors: { threads: th.threads },
  });
  onTestFinished(async () => {
    await t.close();
    await th.dispose();
    data.cleanup();
  });
  const connection = await th.signIn();
  const channelId = await keepSignedInChannel(t, secrets, 'threads', connection);
  return { th, t, channelId };
}

async function publishWithLostAnswer(
  t: TestCore,
  th: ThreadsWorld,
  channelId: string,
  fault: TransportFault,
) {
  th.fake.transport.add(fault, { method: 'POST', path: `/${th.fake.world.profile.id}/threads_publish` });
  const post = await t.call('posts.create', {
    body: `Soup of the day (${fault.kind})`,
    channelIds: [channelId],
  });
  await t.call('posts.publishNow', { id: post.id });
  await t.runFor(HOUR);
  return (await t.call('posts.get', { id: post.id })).targets[0]!.id;
}

describe('Threads, when the answer to a post is lost', () => {
  it.each(TRANSPORT_FAULTS)(
    'finds it on the profile and publishes it exactly once when %s',
    async (_case, fault) => {
      const { th, t, channelId } = await start();
      const targetId = await publishWithLostAnswer(t, th, channelId, fault);

      expect(th.fake.world.posts).toHaveLength(1);
      expect(th.requests('POST', /\/threads_publish$/)).toHaveLength(1);
      expect(attemptRows(t, targetId)[0]!.outcome).toBe('unknown');
      const [made] = th.fake.world.posts;
      expect(targetRow(t, targetId)).toMatchObject({
        state: 'published',
        remote_id: made!.id,
        remote_url: `https://www.threads.net/@cadencebakery/post/${made!.shortcode}`,
      });
      expect(t.notifier.notices.filter((n) => n.kind === 'failure')).toEqual([]);
      expect(th.fake.violations).toEqual([]);
    },
  );

  it.each(TRANSPORT_FAULTS)(
    'sends nothing more and asks the owner when posts cannot be read and %s',
    async (_case, fault) => {
      const { th, t, channelId } = await start();
      th.fake.faults.add(
        {
          kind: 'error',
          error: {
            message: '(#10) Application does not have permission for this action',
            type: 'OAuthException',
            code: 10,
          },
        },
        { method: 'GET', path: `/${th.fake.world.profile.id}/threads`, times: 100 },
      );
      const targetId = await publishWithLostAnswer(t, th, channelId, fault);

      expect(th.fake.world.posts).toHaveLength(1);
      expect(th.requests('POST', /\/threads_publish$/)).toHaveLength(1);
      expect(targetRow(t, targetId)).toMatchObject({ state: 'unknown', next_attempt_at: null });
      expect(t.notifier.notices.at(-1)).toMatchObject({
        kind: 'failure',
        title: 'Threads: a post needs you',
        body: expect.stringContaining('Threads does not let Cadence read your posts'),
      });
      expect(th.fake.violations).toEqual([]);
    },
  );
});
