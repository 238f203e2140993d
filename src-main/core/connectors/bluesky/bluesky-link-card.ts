// Bluesky shows no preview of its own for a link: the posting app reads the page and writes the
// card into the post as an `app.bsky.embed.external`, its picture uploaded as a blob. Images
// take the embed when a post has them (a post carries one embed), so this is for posts without.
import type { AtpAgent } from '@atproto/api';
import type { LinkCardReader } from '../../link-cards/link-card-reader';
import { BLUESKY_BLOB_LIMIT } from './bluesky-images';

/** Bluesky's own app fits card pictures in 2000 pixels; 1000 keeps them small and sharp enough. */
const THUMB_MAX_SIDE = 1000;

export async function externalEmbed(
  agent: AtpAgent,
  text: string,
  linkCards: LinkCardReader,
): Promise<Record<string, unknown> | null> {
  const card = await linkCards.cardForText(text);
  if (!card) return null;
  const external: Record<string, unknown> = {
    uri: card.url,
    title: card.title,
    description: card.description,
  };
  const picture = await linkCards.pictureFor(card, THUMB_MAX_SIDE, BLUESKY_BLOB_LIMIT);
  if (picture) {
    const upload = await agent.uploadBlob(picture.bytes, { encoding: picture.mimeType });
    external.thumb = upload.data.blob;
  }
  return { $type: 'app.bsky.embed.external', external };
}
