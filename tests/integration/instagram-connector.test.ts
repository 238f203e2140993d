// The Instagram connector against the schema-checked fake Graph API, which downloads image_url
// itself and only from public origins (its own CDN), refusing the owner's localhost: photos are
// hosted on the linked Page as unpublished photos, published as a container or a carousel once
// ready, and deleted afterwards, also when the send fails. Waiting while IN_PROGRESS runs on the
// manual clock's timers. The 24-hour limit, Meta's errors, reading back after a lost answer, and
// exactly one post over a simulated hour through the real outbox.
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { wordsIn } from '../../src-main/shared/messages/words';
import { metaGuide } from '../../src-main/shared/own-app-guides/meta';
import { ERRORS } from '../fakes/meta/errors';
import type { TransportFault } from '../fakes/transport-faults';
import { attemptRows, targetRow } from '../support/outbox-harness';
import { draftWithPhotos } from '../support/publish-steps';
import { image, startMetaCore, startMetaWorld, whileTimersRun, type MetaWorld } from '../support/meta-world';
import { HOUR } from '../support/time';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Containers are ready at the first status poll unless a test says otherwise. */
async function world(options: Parameters<typeof startMetaWorld>[0] = {}): Promise<MetaWorld> {
  const w = await startMetaWorld({
    ...options,
    fake: { ...options.fake, instagram: { containerPolls: 0, ...options.fake?.instagram } },
  });
  cleanups.push(w.dispose);
  return w;
}

const png = (color: string) =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: color } })
    .png()
    .toBuffer();

async function photos(count: number) {
  const colors = ['#c92a2a', '#2b8a3e', '#1864ab', '#e67700', '#5f3dc4'];
  return Promise.all(
    Array.from({ length: count }, async (_, i) =>
      image(await png(colors[i % 5]!), `photo-${i}.png`, `Photo ${i}`),
    ),
  );
}

const igUser = (w: MetaWorld) => w.fake.page.igUserId!;
const containerRequests = (w: MetaWorld) =>
  w.requests('POST', `/${igUser(w)}/media`).map((r) => new URLSearchParams(r.body.toString('utf8')));

