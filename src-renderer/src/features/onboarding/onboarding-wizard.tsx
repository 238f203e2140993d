import './onboarding.css';
import { useId, useMemo, useState } from 'react';
import type { Stage, WeekStartsOn } from '@shared/entities';
import { ONBOARDING_QUESTIONS, OnboardingAnswers } from '@shared/plan';
import { useAppDataStore } from '../../app/app-data-store';
import { call, messageOf } from '../../lib/api';
import { QuestionGroup } from './question-group';
import { StageChoice } from './stage-choice';
import { stageLabel } from './stage-words';
import { useStageProposal, type ProposalState } from './use-stage-proposal';

export interface OnboardingWizardProps {
  mode: 'first-run' | 'review';
  initialAnswers: OnboardingAnswers | null;
  /** A stage the owner already chose over Cadence's proposal, kept as the starting choice. */
  initialOverride: Stage | null;
  weekStartsOn: WeekStartsOn;
  onFinished(): void;
  /** "Skip for now" on first run, "Cancel" when reviewing. */
  onLeave(): void;
}

function proposalText(state: ProposalState): string {
  switch (state.kind) {
    case 'incomplete':
      return 'Answer the questions and Cadence will suggest a stage.';
    case 'asking':
      return 'Working out a stage…';
    case 'ready':
      return `We suggest: ${stageLabel(state.proposal.stage)} — ${state.proposal.reason}`;
    case 'failed':
      return state.message;
  }
}

/** The few plain questions of the first run; Cadence proposes a stage, the owner may pick another. */
export function OnboardingWizard(props: OnboardingWizardProps) {
  const [answers, setAnswers] = useState<Partial<OnboardingAnswers>>(props.initialAnswers ?? {});
  const [override, setOverride] = useState<Stage | null>(props.initialOverride);
  const [choosing, setChoosing] = useState(props.initialOverride !== null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const complete = useMemo(() => {
    const parsed = OnboardingAnswers.safeParse(answers);
    return parsed.success ? parsed.data : null;
  }, [answers]);
  const proposal = useStageProposal(complete);
  const proposed = proposal.kind === 'ready' ? proposal.proposal.stage : null;
  const chosen = override ?? proposed;

  async function leave() {
    if (props.mode === 'review') return props.onLeave();
    await run(() => call('onboarding.skip', { weekStartsOn: props.weekStartsOn }), props.onLeave);
  }

  async function finish() {
    if (!complete) {
      setError('Answer every question first, or choose “Skip for now”.');
      return;
    }
    const stage = override !== null && override !== proposed ? override : undefined;
    await run(
      () => call('onboarding.complete', { answers: complete, stage, weekStartsOn: props.weekStartsOn }),
      props.onFinished,
    );
  }

  async function run(action: () => Promise<unknown>, then: () => void) {
    setBusy(true);
    setError(null);
    try {
      await action();
      // The profile now says the wizard is done; reload it now rather than wait for the event.
      await useAppDataStore.getState().load();
      then();
    } catch (caught) {
      setError(messageOf(caught));
      setBusy(false);
    }
  }

  return (
    <section className="onboarding" aria-labelledby={headingId}>
      <header className="page-header">
        <h1 id={headingId}>
          {props.mode === 'first-run' ? 'Welcome to Cadence' : 'Review your business stage'}
        </h1>
      </header>
      <p className="onboarding-intro">
        A few plain questions so your plan fits your business. Cadence suggests a stage from your answers; you
        can pick another, and change it any time in Settings.
      </p>
      <div className="onboarding-questions">
        {ONBOARDING_QUESTIONS.map((question) => (
          <QuestionGroup
            key={question.key}
            question={question.question}
            options={question.options}
            value={answers[question.key]}
            onChange={(value) => setAnswers((current) => ({ ...current, [question.key]: value }))}
          />
        ))}
      </div>
      <div className="card onboarding-proposal">
        <p role="status" className={proposal.kind === 'ready' ? 'proposal-text ready' : 'proposal-text'}>
          {proposalText(proposal)}
        </p>
        {proposed && !choosing && (
          <button type="button" className="button" onClick={() => setChoosing(true)}>
            Choose a different stage
          </button>
        )}
        {choosing && <StageChoice legend="Your stage" value={chosen ?? 'starting'} onChange={setOverride} />}
        {chosen && override !== null && override !== proposed && (
          <p className="onboarding-override">Your plan will use {stageLabel(override)}, your choice.</p>
        )}
      </div>
      <div className="onboarding-actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => void finish()}>
          {props.mode === 'first-run' ? 'Start my plan' : 'Save my answers'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void leave()}>
          {props.mode === 'first-run' ? 'Skip for now' : 'Cancel'}
        </button>
      </div>
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </section>
  );
}
