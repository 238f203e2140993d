// Campaigns, UTM-tagged links, ad spend, imported CSV exports and the figures made from them.
import { z } from 'zod';
import { Id, Post } from '../entities';
import {
  Campaign,
  CampaignCreate,
  CampaignFigures,
  CampaignUpdate,
  FiguresRange,
  ImportInput,
  ImportPreview,
  ImportResult,
  PostFigures,
  SpendAdd,
  SpendEntry,
  UtmMedium,
  UtmPreview,
} from '../marketing';
import { ById, Deleted, NoInput } from './common';

export const marketingContract = {
  'campaigns.list': { input: NoInput, output: z.array(Campaign) },
  'campaigns.create': { input: CampaignCreate, output: Campaign },
  'campaigns.update': { input: CampaignUpdate, output: Campaign },
  /** The campaign's posts stay, without a campaign; its imported rows stay, unlinked. */
  'campaigns.delete': { input: ById, output: Deleted },
  'posts.setCampaign': {
    input: z.object({ postId: Id, campaignId: Id.nullable() }).strict(),
    output: Post,
  },
  /** The post's text for one of its channels as it will be sent, links tagged. */
  'utm.preview': {
    input: z.object({ postId: Id, channelId: Id, medium: UtmMedium.optional() }).strict(),
    output: UtmPreview,
  },
  'spend.add': { input: SpendAdd, output: SpendEntry },
  'spend.list': {
    input: z.object({ campaignId: Id.optional() }).strict().optional(),
    output: z.array(SpendEntry),
  },
  'spend.delete': { input: ById, output: Deleted },
  'imports.preview': { input: ImportInput, output: ImportPreview },
  'imports.commit': { input: ImportInput, output: ImportResult },
  'figures.campaigns': { input: FiguresRange, output: z.array(CampaignFigures) },
  'figures.posts': {
    input: z.object({ campaignId: Id.optional() }).strict().optional(),
    output: z.array(PostFigures),
  },
} as const;
