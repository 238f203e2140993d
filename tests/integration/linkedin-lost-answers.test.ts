// A post to LinkedIn whose answer is lost after LinkedIn made it: the fake creates the post,
// then cuts the socket, answers 502 as a gateway would, or waits and then cuts the socket.
// Over a simulated hour the real outbox must leave exactly one post on LinkedIn, found among
// the author's posts, as the member and as a Page; where the posts cannot be read it sends
// nothing more and asks the owner.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { secretKeyFor } from '../../src-main/core/connectors/account-directory';
import type { Connection } from '../../src-main/core/connectors/connector';
import { channels } from '../../src-main/core/db/schema';
import { memorySecretStore } from '../../src-main/core/ports';
import type { TransportFault } from '../fakes/transport-faults';
import { startLinkedInWorld, type LinkedInWorld } from '../support/linkedin-world';
import { attemptRows, targetRow } from '../support/outbox-harness';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';
import { HOUR } from '../support/time';

const FAULTS: Array<[string, TransportFault]> = [
  ['the socket is cut', { kind: 'drop-after-handling' }],
  ['a gateway answers 502', { kind: 'bad-gateway-after-handling' }],
  ['the socket is cut after a wait', { kind: 'drop-after-wait', waitMs: 500 }],
];

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

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
  cleanups.push(data.cleanup, li.dispose, () => t.core.close());
  const connections = await li.signIn();
  const connection = connections[as === 'member' ? 0 : 1] as Connection;
  const channelId = randomUUID();
  await secrets.set(secretKeyFor(channelId), connection.secret);
  const now = li.clock.now();
  const { profile } = connection;
  t.core.database.db
    .insert(channels)
    .values({
      id: channelId,
      network: 'linkedin',
      displayName: profile.displayName ?? profile.handle,
      handle: profile.handle,
      connection: 'connected',
      remoteAccountId: profile.remoteAccountId,
      avatarUrl: profile.avatarUrl,
      followersCount: profile.followersCount,
      settings: connection.settings,
      createdAt: now,
      updatedAt: now,
    })
    .run();
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
    it.each(FAULTS)(`finds it and publishes it exactly once as the ${as} when %s`, async (_case, fault) => {
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
    });
  }

  it.each(FAULTS)(
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
