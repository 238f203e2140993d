// Where campaign posts get their UTM tags: the outbox asks for the text a target sends,
// and the composer for a preview of it. The stored post keeps its links as written.
import { tagLinks, utmTagsFor, type TaggedText, type UtmMedium } from '../../shared/utm';
import type { Network } from '../../shared/entities';
import type { CampaignStore } from './campaign-store';

export class LinkTagger {
  constructor(private readonly campaigns: CampaignStore) {}

  /**
   * The text as sent to `network`: tagged when the post belongs to a campaign, unchanged otherwise.
   * A "Remind me" channel passes its preset ('tiktok'), which is what utm_source should name.
   */
  outgoingText(postId: string, network: Network | string, text: string): string {
    return this.tag(postId, network, text, 'social')?.text ?? text;
  }

  tag(
    postId: string,
    network: Network | string,
    text: string,
    medium: UtmMedium,
  ): (TaggedText & { slug: string }) | null {
    const campaign = this.campaigns.campaignOfPost(postId);
    if (!campaign) return null;
    const tags = utmTagsFor({ network, campaignSlug: campaign.slug, postId, medium });
    return { ...tagLinks(text, tags), slug: campaign.slug };
  }
}
