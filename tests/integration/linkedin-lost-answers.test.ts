// A post to LinkedIn whose answer is lost after LinkedIn made it: the fake creates the post,
// then cuts the socket, answers 502 as a gateway would, or waits and then cuts the socket.
// Over a simulated hour the real outbox must leave exactly one post on LinkedIn, found among
// the author's posts, as the member and as a Page; where the posts cannot be read it sends
// nothing more and asks the owner.
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Connection } from '../../src-main/core/connectors/connector';
import { memorySecretStore } from '../../src-main/core/ports';
import { TRANSPORT_FAULTS, type TransportFault } from '../fakes/transport-faults';
import { startLinkedInWorld, type LinkedInWorld } from '../support/linkedin-world';
import { attemptRows, targetRow } from '../support/outbox-harness';
import { keepSignedInChannel } from '../support/signed-in-channel';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';
import { HOUR } from '../support/time';

/** A real core publishing to the fake LinkedIn, with the member's or the Page's channel connected. */
async function start(as: 'member' | 'page'): Promise<{ li: LinkedInWorld; t: TestCore; channelId: string }> {
  const li = await startLinkedInWorld();
  const data = tempDir('cadence-linkedin-lost-answers-');
  const secrets = memorySecretStore();
  const t = startTestCore({
    dataDir: data.dir,
    clock: li.clock,
    secrets,
    connectors: { linkedin: li.linkedin },
  });
  onTestFinished(async () => {
    await t.close();
    await li.dispose();
    data.cleanup();
  });
  const connections = await li.signIn();
  const connection = connections[as === 'member' ? 0 : 1] as Connection;
  const channelId = await keepSignedInChannel(t, secrets, 'linkedin', connection);
  return { li, t, channelId };
}

async function publishWithLostAnswer(
  t: TestCore,
  li: LinkedInWorld,
  channelId: string,
  fault: TransportFault,
) {
  li.fake.transport.add(fault, { method: 'POST', path: '/rest/posts' });
  const post = await t.call('posts.create', {
    body: `Soup (of the day) #${fault.kind.replace(/-/g, '')}`,
    channelIds: [channelId],
  });
  await t.call('posts.publishNow', { id: post.id });
  await t.runFor(HOUR);
  return (await t.call('posts.get', { id: post.id })).targets[0]!.id;
}

describe('LinkedIn, when the answer to a post is lost', () => {
  for (const as of ['member', 'page'] as const) {
    it.each(TRANSPORT_FAULTS)(
      `finds it and publishes it exactly once as the ${as} when %s`,
      async (_case, fault) => {
        const { li, t, channelId } = await start(as);
        const targetId = await publishWithLostAnswer(t, li, channelId, fault);

        expect(li.fake.world.posts).toHaveLength(1);
        expect(li.requests('POST', '/rest/posts')).toHaveLength(1);
        expect(attemptRows(t, targetId)[0]!.outcome).toBe('unknown');
        const [made] = li.fake.world.posts;
        expect(targetRow(t, targetId)).toMatchObject({
          state: 'published',
          remote_id: made!.id,
          remote_url: `https://www.linkedin.com/feed/update/${made!.id}/`,
        });
        expect(t.notifier.notices.filter((n) => n.kind === 'failure')).toEqual([]);
        expect(li.fake.violations).toEqual([]);
      },
    );
  }

  it.each(TRANSPORT_FAULTS)(
    'sends nothing more and asks the owner when posts cannot be read and %s',
    async (_case, fault) => {
      const { li, t, channelId } = await start('member');
      li.fake.transport.add(fault, { method: 'POST', path: '/rest/posts' });
      const post = await t.call('posts.create', { body: 'Pie at noon', channelIds: [channelId] });
      await t.call('posts.publishNow', { id: post.id });
      await t.core.whenIdle();
      // LinkedIn lets most apps post as a member but not read the posts back (r_member_social is
      // closed): once the post is out, the sign-in may neither read nor write posts.
      for (const token of li.fake.oauth.tokens.values())
        token.scopes = token.scopes.filter((s) => !s.endsWith('_social'));
      await t.runFor(HOUR);
      const targetId = (await t.call('posts.get', { id: post.id })).targets[0]!.id;

      expect(li.fake.world.posts).toHaveLength(1);
      expect(li.requests('POST', '/rest/posts')).toHaveLength(1);
      expect(targetRow(t, targetId)).toMatchObject({ state: 'unknown', next_attempt_at: null });
      expect(t.notifier.notices.at(-1)).toMatchObject({
        kind: 'failure',
        title: 'LinkedIn: a post needs you',
        body: expect.stringContaining('LinkedIn does not let Cadence read your posts'),
      });
      expect(li.fake.violations).toEqual([]);
    },
  );
});
