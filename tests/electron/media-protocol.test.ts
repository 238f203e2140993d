import { readFileSync } from 'node:fs';
import { describe, expect, vi } from 'vitest';
import {
  handleMediaProtocol,
  MEDIA_SCHEME,
  mediaResponse,
  registerMediaScheme,
} from '../../src-main/media-protocol';
import { it } from '../support/core-fixture';
import { PNG_1X1 } from '../support/crafted-images';
import type { TestCore } from '../support/test-core';
import { protocol } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

/** A real image: media.add reads the image before it keeps it. */
const PNG = Buffer.from(PNG_1X1, 'base64');

let t: TestCore;
let sha256: string;
const get = (url: string, method = 'GET') =>
  mediaResponse(new Request(url, { method }), (s) => t.core.mediaPath(s));

// The core comes from the fixture, which also closes it.
it.beforeEach(async ({ t: core }) => {
  t = core;
  const post = await t.call('posts.create', { body: 'with a picture' });
  const item = await t.call('media.add', {
    postId: post.id,
    fileName: 'shop.png',
    mimeType: 'image/png',
    dataBase64: PNG.toString('base64'),
    altText: 'The shop front',
  });
  sha256 = item.sha256;
});

describe('cadence-media protocol', () => {
  it('is registered as a standard, secure, fetchable scheme and handled by the core', () => {
    registerMediaScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      // stream: <video> reads a video in ranges as it plays.
      {
        scheme: MEDIA_SCHEME,
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
      },
    ]);
    handleMediaProtocol((s) => t.core.mediaPath(s));
    expect(protocol.handle).toHaveBeenCalledWith(MEDIA_SCHEME, expect.any(Function));
  });

  it('serves a stored image with its type', async () => {
    const response = await get(`cadence-media://media/${sha256}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PNG);
  });

  it('serves a stored mp4 video as video/mp4', async () => {
    const video = readFileSync(new URL('../fixtures/media/tiny-h264.mp4', import.meta.url));
    const post = await t.call('posts.create', { body: 'with a video' });
    const item = await t.call('media.add', {
      postId: post.id,
      fileName: 'oven.mp4',
      mimeType: 'video/mp4',
      dataBase64: video.toString('base64'),
    });
    const response = await get(`cadence-media://media/${item.sha256}`);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(video);
  });

  it.each([
    ['an unknown digest', () => `cadence-media://media/${'0'.repeat(64)}`],
    ['upper-case hex', () => `cadence-media://media/${sha256.toUpperCase()}`],
    ['a short name', () => `cadence-media://media/${sha256.slice(1)}`],
    ['a non-hex name', () => `cadence-media://media/${'g'.repeat(64)}`],
    ['a traversal', () => 'cadence-media://media/..%2F..%2Fcadence.db'],
    ['a nested path', () => `cadence-media://media/${sha256.slice(0, 2)}/${sha256}`],
    ['another host', () => `cadence-media://files/${sha256}`],
    ['a query-only name', () => `cadence-media://media/?${sha256}`],
  ])('answers 404 for %s', async (_label, url) => {
    expect((await get(url())).status).toBe(404);
  });

  it('answers 404 to anything but GET', async () => {
    expect((await get(`cadence-media://media/${sha256}`, 'POST')).status).toBe(404);
  });
});
