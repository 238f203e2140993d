// After a lost answer, Cadence asks Threads whether the post went out by reading the profile's
// recent posts since the first attempt: found when the words, the kind (text, photo, carousel)
// and the time match; absent otherwise; and when the token may not read posts, or the post was
// a reply (not in that list), only the owner can say.
import { describe, expect, it, onTestFinished } from 'vitest';
import { jpeg, startThreadsWorld, type ThreadsWorld } from '../support/threads-world';
import { DAY } from '../support/time';

async function world(options?: Parameters<typeof startThreadsWorld>[0]) {
  const w = await startThreadsWorld(options);
  onTestFinished(() => w.dispose());
  return { t: w, keychain: await w.connect() };
}

const lostPublish = (t: ThreadsWorld) => {
  t.fake.transport.add(
    { kind: 'drop-after-handling' },
    { method: 'POST', path: `/${t.fake.world.profile.id}/threads_publish` },
  );
};

describe('checking with Threads whether a post went out', () => {
  it('finds a post whose answer was lost, with its permalink, asking only since the first attempt', async () => {
    const { t, keychain } = await world();
    t.clock.advance(DAY);
    const post = t.post('Cinnamon buns  at noon');
    lostPublish(t);
    await expect(t.threads.publish(keychain.resolve(), post)).rejects.toMatchObject({ kind: 'unknown' });

    const [made] = t.fake.world.posts;
    await expect(t.threads.verify(keychain.resolve(), post, null)).resolves.toEqual({
      status: 'published',
      remoteId: made!.id,
      remoteUrl: `https://www.threads.net/@cadencebakery/post/${made!.shortcode}`,
    });
    const list = t.fake.calls
      .filter((call) => call.method === 'GET' && call.path.endsWith('/threads'))
      .at(-1);
    expect(Number(list!.query.since) * 1000).toBe(post.firstAttemptAt - 5 * 60 * 1000);
    expect(keychain.settings.readAccess).toBe(true);
    expect(t.fake.violations).toEqual([]);
  });

  it('is absent when the words, the kind of post or the time differ', async () => {
    const { t, keychain } = await world({ facebookPage: true });
    await t.threads.publish(keychain.resolve(), t.post('Old news'));
    t.clock.advance(DAY);
    await t.threads.publish(keychain.resolve(), t.post('Soup of the day'));
    await t.withTimePassing(async () =>
      t.threads.publish(keychain.resolve(), t.post('With a photo', { images: [await jpeg('a.jpg')] })),
    );
    const verdict = (text: string, images = 0) =>
      t.threads.verify(keychain.resolve(), t.post(text, { images: Array(images).fill(null) }), null);
    await expect(verdict('Soup of the week')).resolves.toEqual({ status: 'absent' });
    await expect(verdict('Old news')).resolves.toEqual({ status: 'absent' });
    await expect(verdict('Soup of the day', 1)).resolves.toEqual({ status: 'absent' });
    await expect(verdict('With a photo')).resolves.toEqual({ status: 'absent' });
    await expect(verdict('With a photo', 1)).resolves.toMatchObject({ status: 'published' });
    expect(t.fake.violations).toEqual([]);
  });

  it('trusts an id Threads gave', async () => {
    const { t, keychain } = await world();
    const published = await t.threads.publish(keychain.resolve(), t.post('Pie'));
    await expect(t.threads.verify(keychain.resolve(), t.post('Pie'), published.remoteId)).resolves.toEqual({
      status: 'published',
      ...published,
    });
  });

  it('cannot tell when the token may not read posts, and keeps that for Settings', async () => {
    const { t, keychain } = await world();
    t.fake.faults.add(
      {
        kind: 'error',
        error: {
          message: '(#10) Application does not have permission for this action',
          type: 'OAuthException',
          code: 10,
        },
      },
      { method: 'GET', path: `/${t.fake.world.profile.id}/threads` },
    );
    await expect(t.threads.verify(keychain.resolve(), t.post('Pie'), null)).resolves.toEqual({
      status: 'cannot-tell',
      reason: {
        key: 'connectors.threads.cannotTell.readRefused',
        params: { said: '(#10) Application does not have permission for this action' },
        message:
          'Threads does not let Cadence read your posts (“(#10) Application does not have permission for this action”), so it cannot tell whether this one went out. Check your Threads profile: if the post is there, choose “It was published”; otherwise “Send again”.',
      },
    });
    expect(keychain.settings.readAccess).toBe(false);
  });

  it('cannot tell for a reply, which Threads does not list with the profile’s posts', async () => {
    const { t, keychain } = await world();
    const parent = { id: (await t.threads.publish(keychain.resolve(), t.post('Soup'))).remoteId };
    const requestsSoFar = t.fake.requests.length;
    await expect(
      t.threads.verify(keychain.resolve(), t.post('Tomato', { replyTo: { parent, root: parent } }), null),
    ).resolves.toMatchObject({
      status: 'cannot-tell',
      reason: {
        key: 'connectors.threads.cannotTell.repliesNotListed',
        message: expect.stringContaining('does not list replies'),
      },
    });
    expect(t.fake.requests.length).toBe(requestsSoFar);
  });
});
