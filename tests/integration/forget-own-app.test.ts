// "Forget this app" (apps.remove) through the core: the app's id and secret leave the keychain,
// and the channels signed in with it are told the truth about their sign-in. Those that renew
// through the app (X, Facebook and Instagram, LinkedIn) keep posting until it ends, and the
// posts due after that show at risk; Threads renews without the app and is left alone. Never
// while a post is being sent on one of them, since that send may need the app to renew.
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { Connection } from '../../src-main/core/connectors/connector';
import { channels, postTargets } from '../../src-main/core/db/schema';
import { memorySecretStore } from '../../src-main/core/ports';
import type { Network } from '../../src-main/shared/entities';
import { openInBrowser } from '../fakes/oauth-kit';
import { approveXAuthorization } from '../fakes/x/owner-browser';
import { startXFake } from '../fakes/x/x-fake';
import { freePort } from '../support/free-port';
import { keepSignedInChannel } from '../support/signed-in-channel';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';
import { DAY } from '../support/time';

const START = Date.UTC(2026, 10, 25, 12);
const HOUR = 60 * 60 * 1000;

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A core whose X is the schema-checked fake, with an X channel signed in through the browser. */
async function world() {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/oauth/callback`;
  let now = () => START;
  const fake = await startXFake({
    now: () => now(),
    config: { app: { clientId: 'cadence-x-client', redirectUris: [redirectUri] } },
  });
  closers.push(() => fake.close());
  const data = tempDir();
  const secrets = memorySecretStore();
  const t = startTestCore({
    dataDir: data.dir,
    publishing: false,
    secrets,
    timeZone: 'UTC',
    endpoints: { x: { api: fake.url, authorize: fake.authorizeUrl, redirectPort: String(port) } },
  });
  closers.push(data.cleanup, () => t.core.close());
  now = () => t.clock.now();

  await t.call('apps.save', { network: 'x', clientId: 'cadence-x-client' });
  const flow = await t.call('channels.ownAppStart', { network: 'x', displayName: 'Bakery on X' });
  const back = await approveXAuthorization(flow.authorizeUrl, { clientId: 'cadence-x-client', redirectUri });
  await openInBrowser(back.redirect.toString());
  const [x] = await t.call('channels.list');
  return { t, secrets, fake, x: x! };
}

/** A channel signed in with a 60-day sign-in, as its own sign-in leaves it. */
async function signedIn(w: Awaited<ReturnType<typeof world>>, network: Network, handle: string) {
  const connection: Connection = {
    secret: JSON.stringify({ token: `${network}-token-123456` }),
    serverUrl: null,
    settings: {},
    profile: { handle, displayName: handle, avatarUrl: null, followersCount: 1, remoteAccountId: handle },
  };
  const id = await keepSignedInChannel(w.t, w.secrets, network, connection);
  w.t.core.database.db
    .update(channels)
    .set({ accessExpiresAt: w.t.clock.now() + 60 * DAY })
    .where(eq(channels.id, id))
    .run();
  return id;
}

/** A post scheduled `inHours` from now on the channels. */
async function scheduled(t: TestCore, inHours: number, ...channelIds: string[]) {
  const post = await t.call('posts.create', { body: `Due in ${inHours} hours`, channelIds });
  const local = new Date(t.clock.now() + inHours * HOUR).toISOString().slice(0, 16);
  await t.call('posts.schedule', { id: post.id, local, timeZone: 'UTC' });
  return post.id;
}

const channelOf = async (t: TestCore, id: string) =>
  (await t.call('channels.list')).find((channel) => channel.id === id)!;

describe('forgetting the owner’s own app', () => {
  it('leaves X posting until its sign-in ends, and shows the posts due after that at risk', async () => {
    const w = await world();
    const { t, x } = w;
    const soon = await scheduled(t, 1, x.id);
    const tomorrow = await scheduled(t, 24, x.id);
    // X renews its sign-in each time it is used: nothing is at risk while the app is saved.
    expect(await t.call('channels.atRisk')).toEqual([]);

    await t.call('apps.remove', { network: 'x' });
    expect(await t.call('apps.get')).toEqual([]);
    expect(await w.secrets.get('app:x')).toBeNull();
    // Without the app no renewal can work: the sign-in lasts until its own end, two hours.
    expect(await channelOf(t, x.id)).toMatchObject({
      connection: 'connected',
      credentialFailedAt: START,
      accessExpiresAt: START + 2 * HOUR,
    });
    expect(await t.call('channels.atRisk')).toEqual([
      {
        channelId: x.id,
        network: 'x',
        handle: '@cadencebakery',
        reconnectBy: START + 2 * HOUR,
        posts: [{ postId: tomorrow, scheduledAt: START + 24 * HOUR }],
      },
    ]);
    expect(soon).not.toBe(tomorrow);
    // The sign-in still works until then.
    expect((await t.call('channels.test', { id: x.id })).handle).toBe('@cadencebakery');
    expect(w.fake.violations).toEqual([]);
  });

  it('marks the Instagram accounts that came with the Meta app, and leaves Threads alone', async () => {
    const w = await world();
    const { t } = w;
    const instagram = await signedIn(w, 'instagram', '@bakery.ig');
    const threads = await signedIn(w, 'threads', '@bakery.threads');
    await t.call('apps.save', { network: 'facebook', clientId: '1234567890123' });
    await t.call('apps.save', { network: 'threads', clientId: '9876543210987', clientSecret: 'secret-123' });
    await scheduled(t, 30 * 24, instagram, threads);

    // Threads renews a token with the token alone: forgetting its app changes nothing there.
    await t.call('apps.remove', { network: 'threads' });
    expect((await channelOf(t, threads)).credentialFailedAt).toBeNull();
    expect(await t.call('channels.atRisk')).toEqual([]);

    // One Meta app signs in Facebook Pages and their Instagram accounts.
    await t.call('apps.remove', { network: 'facebook' });
    // Its renewal, due a week before the 60 days end, would fail: the sign-in lasts until then.
    expect((await channelOf(t, instagram)).credentialFailedAt).toBe(START);
    expect((await channelOf(t, threads)).credentialFailedAt).toBeNull();
  });

  it('is refused while a post is being sent on a channel that uses the app', async () => {
    const w = await world();
    const { t, x } = w;
    const post = await scheduled(t, 1, x.id);
    const { db } = t.core.database;
    db.update(postTargets).set({ state: 'sending' }).where(eq(postTargets.postId, post)).run();

    expect(await t.errorOf('apps.remove', { network: 'x' })).toEqual({
      code: 'CONFLICT',
      message: 'A post is being sent to Bakery on X right now. Forget the app once it is done.',
      key: 'errors.inProgress.sendingTo.forgetApp',
      params: { channel: 'Bakery on X' },
    });
    // Nothing changed: the app stays, and so does the channel's renewal.
    expect(await t.call('apps.get')).toEqual([
      { network: 'x', clientId: 'cadence-x-client', secretSaved: false },
    ]);
    expect((await channelOf(t, x.id)).credentialFailedAt).toBeNull();

    db.update(postTargets).set({ state: 'scheduled' }).where(eq(postTargets.postId, post)).run();
    await t.call('apps.remove', { network: 'x' });
    expect(await t.call('apps.get')).toEqual([]);
  });
});
