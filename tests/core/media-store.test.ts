import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { LIMITS } from '../../src-main/shared/entities';
import type { Result } from '../../src-main/shared/errors';
import { test } from '../support/core-fixture';
import { craftedPng, tinyPng } from '../support/crafted-images';

const image = await tinyPng();
/** A real PNG padded to `size` bytes (readers stop at its end); different fills, different files. */
const png = (size: number, fill = 7) =>
  Buffer.concat([image, Buffer.alloc(Math.max(1, size - image.length), fill)]);

const b64 = (bytes: Buffer) => bytes.toString('base64');

const it = test.extend<{
  /** A draft to attach images to. */
  postId: string;
  /** media.add of `bytes` on that draft, as a PNG unless `extra` says otherwise. */
  addImage: (bytes: Buffer, extra?: Record<string, unknown>) => Promise<Result<unknown>>;
  /** The files under the data folder's media/. */
  storedFiles: () => Dirent[];
}>({
  postId: async ({ t }, use) => use((await t.call('posts.create', { body: 'With a picture' })).id),
  addImage: async ({ t, postId }, use) =>
    use((bytes, extra = {}) =>
      t.core.invoke('media.add', {
        postId,
        fileName: 'photo.png',
        mimeType: 'image/png',
        dataBase64: bytes.toString('base64'),
        ...extra,
      }),
    ),
  storedFiles: async ({ dataDir }, use) =>
    use(() =>
      readdirSync(join(dataDir, 'media'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()),
    ),
});

describe('media', () => {
  it('is stored once per content, under its hash, whichever posts use it', async ({
    t,
    postId,
    storedFiles,
  }) => {
    const bytes = png(1024);
    const other = (await t.call('posts.create', { body: 'Same picture' })).id;
    const first = await t.call('media.add', {
      postId,
      fileName: 'a.png',
      mimeType: 'image/png',
      dataBase64: bytes.toString('base64'),
      altText: 'Our shop front',
    });
    const second = await t.call('media.add', {
      postId: other,
      fileName: 'b.png',
      mimeType: 'image/png',
      dataBase64: bytes.toString('base64'),
    });

    expect(first.sha256).toBe(second.sha256);
    expect(first.id).not.toBe(second.id);
    expect(first).toMatchObject({ byteSize: 1024, altText: 'Our shop front', position: 0 });
    expect(storedFiles()).toHaveLength(1);
    expect(readFileSync(t.core.mediaPath(first.sha256)).equals(bytes)).toBe(true);
    expect(t.core.mediaPath(first.sha256)).toContain(join('media', first.sha256.slice(0, 2), first.sha256));

    const third = await t.call('media.add', {
      postId,
      fileName: 'c.png',
      mimeType: 'image/png',
      dataBase64: png(64, 9).toString('base64'),
    });
    expect(third.position).toBe(1);
    expect(storedFiles()).toHaveLength(2);
    expect((await t.call('posts.get', { id: postId })).media.map((item) => item.id)).toEqual([
      first.id,
      third.id,
    ]);
  });

  it('keeps alt text edits and removes an attachment without touching the other post', async ({
    t,
    postId,
  }) => {
    const item = await t.call('media.add', {
      postId,
      fileName: 'a.png',
      mimeType: 'image/png',
      dataBase64: png(100).toString('base64'),
    });
    expect(await t.call('media.update', { id: item.id, altText: 'Two loaves on a board' })).toMatchObject({
      altText: 'Two loaves on a board',
    });
    expect(await t.call('media.remove', { id: item.id })).toEqual({ id: item.id });
    expect((await t.call('posts.get', { id: postId })).media).toEqual([]);
    expect(await t.core.invoke('media.update', { id: item.id, altText: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses bytes that are not the image type they claim, in plain words', async ({ addImage }) => {
    const result = await addImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        key: 'errors.media.invalid',
        params: { file: 'photo.png' },
        message:
          '“photo.png” is not a valid PNG, JPEG, GIF or WebP image or MP4 video. Export it again and retry.',
      },
    });
    expect(await addImage(png(100), { mimeType: 'image/jpeg' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await addImage(Buffer.alloc(0))).toMatchObject({
      ok: false,
      error: { message: '“photo.png” is empty.' },
    });
  });

  it('refuses images over 20 MB, at the boundary and in the store', async ({ t, postId, addImage }) => {
    // One byte over: its base64 still fits the contract's length limit, so the store must catch it.
    const justOver = await addImage(png(LIMITS.mediaBytes + 1));
    expect(justOver).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        key: 'errors.media.tooLarge',
        params: { file: 'photo.png' },
        message: '“photo.png” is larger than 20 MB. Choose a smaller file.',
      },
    });
    const wellOver = await addImage(png(LIMITS.mediaBytes + 4));
    expect(wellOver).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'dataBase64: Images can be at most 20 MB' },
    });
    expect(
      await t.call('media.add', {
        postId,
        fileName: 'max.png',
        mimeType: 'image/png',
        dataBase64: png(LIMITS.mediaBytes).toString('base64'),
      }),
    ).toMatchObject({
      byteSize: LIMITS.mediaBytes,
    });
  });

  it(`allows at most ${LIMITS.mediaPerPost} images on a post`, async ({ addImage }) => {
    for (let i = 0; i < LIMITS.mediaPerPost; i++) expect((await addImage(png(32, i))).ok).toBe(true);
    expect(await addImage(png(32, 99))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/at most 10/) },
    });
  });

  it('refuses an image whose header claims more than 100 megapixels, before decoding a pixel', async ({
    t,
    addImage,
  }) => {
    const bomb = craftedPng(20_000, 10_000);
    expect(await addImage(bomb, { fileName: 'bomb.png' })).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        key: 'errors.media.tooManyPixels',
        message:
          '“bomb.png” is 20000 × 10000 pixels; Cadence takes images of up to 100 megapixels. Make it smaller and attach it again.',
      },
    });
    expect(existsSync(join(t.dataDir, 'media'))).toBe(false);
    expect((await addImage(craftedPng(10_000, 10_000))).ok).toBe(true);
  });

  it('refuses bytes that look like an image but cannot be read, saying it is the image', async ({
    addImage,
  }) => {
    const result = await addImage(Buffer.from('GIF89a....'), { fileName: 'cat.gif', mimeType: 'image/gif' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(
          /^This image could not be read: “cat\.gif” \(.+\)\. Save it again as PNG or JPEG and attach it again\.$/,
        ),
      },
    });
  });

  it('removes a file once no post uses it: on removing the image and on deleting the post', async ({
    t,
    postId,
    storedFiles,
  }) => {
    const other = (await t.call('posts.create', { body: 'Same picture' })).id;
    const shared = png(500, 1);
    const kept = await t.call('media.add', {
      postId,
      fileName: 'a.png',
      mimeType: 'image/png',
      dataBase64: b64(shared),
    });
    const alsoKept = await t.call('media.add', {
      postId: other,
      fileName: 'b.png',
      mimeType: 'image/png',
      dataBase64: b64(shared),
    });
    const own = await t.call('media.add', {
      postId,
      fileName: 'c.png',
      mimeType: 'image/png',
      dataBase64: b64(png(600, 2)),
    });

    await t.call('media.remove', { id: own.id });
    expect(existsSync(t.core.mediaPath(own.sha256))).toBe(false);
    await t.call('media.remove', { id: kept.id });
    // The other post still shows the same picture.
    expect(existsSync(t.core.mediaPath(kept.sha256))).toBe(true);
    const { undoId } = await t.call('posts.delete', { id: other });
    // Held while Undo may bring the post back, and collected once that undo has expired.
    expect(existsSync(t.core.mediaPath(alsoKept.sha256))).toBe(true);
    t.clock.advance(16 * 60_000);
    expect(await t.errorOf('undo.apply', { undoId })).toMatchObject({ key: 'batch.undo.expired' });
    expect(existsSync(t.core.mediaPath(alsoKept.sha256))).toBe(false);
    expect(storedFiles()).toEqual([]);
  });

  it('at start, removes files no post names and leftovers of interrupted writes, and keeps the rest', async ({
    t,
    restart,
    postId,
    storedFiles,
  }) => {
    const used = await t.call('media.add', {
      postId,
      fileName: 'a.png',
      mimeType: 'image/png',
      dataBase64: b64(png(300)),
    });
    const orphan = 'ab'.padEnd(64, '0');
    mkdirSync(join(t.dataDir, 'media', 'ab'), { recursive: true });
    writeFileSync(join(t.dataDir, 'media', 'ab', orphan), 'left by a crash between the file and its row');
    writeFileSync(`${t.core.mediaPath(used.sha256)}.4242.tmp`, 'half a write');

    const reopened = await restart();
    expect(storedFiles().map((file) => file.name)).toEqual([used.sha256]);
    expect((await reopened.call('posts.get', { id: postId })).media).toMatchObject([{ id: used.id }]);
  });

  it('stores nothing when the post goes while its image is being read', async ({ t, postId, addImage }) => {
    const adding = addImage(png(400));
    // Runs while the image is read on sharp's threads: the add reaches its await first.
    expect(await t.call('posts.delete', { id: postId })).toMatchObject({ id: postId });
    expect(await adding).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(existsSync(join(t.dataDir, 'media'))).toBe(false);

    const published = (await t.call('posts.create', { body: 'Out already' })).id;
    const late = t.core.invoke('media.add', {
      postId: published,
      fileName: 'late.png',
      mimeType: 'image/png',
      dataBase64: b64(png(400)),
    });
    t.core.database.sqlite.prepare("update posts set status = 'published' where id = ?").run(published);
    expect(await late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(existsSync(join(t.dataDir, 'media'))).toBe(false);
  });

  it('cannot be changed on a published post or added to a missing one', async ({ t, postId, addImage }) => {
    const item = await t.call('media.add', {
      postId,
      fileName: 'a.png',
      mimeType: 'image/png',
      dataBase64: png(100).toString('base64'),
    });
    t.core.database.sqlite.prepare("update posts set status = 'published' where id = ?").run(postId);
    expect(await addImage(png(200))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await t.core.invoke('media.update', { id: item.id, altText: 'late' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await t.core.invoke('media.remove', { id: item.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect((await t.call('posts.get', { id: postId })).media).toMatchObject([{ id: item.id, altText: '' }]);
    expect(
      await t.core.invoke('media.add', {
        postId: 'gone',
        fileName: 'a.png',
        mimeType: 'image/png',
        dataBase64: png(100).toString('base64'),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
