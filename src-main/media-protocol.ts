// cadence-media://media/<sha256> serves a stored image or video to <img> and <video> in the
// renderer, which has no file access of its own. Only 64-hex names resolve; everything else is a 404.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';

export const MEDIA_SCHEME = 'cadence-media';

/** Must run before the app is ready. */
export function registerMediaScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: MEDIA_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

export function handleMediaProtocol(mediaPath: (sha256: string) => string): void {
  protocol.handle(MEDIA_SCHEME, (request) => mediaResponse(request, mediaPath));
}

const MEDIA_PATH = /^\/([0-9a-f]{64})$/;

export async function mediaResponse(
  request: Request,
  mediaPath: (sha256: string) => string,
): Promise<Response> {
  const url = new URL(request.url);
  const sha256 = MEDIA_PATH.exec(url.pathname)?.[1];
  if (request.method !== 'GET' || url.host !== 'media' || !sha256) return notFound();
  let bytes: Buffer;
  try {
    bytes = await readFile(mediaPath(sha256));
  } catch {
    return notFound();
  }
  const type = imageType(bytes);
  if (!type) return notFound();
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      // Content-addressed: a name never changes its bytes.
      'Cache-Control': 'private, max-age=31536000, immutable',
    },
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}

/** Files are stored without an extension, so the type comes from the bytes (the core only keeps these five). */
function imageType(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 12);
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  if (
    head.subarray(0, 4).toString('latin1') === 'RIFF' &&
    head.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'image/webp';
  }
  // The core keeps ISO media files only as checked mp4 videos (HEIC photos become JPEGs).
  if (head.subarray(4, 8).toString('latin1') === 'ftyp') return 'video/mp4';
  return null;
}
