// What Cadence reads of an image before it keeps or sends one: its size in pixels, from the
// file's header, before any pixel is decoded. A few kilobytes can claim billions of pixels (a
// "decompression bomb") whose decoding would take gigabytes of memory, so such a file is refused
// on what its header says, and every decoder Cadence starts carries the same cap.
import type * as SharpLibrary from 'sharp';
import type { Metadata, Sharp } from 'sharp';
import { say, type OwnerMessage } from '../../shared/messages/owner-message';

/**
 * 100 megapixels: more than any camera or phone saves by default (phones with 108 MP sensors
 * save 12 MP photos unless told otherwise), and at most 400 MB once decoded.
 */
export const MAX_IMAGE_PIXELS = 100_000_000;

type SharpModule = typeof SharpLibrary;
let sharpModule: Promise<SharpModule> | null = null;

/**
 * sharp, loaded when the first image is read: it holds about 30 MB, which a Cadence that only
 * publishes text (or sits idle in the tray) should not carry.
 */
export function loadSharp(): Promise<SharpModule> {
  sharpModule ??= import('sharp');
  return sharpModule;
}

/** An image Cadence cannot use; the message says why and what to do, keyed for the owner's language. */
export class ImageProblem extends Error {
  constructor(readonly said: OwnerMessage) {
    super(said.message);
  }
}

export interface ImageSize {
  width: number;
  height: number;
}

export async function readImageSize(bytes: Uint8Array, fileName: string): Promise<ImageSize> {
  let metadata: Metadata;
  try {
    // The header only: no pixel is decoded, so no cap is needed to read it (sharp's own default
    // would refuse the largest bombs with its words), and the message below says what to do.
    const sharp = (await loadSharp()).default;
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw unreadable(fileName, error);
  }
  const { width, height } = metadata;
  if (!width || !height) throw unreadable(fileName, new Error('it has no size'));
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new ImageProblem(
      say('errors.media.tooManyPixels', {
        file: fileName,
        width,
        height,
        megapixels: MAX_IMAGE_PIXELS / 1_000_000,
      }),
    );
  }
  return { width, height };
}

/** A sharp pipeline that refuses to decode more pixels than the cap. */
export async function decoderFor(bytes: Uint8Array): Promise<Sharp> {
  const sharp = (await loadSharp()).default;
  return sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS });
}

/** A decoder's failure as the owner should read it: a problem with this image, not the network. */
export function unreadable(fileName: string, error: unknown): ImageProblem {
  const reason = error instanceof Error ? error.message.split('\n')[0]!.replace(/:\s*$/, '') : String(error);
  return new ImageProblem(say('errors.media.unreadable', { file: fileName, reason }));
}
