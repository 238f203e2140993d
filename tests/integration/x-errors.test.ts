// X's refusals as the owner reads them, against the fake X: each documented answer mapped to
// what the outbox should do and what the owner should do next, in plain words with X's own
// message where it says more, and the plan's limits kept in the channel's settings.
import sharp from 'sharp';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DAY } from '../support/time';
import { grants, startXWorld, X_START } from '../support/x-world';

async function world(options?: Parameters<typeof startXWorld>[0]) {
  const w = await startXWorld(options);
  onTestFinished(() => w.dispose());
  return { x: w, keychain: await w.connect() };
}

const TWEETS = { method: 'POST', path: '/2/tweets' };

describe('X refusals in plain words', () => {
  it('429: waits until x-rate-limit-reset', async () => {
    const { x, keychain } = await world();
    x.fake.faults.add({ kind: 'rate-limited', resetInSeconds: 600 }, TWEETS);
    await expect(x.x.publish(keychain.resolve(), x.post('Soup'))).rejects.toMatchObject({
      kind: 'rate-limited',
      message: 'X asked Cadence to slow down; it will try again in 10 minutes.',
      details: { httpStatus: 429, retryAt: X_START + 600_000 },
    });
    expect(x.fake.violations).toEqual([]);
  });

  it('keeps the 24-hour post limit X reports, and waits for its reset once it is used up', async () => {
    const { x, keychain } = await world({ fake: { config: { postsPer24Hours: { user: 1, app: 50 } } } });
    await x.x.publish(keychain.resolve(), x.post('Soup of the day'));
    expect(keychain.settings.postCaps).toEqual({
      userPer24Hours: { limit: 1, remaining: 0, resetsAt: X_START + DAY, seenAt: X_START },
      appPer24Hours: { limit: 50, remaining: 49, resetsAt: X_START + DAY, seenAt: X_START },
    });
    // What the composer shows: the owner's own 24-hour window, and when X said it.
    expect(keychain.settings.postingAllowance).toEqual({
      window: { used: 1, total: 1, hours: 24, checkedAt: X_START, resetsAt: X_START + DAY },
    });
    x.clock.advance(60_000);
    await expect(x.x.publish(keychain.resolve(), x.post('Bread of the day'))).rejects.toMatchObject({
      kind: 'rate-limited',
      message:
        'X lets your account post 1 time in 24 hours, and that is used up; Cadence will try again in about 24 hours.',
      details: { retryAt: X_START + DAY },
    });
    expect(x.fake.violations).toEqual([]);
  });

  it('UsageCapExceeded: says the plan’s monthly cap is spent, keeps it, and forgets it once X takes a post', async () => {
    const { x, keychain } = await world();
    x.fake.faults.add({ kind: 'usage-capped' }, TWEETS);
    await expect(x.x.publish(keychain.resolve(), x.post('Pie'))).rejects.toMatchObject({
      kind: 'permission',
      message:
        "Your X API plan's monthly cap is used up (“Usage cap exceeded: Monthly product cap”), so X takes no more posts from your app until it resets. Wait for the cap to reset (or change the plan in developer.x.com), then publish again.",
    });
    expect(keychain.settings.postCaps).toMatchObject({
      planCapReached: { period: 'Monthly', at: X_START, said: 'Usage cap exceeded: Monthly product cap' },
    });
    expect(keychain.settings.postingAllowance).toMatchObject({
      capReached: { period: 'Monthly', said: 'Usage cap exceeded: Monthly product cap' },
    });
    await x.x.publish(keychain.resolve(), x.post('Pie, again'));
    expect(keychain.settings.postCaps).not.toHaveProperty('planCapReached');
    expect(keychain.settings.postingAllowance ?? {}).not.toHaveProperty('capReached');
    expect(x.fake.violations).toEqual([]);
  });

  it('401: renews once, and asks to reconnect when X still refuses', async () => {
    const { x, keychain } = await world();
    x.fake.faults.add({ kind: 'unauthorized' }, { ...TWEETS, times: 2 });
    await expect(x.x.publish(keychain.resolve(), x.post('Tea'))).rejects.toMatchObject({
      kind: 'auth',
      message: "X no longer accepts Cadence's sign-in. Reconnect X in Settings.",
    });
    expect(grants(x)).toEqual(['authorization_code', 'refresh_token']);
    expect(x.fake.posts).toEqual([]);
  });

  it('403 without a needed scope: names the app permission to change', async () => {
    const { x, keychain } = await world();
    const accessToken = x.fake.issueToken(['tweet.read', 'users.read', 'offline.access']);
    keychain.secret = JSON.stringify({ ...keychain.tokens, accessToken });
    await expect(x.x.publish(keychain.resolve(), x.post('Cake'))).rejects.toMatchObject({
      kind: 'permission',
      message:
        "X refused posting through your app: Cadence's sign-in lacks a permission it needs. In developer.x.com, set your app's permissions to “Read and write”, then reconnect X in Settings.",
    });
  });

  it('403 for the post itself (a duplicate, a reply to a deleted post): X’s own words', async () => {
    const { x, keychain } = await world();
    await x.x.publish(keychain.resolve(), x.post('Open late'));
    await expect(x.x.publish(keychain.resolve(), x.post('Open late'))).rejects.toMatchObject({
      kind: 'rejected',
      message:
        'X refused the post (“You are not allowed to create a Tweet with duplicate content.”). Edit the post to fix that, then publish again.',
    });
    const gone = { id: '1900000000000000999' };
    await expect(
      x.x.publish(keychain.resolve(), x.post('Thanks!', { replyTo: { parent: gone, root: gone } })),
    ).rejects.toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining(
        '“You attempted to reply to a Tweet that is deleted or not visible to you.”',
      ),
    });
    expect(x.fake.violations).toEqual([]);
  });

  it('400 for a photo: names the photo and says X’s reason', async () => {
    const { x, keychain } = await world();
    const broken = {
      bytes: new TextEncoder().encode('not a picture'),
      mimeType: 'image/png',
      altText: '',
      fileName: 'menu.png',
    };
    await expect(x.x.publish(keychain.resolve(), x.post('Menu', { images: [broken] }))).rejects.toMatchObject(
      {
        kind: 'rejected',
        message:
          'X refused the photo “menu.png” (“The media you uploaded is not a supported image.”). Change it, then publish again.',
      },
    );
    expect(x.requests('POST', '/2/tweets')).toEqual([]);
    expect(x.fake.violations).toEqual([]);
  });

  it('5xx: unknown after a post (it may exist), a plain retry after a read', async () => {
    const { x, keychain } = await world();
    x.fake.faults.add({ kind: 'server-error', status: 503 }, TWEETS);
    await expect(x.x.publish(keychain.resolve(), x.post('Jam'))).rejects.toMatchObject({
      kind: 'unknown',
      message: 'X had a problem on its side (HTTP 503) after the request reached it.',
    });
    x.fake.faults.add({ kind: 'server-error', status: 500 }, { path: '/2/users/me' });
    await expect(x.x.profile(keychain.resolve())).rejects.toMatchObject({
      kind: 'server',
      details: { serverAnswer: 'Internal server error' },
    });
  });

  it('a photo upload whose answer is lost is retried, as no post was made', async () => {
    const { x, keychain } = await world();
    x.fake.transport.add({ kind: 'drop-after-handling' }, { method: 'POST', path: '/2/media/upload' });
    const cake = {
      bytes: new Uint8Array(await sharpPng()),
      mimeType: 'image/png',
      altText: '',
      fileName: 'cake.png',
    };
    await expect(x.x.publish(keychain.resolve(), x.post('Cake', { images: [cake] }))).rejects.toMatchObject({
      kind: 'server',
    });
    expect(x.requests('POST', '/2/tweets')).toEqual([]);
  });
});

function sharpPng(): Promise<Buffer> {
  return sharp({ create: { width: 4, height: 4, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer();
}
