// What the plan rules may know about the business. The rules never query the database; they
// read these facts, so they stay pure and a test can hand them any world it likes.
import type { BrandKit } from '../../shared/brand-kit/kit';
import type { PostKind, Stage } from '../../shared/entities';
import type { ChannelAtRisk } from '../../shared/posts-at-risk';
import type { Period } from './periods';

export interface PublishedPost {
  id: string;
  kind: PostKind;
  /** The main text and every per-channel variant that went out. */
  texts: string[];
  /** When its first channel published it. */
  publishedAt: number;
}

/** Facts from data Cadence always holds: channels, posts, the kit, the owner's ticks. */
export interface CoreFacts {
  connectedChannels: number;
  /** The saved kit, or null when the owner never saved one. */
  brandKit: BrandKit | null;
  /** Posts whose first channel published them within the period. */
  published(period: Period): PublishedPost[];
  /** Posts scheduled (not yet sent) with their time in [from, to). */
  scheduledBetween(from: number, to: number): number;
  /** Texts of campaign posts scheduled or published in the period, for their links. */
  campaignTexts(period: Period): string[];
  /** When the owner ticked an item for a period, or null. */
  tickedAt(itemId: string, periodKey: string): number | null;
  /** Channels whose sign-in ends (or was refused) before some of their scheduled posts. */
  channelsAtRisk(): ChannelAtRisk[];
}

// Sources that later features provide. Until one is plugged in (in create-core), it is null
// and every rule that needs it reports 'unavailable' with guidance instead of fake progress.

export interface InboxFacts {
  /** Mentions and comments received in the period, and how many got a reply within `hours`. */
  replies(period: Period, hours: number): { received: number; answeredInTime: number };
}

export interface MetricsFacts {
  /** When the owner last opened the follower and engagement numbers within the period, or null. */
  lastViewed(period: Period): number | null;
}

export interface CampaignFacts {
  /** Campaigns with a budget and start and end dates that run during the period. */
  runningWithBudgetAndDates(period: Period): number;
}

export interface AdSpendFacts {
  /** Ad-spend entries recorded for days in the period. */
  entries(period: Period): number;
}

export interface ConversionFacts {
  /** Rows of clicks or conversions imported for days in the period. */
  importedRows(period: Period): number;
}

export interface OptionalSources {
  inbox: InboxFacts | null;
  metrics: MetricsFacts | null;
  campaigns: CampaignFacts | null;
  adSpend: AdSpendFacts | null;
  conversions: ConversionFacts | null;
}
export type SourceName = keyof OptionalSources;

export const NO_OPTIONAL_SOURCES: OptionalSources = {
  inbox: null,
  metrics: null,
  campaigns: null,
  adSpend: null,
  conversions: null,
};

/** Everything one evaluation of the plan reads: the facts, the clock and the periods. */
export interface PlanContext {
  stage: Stage;
  at: number;
  timeZone: string;
  week: Period;
  month: Period;
  facts: CoreFacts;
  sources: OptionalSources;
}
