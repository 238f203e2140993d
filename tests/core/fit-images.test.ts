// Every network's image limit, from the one table in media-rules.ts: an image over it is
// re-encoded as a JPEG that fits, an image within it goes as it is.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { fitImagesFor } from '../../src-main/core/connectors/media/fit-image';
import { MEDIA_RULES } from '../../src-main/shared/text-rules';

async function noisePng(side: number): Promise<Buffer> {
  const noise = randomBytes(side * side * 3);
  return sharp(noise, { raw: { width: side, height: side, channels: 3 } })
    .png()
    .toBuffer();
}

const image = (bytes: Uint8Array, fileName = 'shop.png') => ({
  bytes,
  mimeType: 'image/png',
  altText: 'The shop',
  fileName,
});

describe('fitImagesFor', () => {
  it('resizes for Bluesky, Mastodon, Telegram, Discord and X alike', () => {
    for (const network of ['bluesky', 'mastodon', 'telegram', 'discord', 'x'] as const) {
      expect(MEDIA_RULES[network].oversizedImage).toBe('resized');
    }
  });

  it('re-encodes an image over a Mastodon server’s own limit, keeping its alt text', async () => {
    const png = await noisePng(700);
    expect(png.byteLength).toBeGreaterThan(1_000_000);
    const [fitted] = await fitImagesFor('mastodon', [image(png)], { maxImageBytes: 1_000_000 });
    expect(fitted).toMatchObject({ mimeType: 'image/jpeg', fileName: 'shop.jpg', altText: 'The shop' });
    expect(fitted!.bytes.byteLength).toBeLessThanOrEqual(1_000_000);
    expect((await sharp(fitted!.bytes).metadata()).format).toBe('jpeg');
  });

  it('leaves an image within the limit untouched', async () => {
    const png = await noisePng(64);
    const [same] = await fitImagesFor('x', [image(png)]);
    expect(same).toMatchObject({ mimeType: 'image/png', fileName: 'shop.png' });
    expect(same!.bytes).toBe(png);
  });

  it('leaves networks alone that refuse rather than resize', async () => {
    const png = await noisePng(64);
    expect(await fitImagesFor('webhook', [image(png)])).toEqual([image(png)]);
  });

  it('says in the network’s name when even the smallest step does not fit', async () => {
    const png = await noisePng(200);
    const failure = await fitImagesFor('mastodon', [image(png, 'noise.png')], { maxImageBytes: 1_000 }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ConnectorError);
    expect((failure as ConnectorError).kind).toBe('rejected');
    expect((failure as ConnectorError).message).toBe(
      '“noise.png” is too large for Mastodon even after resizing. Use a smaller image.',
    );
  });
});