describe('publishing on Instagram', () => {
  it('hosts the photo on the Page, where Instagram can fetch it, publishes, then deletes it', async () => {
    const w = await world();
    const account = (await w.connect('instagram')).resolve();
    const published = await w.instagram.publish(account, w.post('Lemon cake', { images: await photos(1) }));

    const [media] = [...w.fake.world.igMedia.values()];
    expect(media).toMatchObject({ id: published.remoteId, caption: 'Lemon cake', mediaType: 'IMAGE' });
    expect(published.remoteUrl).toBe(`https://www.instagram.com/p/${media!.shortcode}/`);
    const [container] = containerRequests(w);
    // The address Instagram fetched is Facebook's CDN, not this computer.
    expect(container!.get('image_url')).toMatch(new RegExp(`^${w.fake.url}/cdn/`));
    expect(container!.get('alt_text')).toBe('Photo 0');
    const uploads = w.requests('POST', `/${w.fake.page.id}/photos`);
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.body.toString('latin1')).toContain('name="published"\r\n\r\nfalse');
    // Deleted after posting: nothing is left on the Page.
    expect(w.fake.world.photos.size).toBe(0);
    expect(w.fake.world.posts.size).toBe(0);
    expect(w.fake.violations).toEqual([]);
  });

  it('publishes up to 10 photos as a carousel', async () => {
    const w = await world();
    const account = (await w.connect('instagram')).resolve();
    const published = await w.instagram.publish(account, w.post('Our week', { images: await photos(3) }));

    expect(w.fake.world.igMedia.get(published.remoteId)).toMatchObject({
      mediaType: 'CAROUSEL_ALBUM',
      childCount: 3,
      caption: 'Our week',
    });
    const sent = containerRequests(w);
    expect(sent.slice(0, 3).map((form) => form.get('is_carousel_item'))).toEqual(['true', 'true', 'true']);
    expect(sent[3]!.get('media_type')).toBe('CAROUSEL');
    expect(w.fake.world.photos.size).toBe(0);
    expect(w.fake.violations).toEqual([]);
  });

  it('waits on the clock while the container is IN_PROGRESS, then publishes', async () => {
    const w = await world({ fake: { instagram: { containerPolls: 3 } } });
    const account = (await w.connect('instagram')).resolve();
    const started = w.clock.now();
    const published = await whileTimersRun(
      w.clock,
      w.instagram.publish(account, w.post('Slow one', { images: await photos(1) })),
    );

    expect(w.fake.world.igMedia.has(published.remoteId)).toBe(true);
    const [container] = [...w.fake.world.containers.values()];
    expect(w.requests('GET', `/${container!.id}`)).toHaveLength(4);
    // Three pauses, doubling from the first: 2 s, 4 s, 8 s of the injected clock.
    expect(w.clock.now() - started).toBe(14_000);
    expect(w.fake.violations).toEqual([]);
  });

  it('gives up waiting after its bound, posts nothing, cleans up and lets the outbox try later', async () => {
    const w = await world({
      fake: { instagram: { containerPolls: 1_000 } },
      instagram: { containerWait: { firstPollMs: 1_000, maxPollMs: 10_000, maxWaitMs: 60_000 } },
    });
    const account = (await w.connect('instagram')).resolve();
    const failure = await whileTimersRun(
      w.clock,
      w.instagram
        .publish(account, w.post('Never ready', { images: await photos(1) }))
        .catch((e: unknown) => e),
    );
    expect(failure).toMatchObject({ kind: 'server', message: expect.stringContaining('nothing was posted') });
    expect(w.requests('POST', `/${igUser(w)}/media_publish`)).toHaveLength(0);
    expect(w.fake.world.photos.size).toBe(0);
  });

  it('a container Instagram could not process is refused with Meta’s words, and cleaned up', async () => {
    const w = await world({ fake: { instagram: { containerOutcome: 'ERROR' } } });
    const account = (await w.connect('instagram')).resolve();
    await expect(
      w.instagram.publish(account, w.post('Broken', { images: await photos(1) })),
    ).rejects.toMatchObject({
      kind: 'rejected',
      message: expect.stringContaining('“Error: Media upload has failed with error code 2207001”'),
    });
    expect(w.fake.world.photos.size).toBe(0);
  });

  it('9007 (not ready): publishes the same container again after a wait, so the post exists once', async () => {
    const w = await world();
    const account = (await w.connect('instagram')).resolve();
    w.fake.faults.add(
      { kind: 'graph-error', error: ERRORS.mediaNotReady() },
      { method: 'POST', path: `/${igUser(w)}/media_publish` },
    );
    await whileTimersRun(
      w.clock,
      w.instagram.publish(account, w.post('Ready soon', { images: await photos(1) })),
    );

    const tries = w
      .requests('POST', `/${igUser(w)}/media_publish`)
      .map((r) => new URLSearchParams(r.body.toString('utf8')).get('creation_id'));
    expect(tries).toHaveLength(2);
    expect(new Set(tries).size).toBe(1);
    expect(w.fake.world.igMedia.size).toBe(1);
  });

  it('cleans up the hosted photos when Instagram refuses the post, and retries a delete that failed on the next send', async () => {
    const w = await world();
    const keychain = await w.connect('instagram');
    w.fake.faults.add({ kind: 'policy-block' }, { method: 'POST', path: `/${igUser(w)}/media_publish` });
    await expect(
      w.instagram.publish(keychain.resolve(), w.post('Blocked', { images: await photos(1) })),
    ).rejects.toMatchObject({ kind: 'rejected', message: expect.stringContaining('policy') });
    expect(w.fake.world.photos.size).toBe(0);

    w.fake.faults.add({ kind: 'server-error' }, { method: 'DELETE', path: /^\/\d+$/ });
    await w.instagram.publish(keychain.resolve(), w.post('Kept one', { images: await photos(1) }));
    expect(w.fake.world.photos.size).toBe(1);
    const [left] = w.fake.world.photos.keys();
    expect(keychain.settings.leftoverPagePhotoIds).toEqual([left]);

    await w.instagram.publish(keychain.resolve(), w.post('Next', { images: await photos(1) }));
    expect(w.fake.world.photos.size).toBe(0);
    expect(keychain.settings.leftoverPagePhotoIds).toEqual([]);
  });

  it('answers a comment through its replies edge', async () => {
    const w = await world();
    const account = (await w.connect('instagram')).resolve();
    const { remoteId } = await w.instagram.publish(
      account,
      w.post('Open Sunday', { images: await photos(1) }),
    );
    const comment = w.fake.addComment({ on: remoteId, from: 'bea', message: 'Gluten free?' });
    const replyTo = { parent: { id: comment }, root: { id: comment } };
    expect(w.instagram.validate({ text: 'Yes!', images: [], replyTo }, null)).toEqual([]);
    const reply = await w.instagram.publish(account, w.post('Yes!', { replyTo }));
    expect(w.fake.world.comments.get(reply.remoteId)).toMatchObject({
      parentCommentId: comment,
      message: 'Yes!',
      from: { name: 'cadencebakery' },
    });
    expect(w.fake.violations).toEqual([]);
  });

  it('says in plain words that a post needs a photo', async () => {
    const w = await world();
    expect(w.instagram.validate({ text: 'Words only', images: [] }, null)).toEqual([
      expect.objectContaining({
        code: 'image-required',
        message: expect.stringContaining('at least one photo'),
      }),
    ]);
  });

  it('says what is uploaded where, in the guide', () => {
    const english = wordsIn('en');
    expect(metaGuide.steps.map((step) => english(step.text, step.params))).toContain(
      'Instagram fetches your images from the internet, so Cadence first uploads them to your Facebook Page as unpublished photos, which only Page admins can see, and deletes them after posting.',
    );
  });

  it('reads the account’s followers for Insights', async () => {
    const w = await world();
    const account = (await w.connect('instagram')).resolve();
    await expect(w.instagram.profile(account)).resolves.toMatchObject({
      handle: '@cadencebakery',
      followersCount: 876,
      remoteAccountId: igUser(w),
    });
  });
});

