// Image files for media tests: made byte by byte for what a drawing library will not make (a
// header that claims more pixels than the data holds, a decompression bomb; pixel data that is
// noise), and real tiny PNGs.
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** A real 1×1 PNG, base64, for tests that need any valid image and no drawing library. */
export const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG whose header says width × height (8-bit RGB) and whose pixel data is `idat`. */
export function craftedPng(width: number, height: number, idat: Buffer = Buffer.alloc(16)): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A real PNG of a few pixels and a few dozen bytes. */
export function tinyPng(): Promise<Buffer> {
  return sharp({ create: { width: 3, height: 2, channels: 3, background: '#fab005' } })
    .png()
    .toBuffer();
}
