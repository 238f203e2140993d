// After a lost answer, Cadence asks LinkedIn whether the post went out by reading the author's
// recent posts: found when the words (read back from little text), the number of photos and
// the time match; absent otherwise; and where the sign-in may not read posts, only the owner
// can say.
import { describe, expect, it, onTestFinished } from 'vitest';
import { OwnAppKeychain } from '../support/own-app-keychain';
import { LINKEDIN_START, startLinkedInWorld } from '../support/linkedin-world';
import { jpeg } from '../support/threads-world';
import { DAY } from '../support/time';

async function world() {
  const w = await startLinkedInWorld();
  onTestFinished(() => w.dispose());
  return { l: w, keychain: await w.connect() };
}

describe('checking with LinkedIn whether a post went out', () => {
  it('finds a post whose answer was lost, its escaped words read back as written', async () => {
    const { l, keychain } = await world();
    const post = l.post('Buns (warm) at 3 #bakery');
    l.fake.transport.add({ kind: 'drop-after-handling' }, { method: 'POST', path: '/rest/posts' });
    await expect(l.linkedin.publish(keychain.resolve(), post)).rejects.toMatchObject({ kind: 'unknown' });

    const [made] = l.fake.world.posts;
    await expect(l.linkedin.verify(keychain.resolve(), post, null)).resolves.toEqual({
      status: 'published',
      remoteId: made!.id,
      remoteUrl: `https://www.linkedin.com/feed/update/${made!.id}/`,
    });
    const list = l.fake.calls.filter((call) => call.method === 'GET' && call.path === '/rest/posts').at(-1)!;
    expect(list.query).toEqual({ author: l.fake.memberUrn, q: 'author', count: '50' });
    expect(keychain.settings.readAccess).toBe(true);
    expect(l.fake.violations).toEqual([]);
  });

  it('is absent when the words, the photos or the time differ', async () => {
    const { l, keychain } = await world();
    await l.linkedin.publish(keychain.resolve(), l.post('Old news'));
    l.clock.advance(DAY);
    await l.linkedin.publish(keychain.resolve(), l.post('Soup of the day'));
    const images = [await jpeg('a.jpg')];
    await l.withTimePassing(() => l.linkedin.publish(keychain.resolve(), l.post('With a photo', { images })));
    const verdict = (text: string, photos: typeof images = []) =>
      l.linkedin.verify(keychain.resolve(), l.post(text, { images: photos }), null);
    await expect(verdict('Soup of the week')).resolves.toEqual({ status: 'absent' });
    await expect(verdict('Old news')).resolves.toEqual({ status: 'absent' });
    await expect(verdict('Soup of the day', images)).resolves.toEqual({ status: 'absent' });
    await expect(verdict('With a photo')).resolves.toEqual({ status: 'absent' });
    await expect(verdict('With a photo', images)).resolves.toMatchObject({ status: 'published' });
    expect(l.fake.violations).toEqual([]);
  });

  it('trusts an id LinkedIn gave', async () => {
    const { l, keychain } = await world();
    const published = await l.linkedin.publish(keychain.resolve(), l.post('Pie'));
    await expect(l.linkedin.verify(keychain.resolve(), l.post('Pie'), published.remoteId)).resolves.toEqual({
      status: 'published',
      ...published,
    });
  });

  it('cannot tell when the sign-in may not read posts (403), and keeps that for Settings', async () => {
    const { l, keychain } = await world();
    const reader = new OwnAppKeychain(
      'linkedin',
      {
        ...keychain.connection,
        secret: JSON.stringify({
          accessToken: l.fake.issueToken(['openid', 'profile']),
          accessExpiresAt: LINKEDIN_START + 60 * DAY,
          scope: 'openid,profile',
        }),
      },
      l.app,
    );
    await expect(l.linkedin.verify(reader.resolve(), l.post('Pie'), null)).resolves.toEqual({
      status: 'cannot-tell',
      reason: {
        key: 'connectors.linkedin.cannotTell.readRefused',
        params: {
          handle: 'Ada Baker',
          said: 'Not enough permissions to access: partnerApiPostsExternal.FINDER-author',
        },
        message:
          'LinkedIn does not let Cadence read your posts (“Not enough permissions to access: partnerApiPostsExternal.FINDER-author”), so it cannot tell whether this one went out. Check Ada Baker on LinkedIn: if the post is there, choose “It was published”; otherwise “Send again”.',
      },
    });
    expect(reader.settings.readAccess).toBe(false);
    expect(l.fake.violations).toEqual([]);
  });
});