describe('Instagram’s 24-hour publishing limit', () => {
  it('is read for the composer, kept in the settings, and stops a send before any upload once used up', async () => {
    const w = await world({ fake: { instagram: { publishingQuota: 1 } } });
    const keychain = await w.connect('instagram');
    await expect(w.instagram.publishingLimit(keychain.resolve())).resolves.toEqual({
      used: 0,
      total: 1,
      windowHours: 24,
      checkedAt: w.clock.now(),
    });
    await w.instagram.publish(keychain.resolve(), w.post('First', { images: await photos(1) }));
    expect(keychain.settings.publishingLimit).toMatchObject({ used: 1, total: 1 });
    expect(keychain.settings.postingAllowance).toMatchObject({ window: { used: 1, total: 1, hours: 24 } });

    const uploads = w.requests('POST', `/${w.fake.page.id}/photos`).length;
    await expect(
      w.instagram.publish(keychain.resolve(), w.post('Second', { images: await photos(1) })),
    ).rejects.toMatchObject({
      kind: 'rate-limited',
      details: { retryAt: w.clock.now() + HOUR },
      message: expect.stringContaining('publish 1 post through apps in 24 hours'),
    });
    expect(w.requests('POST', `/${w.fake.page.id}/photos`)).toHaveLength(uploads);
  });

  it('Meta’s own refusal for it (code 4, subcode 2207042) waits an hour', async () => {
    const w = await world();
    const account = (await w.connect('instagram')).resolve();
    w.fake.faults.add(
      { kind: 'graph-error', error: ERRORS.publishingLimit() },
      { method: 'POST', path: `/${igUser(w)}/media_publish` },
    );
    await expect(
      w.instagram.publish(account, w.post('One more', { images: await photos(1) })),
    ).rejects.toMatchObject({ kind: 'rate-limited', details: { retryAt: w.clock.now() + HOUR } });
    expect(w.fake.world.photos.size).toBe(0);
  });
});

