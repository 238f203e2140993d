// channels.postingAllowance through the core, against the schema-checked fakes: what the
// composer shows about posts left. Instagram is asked afresh (content_publishing_limit) while
// online and gives its last reading, with when it was read, while offline; X says it only in
// the answers to posts, so its last 24-hour window (until X counts afresh) and a spent plan cap
// in X's own words are what it kept.
import { afterEach, describe, expect, it } from 'vitest';
import { startMetaGraphFake } from '../fakes/meta/graph-fake';
import { approveFacebookLogin } from '../fakes/meta/owner-browser';
import { openInBrowser } from '../fakes/oauth-kit';
import { approveXAuthorization } from '../fakes/x/owner-browser';
import { startXFake, type XFakeOptions } from '../fakes/x/x-fake';
import { freePort } from '../support/free-port';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCoreOptions } from '../support/test-core';

const START = Date.UTC(2026, 10, 25, 12);
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

function core(options: Partial<TestCoreOptions>) {
  const data = tempDir();
  const t = startTestCore({ dataDir: data.dir, timeZone: 'UTC', ...options });
  closers.push(data.cleanup, () => t.core.close());
  return t;
}

/** A core with an Instagram account signed in through the Meta fake's login. */
async function instagramWorld() {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/oauth/callback`;
  let now = () => START;
  const fake = await startMetaGraphFake({
    now: () => now(),
    app: { redirectUris: [redirectUri] },
    instagram: { publishingQuota: 25 },
  });
  closers.push(() => fake.close());
  const hosts = { graph: fake.url, dialog: fake.url };
  const t = core({
    publishing: false,
    endpoints: { facebook: { ...hosts, redirectPort: String(port) }, instagram: hosts },
  });
  now = () => t.clock.now();
  await t.call('apps.save', {
    network: 'instagram',
    clientId: fake.app.appId,
    clientSecret: fake.app.appSecret,
  });
  const flow = await t.call('channels.ownAppStart', { network: 'instagram' });
  const back = await approveFacebookLogin(flow.authorizeUrl, { appId: fake.app.appId, redirectUri });
  await openInBrowser(back.redirect.toString());
  const status = await t.call('channels.ownAppStatus', { flowId: flow.flowId });
  if (status.state !== 'choose') throw new Error(`the sign-in gave ${status.state}`);
  const instagram = status.candidates.find((candidate) => candidate.network === 'instagram')!;
  await t.call('channels.ownAppChoose', { flowId: flow.flowId, candidateIds: [instagram.id] });
  const [channel] = await t.call('channels.list');
  return { t, fake, channel: channel! };
}

/** A core that publishes, with an X channel signed in through the X fake. */
async function xWorld(fakeConfig: XFakeOptions['config'] = {}) {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/oauth/callback`;
  let now = () => START;
  const fake = await startXFake({
    now: () => now(),
    config: { app: { clientId: 'cadence-x-client', redirectUris: [redirectUri] }, ...fakeConfig },
  });
  closers.push(() => fake.close());
  const t = core({
    endpoints: { x: { api: fake.url, authorize: fake.authorizeUrl, redirectPort: String(port) } },
  });
  now = () => t.clock.now();
  await t.call('apps.save', { network: 'x', clientId: 'cadence-x-client' });
  const flow = await t.call('channels.ownAppStart', { network: 'x' });
  const back = await approveXAuthorization(flow.authorizeUrl, { clientId: 'cadence-x-client', redirectUri });
  await openInBrowser(back.redirect.toString());
  const [channel] = await t.call('channels.list');
  /** Publishes a post on X now; the target once the outbox is done with it. */
  const publish = async (body: string) => {
    const post = await t.call('posts.create', { body, channelIds: [channel!.id] });
    await t.call('posts.publishNow', { id: post.id });
    await t.core.whenIdle();
    return (await t.call('posts.get', { id: post.id })).targets[0]!;
  };
  return { t, fake, channel: channel!, publish };
}

describe('Instagram’s 24-hour publishing limit for the composer', () => {
  it('is read afresh while online, and the last reading with its time is given while offline', async () => {
    const { t, fake, channel } = await instagramWorld();
    const reads = () => fake.requests.filter((r) => r.path.endsWith('/content_publishing_limit')).length;

    expect(await t.call('channels.postingAllowance', { id: channel.id })).toEqual({
      allowance: { window: { used: 0, total: 25, hours: 24, checkedAt: START } },
      fresh: true,
    });
    expect(reads()).toBe(1);
    // Kept on the channel too, so Settings and the next send know it.
    expect((await t.call('channels.list'))[0]!.postingAllowance).toEqual({
      window: { used: 0, total: 25, hours: 24, checkedAt: START },
    });

    t.clock.advance(2 * HOUR);
    t.online.set(false);
    expect(await t.call('channels.postingAllowance', { id: channel.id })).toEqual({
      allowance: { window: { used: 0, total: 25, hours: 24, checkedAt: START } },
      fresh: false,
    });
    expect(reads()).toBe(1);

    t.online.set(true);
    const fresh = await t.call('channels.postingAllowance', { id: channel.id });
    expect(fresh).toMatchObject({ fresh: true, allowance: { window: { checkedAt: START + 2 * HOUR } } });
    expect(fake.violations).toEqual([]);
  });

  it('says nothing for a network that does not count posts', async () => {
    const { t } = await instagramWorld();
    const bluesky = await t.call('channels.add', {
      network: 'bluesky',
      displayName: 'Shop',
      handle: '@shop',
    });
    expect(await t.call('channels.postingAllowance', { id: bluesky.id })).toEqual({
      allowance: null,
      fresh: false,
    });
  });
});

describe('X’s limits for the composer, as its answers to posts said', () => {
  it('keeps the 24-hour window until X counts afresh', async () => {
    const { t, fake, channel, publish } = await xWorld({ postsPer24Hours: { user: 17, app: 500 } });
    expect(await t.call('channels.postingAllowance', { id: channel.id })).toEqual({
      allowance: null,
      fresh: false,
    });
    expect((await publish('Soup of the day')).state).toBe('published');
    const reading = await t.call('channels.postingAllowance', { id: channel.id });
    expect(reading).toEqual({
      allowance: {
        window: { used: 1, total: 17, hours: 24, checkedAt: expect.any(Number), resetsAt: START + DAY },
      },
      fresh: false,
    });
    // Once X's window has reset, the old count says nothing any more.
    t.clock.set(START + DAY + 1);
    expect(await t.call('channels.postingAllowance', { id: channel.id })).toEqual({
      allowance: null,
      fresh: false,
    });
    expect(fake.violations).toEqual([]);
  });

  it('keeps a spent monthly cap in X’s own words, and the post that met it says what to do', async () => {
    const { t, fake, channel, publish } = await xWorld();
    fake.faults.add({ kind: 'usage-capped' }, { method: 'POST', path: '/2/tweets' });
    const target = await publish('Pie');
    expect(target).toMatchObject({ state: 'failed' });
    expect(target.lastError).toContain('monthly cap is used up');
    expect(await t.call('channels.postingAllowance', { id: channel.id })).toMatchObject({
      allowance: { capReached: { period: 'Monthly', said: 'Usage cap exceeded: Monthly product cap' } },
    });
    expect(fake.violations).toEqual([]);
  });
});
