import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src-main/shared/entities';
import { makeDataDir, startTestCore, type TestCore } from '../support/test-core';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const png = (size: number, fill = 7) =>
  Buffer.concat([PNG_SIGNATURE, Buffer.alloc(size - PNG_SIGNATURE.length, fill)]);

let t: TestCore;
let cleanup: () => void;
let postId: string;

beforeEach(async () => {
  const data = makeDataDir();
  cleanup = data.cleanup;
  t = startTestCore({ dataDir: data.dir });
  postId = (await t.call('posts.create', { body: 'With a picture' })).id;
});
afterEach(async () => {
  await t.core.close();
  cleanup();
});

const addImage = (bytes: Buffer, extra: Record<string, unknown> = {}) =>
  t.core.invoke('media.add', {
    postId,
    fileName: 'photo.png',
    mimeType: 'image/png',
    dataBase64: bytes.toString('base64'),
    ...extra,
  });

const storedFiles = () =>
  readdirSync(join(t.dataDir, 'media'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

describe('media', () => {
  it('is stored once per content, under its hash, whichever posts use it', async () => {
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

  it('keeps alt text edits and removes an attachment without touching the other post', async () => {
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

  it('refuses bytes that are not the image type they claim, in plain words', async () => {
    const result = await addImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: '“photo.png” is not a valid PNG, JPEG, GIF or WebP image. Export it again and retry.',
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

  it('refuses images over 20 MB, at the boundary and in the store', async () => {
    // One byte over: its base64 still fits the contract's length limit, so the store must catch it.
    const justOver = await addImage(png(LIMITS.mediaBytes + 1));
    expect(justOver).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '“photo.png” is larger than 20 MB. Choose a smaller image.' },
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

  it(`allows at most ${LIMITS.mediaPerPost} images on a post`, async () => {
    for (let i = 0; i < LIMITS.mediaPerPost; i++) expect((await addImage(png(32, i))).ok).toBe(true);
    expect(await addImage(png(32, 99))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/at most 10/) },
    });
  });

  it('cannot be changed on a published post or added to a missing one', async () => {
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