describe('after a lost answer, Instagram is asked', () => {
  it('finds the post among the newest media, or says it is not there', async () => {
    const w = await world();
    const account = (await w.connect('instagram')).resolve();
    const post = w.post('Lost answer', { images: await photos(1) });
    w.fake.transport.add(
      { kind: 'drop-after-handling' },
      { method: 'POST', path: `/${igUser(w)}/media_publish` },
    );
    await expect(w.instagram.publish(account, post)).rejects.toMatchObject({ kind: 'unknown' });
    expect(w.fake.world.photos.size).toBe(0);
    const [media] = [...w.fake.world.igMedia.values()];
    await expect(w.instagram.verify(account, post, null)).resolves.toEqual({
      status: 'published',
      remoteId: media!.id,
      remoteUrl: `https://www.instagram.com/p/${media!.shortcode}/`,
    });
    await expect(w.instagram.verify(account, w.post('Never sent'), null)).resolves.toEqual({
      status: 'absent',
    });
  });

  it('asks the owner when the account may not be read', async () => {
    const w = await world();
    const account = (await w.connect('instagram')).resolve();
    w.fake.faults.add(
      { kind: 'graph-error', error: ERRORS.permission('instagram_basic') },
      { method: 'GET', path: `/${igUser(w)}/media` },
    );
    const verdict = await w.instagram.verify(account, w.post('Hello'), null);
    expect(verdict).toMatchObject({
      status: 'cannot-tell',
      reason: {
        key: 'connectors.instagram.cannotTell.readRefused',
        params: { handle: '@cadencebakery' },
        message: expect.stringContaining('@cadencebakery on Instagram'),
      },
    });
  });
});

const LOST: Array<[string, TransportFault]> = [
  ['the socket is cut', { kind: 'drop-after-handling' }],
  ['a gateway answers 502', { kind: 'bad-gateway-after-handling' }],
  ['the socket is cut after a wait', { kind: 'drop-after-wait', waitMs: 500 }],
];

describe('Instagram through the real outbox, when the answer to a post is lost', () => {
  it.each(LOST)(
    'posts exactly once over an hour when %s, and leaves no photo on the Page',
    async (_case, fault) => {
      const w = await world();
      const core = await startMetaCore(w, 'instagram');
      cleanups.push(core.dispose);
      const { t, channelId } = core;
      w.fake.transport.add(fault, { method: 'POST', path: `/${igUser(w)}/media_publish` });
      const post = await draftWithPhotos(t, channelId, `Soup of the day (${fault.kind})`, 2);
      await t.call('posts.publishNow', { id: post.id });
      await t.runFor(HOUR);

      const targetId = (await t.call('posts.get', { id: post.id })).targets[0]!.id;
      expect([...w.fake.world.igMedia.values()].map((m) => [m.caption, m.mediaType])).toEqual([
        [`Soup of the day (${fault.kind})`, 'CAROUSEL_ALBUM'],
      ]);
      expect(w.requests('POST', `/${igUser(w)}/media_publish`)).toHaveLength(1);
      expect(attemptRows(t, targetId)[0]!.outcome).toBe('unknown');
      expect(targetRow(t, targetId)).toMatchObject({
        state: 'published',
        remote_id: [...w.fake.world.igMedia.keys()][0],
      });
      expect(w.fake.world.photos.size).toBe(0);
      expect(t.notifier.notices.filter((n) => n.kind === 'failure')).toEqual([]);
      expect(w.fake.violations).toEqual([]);
    },
  );
});
