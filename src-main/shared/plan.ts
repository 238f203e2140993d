// The plan and the first-run questions, as they cross the IPC boundary. Shared by main and
// renderer; imports nothing but zod, the entities and the message keys.
import { z } from 'zod';
import { Instant, LIMITS, Stage, StageSource, WeekStartsOn } from './entities';
import { KeyedText } from './messages/owner-message';

export { WeekStartsOn };

/** The first-run questions of plan.md. Every answer is a choice, so the stage can be proposed from it. */
export const MONTHS_POSTING = ['not-yet', 'under-6-months', '6-to-24-months', 'over-2-years'] as const;
export const FOLLOWERS = ['under-500', '500-to-5k', '5k-to-50k', 'over-50k'] as const;
export const WHO_DOES_SOCIAL = ['me-alone', 'me-with-help', 'a-team'] as const;
export const MONTHLY_AD_BUDGET = ['none', 'under-200', '200-to-2000', 'over-2000'] as const;
export const MAIN_GOAL = [
  'show-up-regularly',
  'build-community',
  'reach-new-people',
  'turn-followers-into-sales',
] as const;

export const OnboardingAnswers = z
  .object({
    monthsPosting: z.enum(MONTHS_POSTING),
    followers: z.enum(FOLLOWERS),
    whoDoesSocial: z.enum(WHO_DOES_SOCIAL),
    monthlyAdBudget: z.enum(MONTHLY_AD_BUDGET),
    mainGoal: z.enum(MAIN_GOAL),
  })
  .strict();
export type OnboardingAnswers = z.infer<typeof OnboardingAnswers>;

type Question<K extends keyof OnboardingAnswers> = {
  key: K;
  question: string;
  options: ReadonlyArray<{ value: OnboardingAnswers[K]; label: string }>;
};

/** The wording of the wizard, in the order it asks. */
export const ONBOARDING_QUESTIONS: readonly [
  Question<'monthsPosting'>,
  Question<'followers'>,
  Question<'whoDoesSocial'>,
  Question<'monthlyAdBudget'>,
  Question<'mainGoal'>,
] = [
  {
    key: 'monthsPosting',
    question: 'How long have you been posting for the business?',
    options: [
      { value: 'not-yet', label: 'Not yet' },
      { value: 'under-6-months', label: 'Less than 6 months' },
      { value: '6-to-24-months', label: '6 months to 2 years' },
      { value: 'over-2-years', label: 'More than 2 years' },
    ],
  },
  {
    key: 'followers',
    question: 'How many followers do you have in total, across all channels?',
    options: [
      { value: 'under-500', label: 'Fewer than 500' },
      { value: '500-to-5k', label: '500 to 5,000' },
      { value: '5k-to-50k', label: '5,000 to 50,000' },
      { value: 'over-50k', label: 'More than 50,000' },
    ],
  },
  {
    key: 'whoDoesSocial',
    question: 'Who does the social media work?',
    options: [
      { value: 'me-alone', label: 'Me, on my own' },
      { value: 'me-with-help', label: 'Me, with a helper now and then' },
      { value: 'a-team', label: 'A team or an agency' },
    ],
  },
  {
    key: 'monthlyAdBudget',
    question: 'How much do you spend on ads each month, in your currency?',
    options: [
      { value: 'none', label: 'Nothing yet' },
      { value: 'under-200', label: 'Less than 200' },
      { value: '200-to-2000', label: '200 to 2,000' },
      { value: 'over-2000', label: 'More than 2,000' },
    ],
  },
  {
    key: 'mainGoal',
    question: 'What do you want most right now?',
    options: [
      { value: 'show-up-regularly', label: 'To show up regularly' },
      { value: 'build-community', label: 'To build a community that talks to us' },
      { value: 'reach-new-people', label: 'To reach new people' },
      { value: 'turn-followers-into-sales', label: 'To turn followers into sales' },
    ],
  },
];

export const STAGE_LABELS: Record<Stage, string> = {
  starting: 'Starting',
  growing: 'Growing',
  scaling: 'Scaling',
};

/** The share of the week's work each stage aims for, in percent; the two add up to 100. */
export const STAGE_SPLIT: Record<Stage, { management: number; marketing: number }> = {
  starting: { management: 80, marketing: 20 },
  growing: { management: 40, marketing: 60 },
  scaling: { management: 50, marketing: 50 },
};

export const StageProposal = z.object({ stage: Stage, reason: z.string() });
export type StageProposal = z.infer<typeof StageProposal>;

export const PLAN_ITEM_KINDS = ['management', 'marketing', 'bridge'] as const;
export const PLAN_CADENCES = ['once', 'weekly', 'monthly'] as const;
export const PLAN_BUCKETS = ['now', 'next', 'later'] as const;
export const PLAN_ITEM_STATES = ['done', 'in-progress', 'not-started', 'unavailable'] as const;
/** Where an item's button goes; the renderer maps each to a screen. */
export const PLAN_DESTINATIONS = [
  'composer',
  'calendar',
  'settings',
  'brand-kit',
  'insights',
  'inbox',
] as const;

