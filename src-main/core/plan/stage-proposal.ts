// Proposes the business stage from the first-run answers, with one plain sentence saying why
// (from the message catalog, so the renderer can show it in the owner's language).
// The article's advice decides: early on management comes first; as the business grows,
// marketing becomes key; larger or fast-growing brands run both in tandem.
import { say } from '../../shared/messages/owner-message';
import type { OnboardingAnswers, StageProposal } from '../../shared/plan';

/** The first matching case wins, so the most telling answer gives the reason. */
const CASES: ReadonlyArray<{ when(a: OnboardingAnswers): boolean; proposal: StageProposal }> = [
  {
    when: (a) => a.followers === 'over-50k',
    proposal: {
      stage: 'scaling',
      reason: say('plan.reasons.bigAudience').message,
    },
  },
  {
    when: (a) => a.monthlyAdBudget === 'over-2000',
    proposal: {
      stage: 'scaling',
      reason: say('plan.reasons.bigBudget').message,
    },
  },
  {
    when: (a) =>
      a.whoDoesSocial === 'a-team' && a.monthlyAdBudget === '200-to-2000' && a.followers === '5k-to-50k',
    proposal: {
      stage: 'scaling',
      reason: say('plan.reasons.team').message,
    },
  },
  {
    when: (a) => a.monthsPosting === 'not-yet' || a.monthsPosting === 'under-6-months',
    proposal: {
      stage: 'starting',
      reason: say('plan.reasons.early').message,
    },
  },
  {
    when: (a) => a.followers === 'under-500',
    proposal: {
      stage: 'starting',
      reason: say('plan.reasons.smallAudience').message,
    },
  },
  {
    when: (a) =>
      a.monthlyAdBudget === 'none' &&
      (a.mainGoal === 'show-up-regularly' || a.mainGoal === 'build-community'),
    proposal: {
      stage: 'starting',
      reason: say('plan.reasons.noAds').message,
    },
  },
  {
    when: (a) => a.mainGoal === 'turn-followers-into-sales',
    proposal: {
      stage: 'growing',
      reason: say('plan.reasons.sales').message,
    },
  },
];

const GROWING: StageProposal = {
  stage: 'growing',
  reason: say('plan.reasons.growing').message,
};

export function proposeStage(answers: OnboardingAnswers): StageProposal {
  return CASES.find((c) => c.when(answers))?.proposal ?? GROWING;
}
