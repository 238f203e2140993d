// Photos as Meta takes them. A Page photo upload asks for files under 4 MB
// (developers.facebook.com/docs/graph-api/reference/page/photos); Instagram takes only JPEGs,
// at most 1440 pixels wide and 8 MB (…/instagram-graph-api/reference/ig-user/media, "Image
// specifications"). Rather than refuse a photo from a phone, Cadence re-encodes it to fit.
import { say } from '../../../shared/messages/owner-message';
import type { OutgoingImage } from '../connector';
import { ConnectorError } from '../connector-error';
import { loadSharp } from '../../store/image-facts';

const FACEBOOK_MAX_BYTES = 4_000_000;
const INSTAGRAM_MAX_BYTES = 8 * 1024 * 1024;
const INSTAGRAM_MAX_WIDTH = 1440;
/** Quality steps tried until the JPEG fits. */
const QUALITIES = [90, 80, 70, 60];

/** As it is when it fits Facebook's upload, else a JPEG that does. */
export async function forFacebook(image: OutgoingImage): Promise<OutgoingImage> {
  if (image.bytes.byteLength <= FACEBOOK_MAX_BYTES) return image;
  return asJpeg(image, { maxWidth: 2048, maxBytes: FACEBOOK_MAX_BYTES, network: 'Facebook' });
}

/** Always a JPEG, since Instagram takes no other format. */
export function forInstagram(image: OutgoingImage): Promise<OutgoingImage> {
  return asJpeg(image, {
    maxWidth: INSTAGRAM_MAX_WIDTH,
    maxBytes: INSTAGRAM_MAX_BYTES,
    network: 'Instagram',
  });
}

async function asJpeg(
  image: OutgoingImage,
  fit: { maxWidth: number; maxBytes: number; network: string },
): Promise<OutgoingImage> {
  const sharp = (await loadSharp()).default;
  for (const quality of QUALITIES) {
    let data: Buffer;
    try {
      data = await sharp(image.bytes)
        .rotate()
        .resize({ width: fit.maxWidth, withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality, mozjpeg: true })
        .toBuffer();
    } catch {
      throw new ConnectorError(
        'rejected',
        say('connectors.metaGraph.unreadableImage', { file: image.fileName }),
      );
    }
    if (data.byteLength <= fit.maxBytes) {
      return { ...image, bytes: data, mimeType: 'image/jpeg', fileName: jpegName(image.fileName) };
    }
  }
  throw new ConnectorError(
    'rejected',
    say('connectors.metaGraph.imageTooLarge', { file: image.fileName, network: fit.network }),
  );
}

function jpegName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, '') || 'photo'}.jpg`;
}
