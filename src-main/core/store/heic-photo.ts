// iPhones save photos as HEIC, which no network takes and the composer cannot show, so Cadence
// turns one into a JPEG as it is attached; from then on it is a photo like any other. The
// converter (libheif compiled to WebAssembly, so no native binary) is loaded with the first one.
import type convertHeic from 'heic-convert';
import { say } from '../../shared/messages/owner-message';
import { ImageProblem, readImageSize } from './image-facts';

type HeicConvert = typeof convertHeic;
let converter: Promise<HeicConvert> | null = null;

function loadConverter(): Promise<HeicConvert> {
  converter ??= import('heic-convert').then((module) => module.default);
  return converter;
}

/** The brands an HEIF file names after "ftyp": stills and sequences, HEVC-coded or generic. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);

export function looksLikeHeic(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(4, 12)).toString('latin1');
  return head.startsWith('ftyp') && HEIF_BRANDS.has(head.slice(4));
}

/** What a HEIC photo becomes: a JPEG with the same name ending in .jpg. */
export interface ConvertedPhoto {
  fileName: string;
  bytes: Buffer;
}

export async function heicToJpeg(bytes: Uint8Array, fileName: string): Promise<ConvertedPhoto> {
  // The header first: the converter decodes every pixel and has no cap of its own.
  await readImageSize(bytes, fileName);
  let jpeg: Uint8Array;
  try {
    jpeg = await (await loadConverter())({ buffer: bytes, format: 'JPEG', quality: 0.92 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    throw new ImageProblem(say('media.heicUnconvertible', { file: fileName, reason }));
  }
  return { fileName: fileName.replace(/(\.[^.]*)?$/, '.jpg'), bytes: Buffer.from(jpeg) };
}