export const PlanItemKind = z.enum(PLAN_ITEM_KINDS);
export const PlanCadence = z.enum(PLAN_CADENCES);
export const PlanBucket = z.enum(PLAN_BUCKETS);
export const PlanItemState = z.enum(PLAN_ITEM_STATES);
export const PlanDestination = z.enum(PLAN_DESTINATIONS);
export type PlanItemKind = z.infer<typeof PlanItemKind>;
export type PlanCadence = z.infer<typeof PlanCadence>;
export type PlanBucket = z.infer<typeof PlanBucket>;
export type PlanItemState = z.infer<typeof PlanItemState>;
export type PlanDestination = z.infer<typeof PlanDestination>;

/** 'once', 'week:2026-11-23' (the local date the week starts) or 'month:2026-11'. */
export const PeriodKey = z
  .string()
  .max(20)
  .regex(/^(once|week:\d{4}-\d{2}-\d{2}|month:\d{4}-\d{2})$/, 'input.period');
export type PeriodKey = z.infer<typeof PeriodKey>;

const Count = z.number().int().nonnegative();

export const PlanItemView = z.object({
  id: z.string(),
  title: z.string(),
  kind: PlanItemKind,
  cadence: PlanCadence,
  why: z.string(),
  bucket: PlanBucket,
  state: PlanItemState,
  /** done of target, in the item's unit (posts, replies, links…); {0, 1} for a tick. */
  progress: z.object({ done: Count, target: Count }),
  /** The stage's target in words: "3 posts a week", "replies within 24 h". */
  targetText: z.string(),
  /** Checked from Cadence's data; such items cannot be ticked by hand. */
  auto: z.boolean(),
  /** The period the state is for; plan.tick takes it back. */
  periodKey: PeriodKey,
  /** The state in a plain sentence: "2 of 3 posts published this week." */
  status: z.string(),
  nextAction: z.object({ label: z.string(), destination: PlanDestination }).nullable(),
  /** For unavailable items: "Available once you …". */
  guidance: z.string().nullable(),
  /** The keys and values of the texts above, for the owner's language. */
  words: z.object({
    title: KeyedText,
    why: KeyedText,
    targetText: KeyedText,
    status: KeyedText,
    action: KeyedText.nullable(),
    guidance: KeyedText.nullable(),
  }),
});
export type PlanItemView = z.infer<typeof PlanItemView>;

export const PeriodProgress = z.object({
  key: PeriodKey,
  from: Instant,
  to: Instant,
  /** Items under Now with this cadence that are done, of those Cadence can check or tick. */
  done: Count,
  total: Count,
});
export type PeriodProgress = z.infer<typeof PeriodProgress>;

export const Balance = z.object({
  /** Units of work this week; bridge work counts half to each side. */
  management: z.number().nonnegative(),
  marketing: z.number().nonnegative(),
  /** Management's share of this week's work in percent, or null when nothing was done yet. */
  managementPercent: z.number().min(0).max(100).nullable(),
  target: z.object({ management: z.number(), marketing: z.number() }),
  verdict: z.enum(['no-work-yet', 'on-target', 'needs-more-management', 'needs-more-marketing']),
  sentence: z.string(),
});
export type Balance = z.infer<typeof Balance>;

export const PlanWeek = z.object({
  key: PeriodKey,
  from: Instant,
  to: Instant,
  stage: Stage,
  closedAt: Instant,
  published: Count,
  balance: Balance,
  items: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      /** The title's key and values; weeks closed before titles had keys have none. */
      titleWords: KeyedText.optional(),
      kind: PlanItemKind,
      bucket: PlanBucket,
      state: PlanItemState,
      progress: z.object({ done: Count, target: Count }),
    }),
  ),
});
export type PlanWeek = z.infer<typeof PlanWeek>;

export const Plan = z.object({
  stage: Stage,
  stageSource: StageSource,
  stageReason: z.string().nullable(),
  timeZone: z.string(),
  weekStartsOn: WeekStartsOn,
  at: Instant,
  week: PeriodProgress,
  month: PeriodProgress,
  /** Ordered by bucket (Now, Next, Later), then by the rules' order. */
  items: z.array(PlanItemView),
  balance: Balance,
  /** Closed weeks, newest first, at most eight. */
  history: z.array(PlanWeek),
});
export type Plan = z.infer<typeof Plan>;

export const PlanTickInput = z
  .object({ itemId: z.string().min(1).max(LIMITS.id), periodKey: PeriodKey, done: z.boolean() })
  .strict();

export const OnboardingState = z.object({
  answers: OnboardingAnswers.nullable(),
  onboardedAt: Instant.nullable(),
  /** What Cadence proposes from the saved answers; null before any answers. */
  proposal: StageProposal.nullable(),
  stage: Stage,
  stageSource: StageSource,
  weekStartsOn: WeekStartsOn,
});
export type OnboardingState = z.infer<typeof OnboardingState>;
