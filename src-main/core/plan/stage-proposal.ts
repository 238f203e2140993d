// Proposes the business stage from the first-run answers, with one plain sentence saying why.
// The article's advice decides: early on management comes first; as the business grows,
// marketing becomes key; larger or fast-growing brands run both in tandem.
import type { OnboardingAnswers, StageProposal } from '../../shared/plan';

/** The first matching case wins, so the most telling answer gives the reason. */
const CASES: ReadonlyArray<{ when(a: OnboardingAnswers): boolean; proposal: StageProposal }> = [
  {
    when: (a) => a.followers === 'over-50k',
    proposal: {
      stage: 'scaling',
      reason:
        'With more than 50,000 followers, daily engagement and data-driven growth need to run side by side.',
    },
  },
  {
    when: (a) => a.monthlyAdBudget === 'over-2000',
    proposal: {
      stage: 'scaling',
      reason: 'An ad budget over 2,000 a month needs steering by data, alongside daily engagement.',
    },
  },
  {
    when: (a) =>
      a.whoDoesSocial === 'a-team' && a.monthlyAdBudget === '200-to-2000' && a.followers === '5k-to-50k',
    proposal: {
      stage: 'scaling',
      reason:
        'A team with a steady ad budget and a sizeable audience can run engagement and campaigns in tandem.',
    },
  },
  {
    when: (a) => a.monthsPosting === 'not-yet' || a.monthsPosting === 'under-6-months',
    proposal: {
      stage: 'starting',
      reason: 'You are early on, so a consistent presence and answering your community come first.',
    },
  },
  {
    when: (a) => a.followers === 'under-500',
    proposal: {
      stage: 'starting',
      reason:
        'With fewer than 500 followers, a steady presence and community engagement will help most right now.',
    },
  },
  {
    when: (a) =>
      a.monthlyAdBudget === 'none' &&
      (a.mainGoal === 'show-up-regularly' || a.mainGoal === 'build-community'),
    proposal: {
      stage: 'starting',
      reason: 'You want to show up and build a community without ads, so managing your presence comes first.',
    },
  },
  {
    when: (a) => a.mainGoal === 'turn-followers-into-sales',
    proposal: {
      stage: 'growing',
      reason: 'You have an audience to build on and want sales, so targeted campaigns become key.',
    },
  },
];

const GROWING: StageProposal = {
  stage: 'growing',
  reason: 'You have a steady presence to build on, so campaigns to reach new audiences are the next step.',
};

export function proposeStage(answers: OnboardingAnswers): StageProposal {
  return CASES.find((c) => c.when(answers))?.proposal ?? GROWING;
}
