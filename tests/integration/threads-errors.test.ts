// Threads' refusals as the owner reads them, against the fake Threads: each of Meta's documented
// codes mapped to what the outbox should do and what the owner should do next, in plain words
// with Threads' own message, and an unmapped answer shown in Threads' own words.
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ThreadsErrorFields } from '../fakes/threads/errors';
import { OwnAppKeychain } from '../support/own-app-keychain';
import { startThreadsWorld, THREADS_START, type ThreadsWorld } from '../support/threads-world';
import { DAY, HOUR } from '../support/time';

async function world() {
  const w = await startThreadsWorld();
  onTestFinished(() => w.dispose());
  return { t: w, keychain: await w.connect() };
}

const container = (t: ThreadsWorld) => ({ method: 'POST', path: `/${t.fake.world.profile.id}/threads` });
const publish = (t: ThreadsWorld) => ({
  method: 'POST',
  path: `/${t.fake.world.profile.id}/threads_publish`,
});

async function refusalOf(error: ThreadsErrorFields, where: 'container' | 'publish' = 'container') {
  const { t, keychain } = await world();
  t.fake.faults.add({ kind: 'error', error }, where === 'container' ? container(t) : publish(t));
  const outcome = await t.threads.publish(keychain.resolve(), t.post('Soup')).catch((e: unknown) => e);
  expect(t.fake.violations).toEqual([]);
  return { t, outcome };
}

