import './onboarding.css';
import { useId, useMemo, useState } from 'react';
import type { Stage, WeekStartsOn } from '@shared/entities';
import { ONBOARDING_QUESTIONS, OnboardingAnswers } from '@shared/plan';
import { useAppDataStore } from '../../state/app-data-store';
import { call, messageOf } from '../../lib/api';
import { QuestionGroup } from './question-group';
import { StageChoice } from './stage-choice';
import { stageLabel, stageReasonWords } from './stage-words';
import { useStageProposal, type ProposalState } from './use-stage-proposal';
import { t } from '../../i18n/i18n';
import { InlineError } from '../../components/inline-error';

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
      return t('onboarding:proposal.incomplete');
    case 'asking':
      return t('onboarding:proposal.asking');
    case 'ready':
      return t('onboarding:proposal.ready', {
        stage: stageLabel(state.proposal.stage),
        reason: stageReasonWords(state.proposal.reason),
      });
    case 'failed':
      return state.message;
  }
}

/** An answer in the owner's words. TypeScript cannot pair each question with its own answers in
 * a template key, so the key is cast; the catalog test checks every answer has its words. */
function answerWords(question: string, answer: string): string {
  return t(`onboarding:questions.${question}.${answer}` as 'onboarding:questions.mainGoal.question');
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
      setError(t('onboarding:answerAll'));
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
          {props.mode === 'first-run' ? t('onboarding:welcome') : t('onboarding:review')}
        </h1>
      </header>
      <p className="onboarding-intro">{t('onboarding:intro')}</p>
      <div className="onboarding-questions">
        {ONBOARDING_QUESTIONS.map((question) => (
          <QuestionGroup
            key={question.key}
            question={t(`onboarding:questions.${question.key}.question`)}
            options={question.options.map((option) => ({
              value: option.value,
              label: answerWords(question.key, option.value),
            }))}
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
            {t('onboarding:chooseOther')}
          </button>
        )}
        {choosing && (
          <StageChoice
            legend={t('onboarding:yourStage')}
            value={chosen ?? 'starting'}
            onChange={setOverride}
          />
        )}
        {chosen && override !== null && override !== proposed && (
          <p className="onboarding-override">{t('onboarding:override', { stage: stageLabel(override) })}</p>
        )}
      </div>
      <div className="onboarding-actions">
        <button type="button" className="button primary" disabled={busy} onClick={() => void finish()}>
          {props.mode === 'first-run' ? t('onboarding:start') : t('onboarding:save')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void leave()}>
          {props.mode === 'first-run' ? t('onboarding:skip') : t('onboarding:cancel')}
        </button>
      </div>
      <InlineError message={error} />
    </section>
  );
}
