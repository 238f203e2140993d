// The business stage, onboarding, the weekly plan and the brand kit.
import { z } from 'zod';
import { BrandKit, KIT_LIMITS } from '../brand-kit/kit';
import { CalendarInstant } from '../calendar-instant';
import { Profile, Stage, WeekStartsOn } from '../entities';
import { OnboardingAnswers, OnboardingState, Plan, PlanTickInput, StageProposal } from '../plan';
import { NoInput } from './common';

export const planContract = {
  /** The owner's choice of stage; Cadence stops proposing and keeps the change in the history. */
  'profile.setStage': { input: z.object({ stage: Stage }).strict(), output: Profile },
  'onboarding.get': { input: NoInput, output: OnboardingState },
  /** What Cadence would propose for these answers; saves nothing. */
  'onboarding.propose': { input: z.object({ answers: OnboardingAnswers }).strict(), output: StageProposal },
  /** Saves the answers; a stage given is the owner's override of the proposal. */
  'onboarding.complete': {
    input: z
      .object({ answers: OnboardingAnswers, stage: Stage.optional(), weekStartsOn: WeekStartsOn })
      .strict(),
    output: Profile,
  },
  'onboarding.skip': { input: z.object({ weekStartsOn: WeekStartsOn }).strict(), output: Profile },
  /** The plan for the current stage at `at` (default now); closes finished weeks into the history. */
  'plan.get': { input: z.object({ at: CalendarInstant.optional() }).strict().optional(), output: Plan },
  /** Ticks or unticks a hand-checked item for the current period; refuses items Cadence checks itself. */
  'plan.tick': { input: PlanTickInput, output: Plan },
  'brandKit.get': { input: NoInput, output: BrandKit },
  'brandKit.update': { input: BrandKit, output: BrandKit },
  'brandKit.export': { input: NoInput, output: z.object({ json: z.string(), fileName: z.string() }) },
  /** Replaces the kit with the one in the file; a file that is not a kit is refused with the reason. */
  'brandKit.import': {
    input: z.object({ json: z.string().max(KIT_LIMITS.fileChars, 'input.brandKitTooLarge') }).strict(),
    output: BrandKit,
  },
} as const;
