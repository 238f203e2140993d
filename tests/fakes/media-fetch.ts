// How Instagram and Threads get a post's image: they download image_url themselves, from
// their own servers. A URL on the owner's machine (localhost, 127.0.0.1, ::1) is therefore out
// of their reach, however well it works in the owner's browser. The fakes model that: they
// fetch only from origins they are told are public (by default their own CDN) and refuse
// every other address, loopback or not, since tests have no internet.
import { sniffImage, type SniffedImage } from './image-sniff';

export type FetchedMedia =
  | { ok: true; bytes: Buffer; image: SniffedImage }
  | { ok: false; reason: 'unreachable' | 'not-an-image' | 'http-error'; detail: string };

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

export function isLoopbackHost(url: URL): boolean {
  return LOOPBACK.test(url.hostname);
}

export async function fetchPublicMedia(imageUrl: string, publicOrigins: string[]): Promise<FetchedMedia> {
  let url: URL;
  try {
    url = new URL(imageUrl);
  } catch {
    return { ok: false, reason: 'unreachable', detail: `${imageUrl} is not a URL` };
  }
  if (!publicOrigins.includes(url.origin)) {
    const where = isLoopbackHost(url)
      ? "a loopback address on the sender's own machine"
      : 'an address the fake cannot reach';
    return { ok: false, reason: 'unreachable', detail: `${imageUrl} is ${where}` };
  }
  const response = await fetch(url, { redirect: 'manual' });
  if (!response.ok)
    return { ok: false, reason: 'http-error', detail: `${imageUrl} answered ${response.status}` };
  const bytes = Buffer.from(await response.arrayBuffer());
  const image = sniffImage(bytes);
  if (!image) return { ok: false, reason: 'not-an-image', detail: `${imageUrl} is not an image` };
  return { ok: true, bytes, image };
}
