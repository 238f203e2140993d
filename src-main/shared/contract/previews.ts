// What a post will look like: the card a link gives, read by the core (the renderer reaches no
// page itself, and the core keeps to public addresses; see core/link-cards).
import { z } from 'zod';

export const LinkCardPreview = z.object({
  url: z.string(),
  title: z.string(),
  description: z.string(),
  /** The card's picture, small, as a data: address the renderer shows without fetching anything. */
  pictureDataUrl: z.string().nullable(),
});
export type LinkCardPreview = z.infer<typeof LinkCardPreview>;

export const previewsContract = {
  /** The card of a link as the composer shows it; null when the page gives none or cannot be read. */
  'previews.linkCard': {
    input: z.object({ url: z.string().trim().min(1).max(2_048) }).strict(),
    output: LinkCardPreview.nullable(),
  },
} as const;
