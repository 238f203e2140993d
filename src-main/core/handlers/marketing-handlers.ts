// Campaigns, UTM-tagged links, ad spend, imported CSV exports and the figures made from them.
import type { marketingContract } from '../../shared/contract/marketing';
import { AppError } from '../../shared/errors';
import type { FiguresQuery } from '../marketing/figures-query';
import type { LinkTagger } from '../marketing/link-tagger';
import type { ImportService } from '../imports/import-service';
import type { CampaignStore } from '../marketing/campaign-store';
import type { SpendStore } from '../marketing/spend-store';
import { NO_BACKGROUND_WORK, type ContractHandlers, type CoreContext, type DomainModule } from './types';
import { say } from '../../shared/messages/owner-message';

export interface MarketingServices {
  campaigns: CampaignStore;
  spend: SpendStore;
  imports: ImportService;
  figures: FiguresQuery;
  tagger: LinkTagger;
}

export function marketingDomain(
  ctx: CoreContext,
  m: MarketingServices,
): DomainModule<typeof marketingContract> {
  return { ...NO_BACKGROUND_WORK, handlers: marketingHandlers(ctx, m) };
}

function marketingHandlers(
  ctx: CoreContext,
  m: MarketingServices,
): ContractHandlers<typeof marketingContract> {
  return {
    'campaigns.list': () => m.campaigns.list(),
    'campaigns.create': (input) => {
      ctx.channels.assertExist(input.channelIds ?? []);
      return m.campaigns.create(input);
    },
    'campaigns.update': ({ id, ...changes }) => {
      ctx.channels.assertExist(changes.channelIds ?? []);
      return m.campaigns.update(id, changes);
    },
    'campaigns.delete': ({ id }) => {
      m.campaigns.delete(id);
      return { id };
    },
    'posts.setCampaign': ({ postId, campaignId }) => {
      m.campaigns.setPostCampaign(ctx.posts.get(postId), campaignId);
      ctx.events.emit({ type: 'post.changed', postId });
      return ctx.posts.get(postId);
    },
    'utm.preview': ({ postId, channelId, medium }) => {
      const post = ctx.posts.get(postId);
      const target = post.targets.find((t) => t.channelId === channelId);
      if (!target) throw new AppError('NOT_FOUND', say('errors.post.notToChannel'));
      const { network } = ctx.channels.get(channelId);
      const tagged = m.tagger.tag(postId, network, target.bodyOverride ?? post.body, medium ?? 'social');
      if (!tagged) {
        throw new AppError('INVALID_INPUT', say('errors.post.notCampaign'));
      }
      return {
        campaignSlug: tagged.slug,
        network,
        medium: medium ?? 'social',
        text: tagged.text,
        links: tagged.links,
      };
    },
    'spend.add': (input) => {
      m.campaigns.get(input.campaignId);
      return m.spend.add(input);
    },
    'spend.list': (input) => m.spend.list(input?.campaignId),
    'spend.delete': ({ id }) => {
      m.spend.deleteManual(id);
      return { id };
    },
    'imports.preview': (input) => m.imports.preview(input),
    'imports.commit': (input) => m.imports.commit(input),
    'figures.campaigns': ({ from, to }) => m.figures.campaigns(from, to),
    'figures.posts': (input) => m.figures.posts(input?.campaignId),
  };
}
