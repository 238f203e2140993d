// The stage Cadence proposes for the answers so far, re-asked as they change.
import { useEffect, useState } from 'react';
import type { OnboardingAnswers, StageProposal } from '@shared/plan';
import { call, messageOf } from '../../lib/api';

export type ProposalState =
  | { kind: 'incomplete' }
  | { kind: 'asking' }
  | { kind: 'ready'; proposal: StageProposal }
  | { kind: 'failed'; message: string };

type Outcome = Exclude<ProposalState, { kind: 'incomplete' | 'asking' }>;

/** `answers` is null until every question is answered; pass a new object only when an answer changes. */
export function useStageProposal(answers: OnboardingAnswers | null): ProposalState {
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (!answers) return;
    // Only the reply for the latest answers counts; an older one arriving late is dropped.
    let current = true;
    call('onboarding.propose', { answers }).then(
      (proposal) => current && setOutcome({ kind: 'ready', proposal }),
      (error: unknown) => current && setOutcome({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [answers]);

  if (!answers) return { kind: 'incomplete' };
  // While a changed answer is re-asked, the last proposal stays on screen rather than flickering away.
  return outcome ?? { kind: 'asking' };
}