describe('Threads refusals in plain words', () => {
  it('190: the sign-in has ended, so reconnect', async () => {
    const { t, keychain } = await world();
    t.fake.faults.add({ kind: 'expired-token' }, container(t));
    await expect(t.threads.publish(keychain.resolve(), t.post('Soup'))).rejects.toMatchObject({
      kind: 'auth',
      message:
        "Threads no longer accepts Cadence's sign-in (“Error validating access token: Session has expired.”). Reconnect Threads in Settings.",
      details: { httpStatus: 400 },
    });
    expect(t.fake.world.posts).toEqual([]);
  });

  it('a missing permission is named, with where to add it', async () => {
    const { t } = await world();
    const limited = new OwnAppKeychain(
      'threads',
      {
        ...(await t.signIn()),
        secret: JSON.stringify({
          accessToken: t.fake.issueToken(['threads_basic']),
          issuedAt: THREADS_START,
          expiresAt: THREADS_START + 60 * DAY,
        }),
      },
      t.app,
    );
    await expect(t.threads.publish(limited.resolve(), t.post('Soup'))).rejects.toMatchObject({
      kind: 'permission',
      message:
        "Threads refused: Cadence's sign-in lacks the threads_content_publish permission (“(#10) Application does not have permission for this action: threads_content_publish”). In your Meta app, add threads_content_publish under Access the Threads API → Permissions, then reconnect Threads in Settings.",
    });
  });

  it.each([4, 17, 32, 613])('%i: a rate limit waits an hour, as Meta gives no reset time', async (code) => {
    const { outcome } = await refusalOf({
      message: `(#${code}) Too many calls`,
      type: 'OAuthException',
      code,
      is_transient: true,
    });
    expect(outcome).toMatchObject({
      kind: 'rate-limited',
      message: `Threads asked Cadence to slow down (“(#${code}) Too many calls”); it will try again in 60 minutes.`,
      details: { retryAt: THREADS_START + HOUR },
    });
  });

  it('4 with X-App-Usage at 100% (the fake’s own rate limit): waits, nothing posted', async () => {
    const { t, keychain } = await world();
    t.fake.faults.add({ kind: 'rate-limited' }, publish(t));
    await expect(t.threads.publish(keychain.resolve(), t.post('Soup'))).rejects.toMatchObject({
      kind: 'rate-limited',
      details: { retryAt: THREADS_START + HOUR },
    });
    expect(t.fake.world.posts).toEqual([]);
  });

  it('4/2207042: the 250 posts in 24 hours are used up', async () => {
    const { outcome } = await refusalOf(
      {
        message: 'Application request limit reached',
        type: 'THApiException',
        code: 4,
        error_subcode: 2207042,
      },
      'publish',
    );
    expect(outcome).toMatchObject({
      kind: 'rate-limited',
      message:
        'Threads allows 250 posts through its API in 24 hours, and that is used up (“Application request limit reached”). Cadence will try again later.',
    });
  });

  it('368: blocked for going against Threads’ rules', async () => {
    const { outcome } = await refusalOf({
      message: 'The action attempted has been deemed abusive or is otherwise disallowed',
      type: 'OAuthException',
      code: 368,
      error_subcode: 1390008,
      error_user_msg: 'We limit how often you can post.',
    });
    expect(outcome).toMatchObject({
      kind: 'rejected',
      message:
        'Threads blocked this for going against its rules (“We limit how often you can post.”). Check the post and your Threads account, then publish again.',
    });
  });

  it('24/4279009 and 9007: not ready yet, tried again', async () => {
    const { outcome } = await refusalOf(
      {
        message: 'The media is not ready to be published.',
        type: 'THApiException',
        code: 24,
        error_subcode: 4279009,
      },
      'publish',
    );
    expect(outcome).toMatchObject({
      kind: 'server',
      message: expect.stringContaining('Cadence will try again shortly.'),
    });
    const again = await refusalOf(
      { message: 'Media ID is not available', type: 'OAuthException', code: 9007 },
      'publish',
    );
    expect(again.outcome).toMatchObject({ kind: 'server' });
  });

  it('100/33: the answered post is gone (a reply), or an object Cadence cannot see', async () => {
    const { t, keychain } = await world();
    const missing = {
      message: "Unsupported post request. Object with ID '1' does not exist",
      type: 'THApiException' as const,
      code: 100,
      error_subcode: 33,
    };
    t.fake.faults.add({ kind: 'error', error: missing }, { ...container(t), times: 2 });
    const parent = { id: '17900000000000999' };
    await expect(
      t.threads.publish(keychain.resolve(), t.post('Thanks!', { replyTo: { parent, root: parent } })),
    ).rejects.toMatchObject({
      kind: 'rejected',
      message: `The post this answers is gone from Threads, or Cadence cannot see it (“${missing.message}”).`,
    });
    await expect(t.threads.publish(keychain.resolve(), t.post('Soup'))).rejects.toMatchObject({
      kind: 'config',
      message: expect.stringContaining('Threads could not find what Cadence asked for'),
    });
  });

  it('5xx: unknown after threads_publish (it may have gone out); retried when only a container was asked for', async () => {
    const { t, keychain } = await world();
    t.fake.faults.add({ kind: 'server-error' }, publish(t));
    await expect(t.threads.publish(keychain.resolve(), t.post('Soup'))).rejects.toMatchObject({
      kind: 'unknown',
      details: { httpStatus: 500 },
    });
    t.fake.faults.add({ kind: 'server-error' }, container(t));
    await expect(t.threads.publish(keychain.resolve(), t.post('Pie'))).rejects.toMatchObject({
      kind: 'server',
      message: expect.stringContaining('No post was made yet; Cadence will try again.'),
    });
    expect(t.fake.violations).toEqual([]);
  });

  it('an answer Cadence has no words for shows Threads’ own message', async () => {
    const { outcome } = await refusalOf({
      message: '(#100) Param text contains a link that is not allowed',
      type: 'THApiException',
      code: 100,
    });
    expect(outcome).toMatchObject({
      kind: 'rejected',
      message:
        'Threads refused the post (“(#100) Param text contains a link that is not allowed”). Edit the post to fix that, then publish again.',
    });
  });

  it('a text over 500 characters is refused by Threads in its words, and by validate() before that', async () => {
    const { t, keychain } = await world();
    const text = `${'a'.repeat(497)}😀`;
    expect(t.threads.validate({ text, images: [] }, null)).toEqual([
      expect.objectContaining({ severity: 'error', code: 'text-too-long' }),
    ]);
    await expect(t.threads.publish(keychain.resolve(), t.post(text))).rejects.toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining('Param text must be at most 500 characters long.'),
    });
  });
});
