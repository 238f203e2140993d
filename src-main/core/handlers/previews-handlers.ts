// The link card the composer shows under the text. The same reader fills the card in when the
// post is sent, so what the owner sees is what Bluesky gets (unless the page changes meanwhile).
import type { previewsContract } from '../../shared/contract/previews';
import type { LinkCardReader } from '../link-cards/link-card-reader';
import { NO_BACKGROUND_WORK, type ContractHandlers, type DomainModule } from './types';

/** Small enough to travel over IPC as a data: address, large enough for the composer's card. */
const PREVIEW_PICTURE_SIDE = 600;
const PREVIEW_PICTURE_BYTES = 200_000;

export function previewsDomain(linkCards: LinkCardReader | undefined): DomainModule<typeof previewsContract> {
  return { ...NO_BACKGROUND_WORK, handlers: previewsHandlers(linkCards) };
}

function previewsHandlers(linkCards: LinkCardReader | undefined): ContractHandlers<typeof previewsContract> {
  return {
    'previews.linkCard': async ({ url }) => {
      const card = linkCards ? await linkCards.cardForText(url) : null;
      if (!card || !linkCards) return null;
      const picture = await linkCards.pictureFor(card, PREVIEW_PICTURE_SIDE, PREVIEW_PICTURE_BYTES);
      return {
        url: card.url,
        title: card.title,
        description: card.description,
        pictureDataUrl: picture
          ? `data:${picture.mimeType};base64,${Buffer.from(picture.bytes).toString('base64')}`
          : null,
      };
    },
  };
}
