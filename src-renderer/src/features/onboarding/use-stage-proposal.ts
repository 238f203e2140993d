// The stage Cadence proposes for the answers so far, re-asked as they change.
import type { OnboardingAnswers, StageProposal } from '@shared/plan';
import { call } from '../../lib/api';
import { queryState, useCoreLoad } from '../../lib/use-core-query';

export type ProposalState =
  | { kind: 'incomplete' }
  | { kind: 'asking' }
  | { kind: 'ready'; proposal: StageProposal }
  | { kind: 'failed'; message: string };

/** `answers` is null until every question is answered. */
export function useStageProposal(answers: OnboardingAnswers | null): ProposalState {
  // Only the reply for the latest answers counts; an older one arriving late is dropped.
  // While a changed answer is re-asked, the last proposal stays on screen rather than flickering away.
  const proposal = useCoreLoad(
    JSON.stringify(answers),
    () => call('onboarding.propose', { answers: answers! }),
    { enabled: answers !== null, keepPrevious: true },
  );
  if (!answers) return { kind: 'incomplete' };
  const state = queryState(proposal, (value) => ({ proposal: value }));
  return state.kind === 'loading' ? { kind: 'asking' } : state;
}
