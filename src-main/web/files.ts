// The two kinds of files web mode serves: the built renderer, and stored media by content hash.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { BASE_HEADERS } from './access';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The file under `root` that a URL path names, or null when it would leave `root`
 * (`..`, encoded separators, absolute paths, NUL bytes) or cannot be decoded.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const wanted = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const target = resolve(root, wanted);
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) {
    return null;
  }
  return target;
}

/** Streams a regular file with its content type; false when there is no such file. */
export async function sendStaticFile(
  response: ServerResponse,
  path: string,
  extraHeaders: Record<string, string> = {},
): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return false;
  const type = CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  // The page is small and names hashed assets, so only the page must never be cached.
  const caching = type.startsWith('text/html') ? 'no-store' : 'private, max-age=3600';
  await streamFile(response, path, info.size, {
    ...extraHeaders,
    'Content-Type': type,
    'Cache-Control': caching,
  });
  return true;
}

/** Streams a stored media file; its type comes from its first bytes, since media is stored by hash alone. */
export async function sendMediaFile(response: ServerResponse, path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return false;
  const type = imageTypeOf(await firstBytes(path, 12));
  if (!type) return false;
  await streamFile(response, path, info.size, {
    'Content-Type': type,
    // Content-addressed: the same URL can never mean different bytes.
    'Cache-Control': 'private, max-age=31536000, immutable',
  });
  return true;
}

async function streamFile(
  response: ServerResponse,
  path: string,
  size: number,
  headers: Record<string, string>,
): Promise<void> {
  response.writeHead(200, { ...BASE_HEADERS, ...headers, 'Content-Length': String(size) });
  if (response.req.method === 'HEAD') {
    response.end();
    return;
  }
  await new Promise<void>((done) => {
    const stream = createReadStream(path);
    stream.on('error', () => {
      response.destroy();
      done();
    });
    stream.on('end', done);
    stream.pipe(response);
  });
}

async function firstBytes(path: string, count: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    const { bytesRead } = await handle.read(buffer, 0, count, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The types media.add keeps (images, and mp4 videos by their "ftyp" box), recognised by their signatures. */
function imageTypeOf(head: Buffer): string | null {
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  const ascii = head.toString('latin1');
  if (ascii.startsWith('GIF87a') || ascii.startsWith('GIF89a')) return 'image/gif';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'image/webp';
  if (ascii.slice(4, 8) === 'ftyp') return 'video/mp4';
  return null;
}
