// Preparing images for Bluesky: an image the decoder cannot read, or one whose header claims
// too many pixels, is a problem with the image for the owner to fix, never a network failure
// ("Could not reach Bluesky") that would be retried.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prepareImage } from '../../src-main/core/connectors/bluesky/bluesky-images';
import { toConnectorError } from '../../src-main/core/connectors/bluesky/bluesky-session';
import { ConnectorError } from '../../src-main/core/connectors/connector-error';
import { craftedPng, tinyPng } from '../support/crafted-images';

const image = (fileName: string, bytes: Uint8Array) => ({
  fileName,
  bytes,
  mimeType: 'image/png',
  altText: 'Bread',
});

async function failureOf(work: Promise<unknown>): Promise<ConnectorError> {
  const caught = await work.then(
    () => null,
    (error: unknown) => error,
  );
  expect(caught).toBeInstanceOf(ConnectorError);
  return caught as ConnectorError;
}

describe('prepareImage', () => {
  it('reports pixel data the decoder cannot read, met while shrinking a large image, as the image', async () => {
    // A sound header (1500 × 1500) over 1.1 MB of noise: only decoding the pixels fails.
    const noise = craftedPng(1500, 1500, randomBytes(1_100_000));
    const failure = await failureOf(prepareImage(image('noise.png', noise)));
    expect(failure.kind).toBe('rejected');
    expect(failure.retryable).toBe(false);
    expect(failure.message).toMatch(
      /^This image could not be read: “noise\.png” \(.+\)\. Save it again as PNG or JPEG and attach it again\.$/,
    );
    // The connector's sorting keeps it: it is not read as a request that failed on the way.
    expect(toConnectorError(failure, 'publish')).toBe(failure);
  });

  it('reports a header no decoder understands the same way', async () => {
    const failure = await failureOf(prepareImage(image('cat.png', Buffer.from('GIF89a....'))));
    expect(failure).toMatchObject({
      kind: 'rejected',
      message: expect.stringMatching(/^This image could not be read: “cat\.png”/),
    });
  });

  it('refuses an image over 100 megapixels before decoding it', async () => {
    const failure = await failureOf(prepareImage(image('bomb.png', craftedPng(30_000, 30_000))));
    expect(failure).toMatchObject({
      kind: 'rejected',
      message:
        '“bomb.png” is 30000 × 30000 pixels; Cadence takes images of up to 100 megapixels. Make it smaller and attach it again.',
    });
  });

  it('still passes a small sound image through as it is', async () => {
    const bytes = await tinyPng();
    expect(await prepareImage(image('ok.png', bytes))).toEqual({
      bytes,
      mimeType: 'image/png',
      width: 3,
      height: 2,
    });
  });
});
