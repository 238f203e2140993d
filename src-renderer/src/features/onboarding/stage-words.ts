// How each stage is described to the owner, from the product guidance (plan.md), and the
// reason Cadence gave for proposing one, in the owner's language.
import type { Stage } from '@shared/entities';
import { PLAN_MESSAGES } from '@shared/messages/plan-messages';
import { STAGE_SPLIT } from '@shared/plan';
import { t } from '../../i18n/i18n';

export function stageSummary(stage: Stage): string {
  return t(`onboarding:stage.${stage}Summary`);
}

/** "about 80 / 20 management / marketing" */
export function stageSplitText(stage: Stage): string {
  return t('onboarding:stage.split', STAGE_SPLIT[stage]);
}

export function stageLabel(stage: Stage): string {
  return t(`onboarding:stage.${stage}`);
}

/** The stored reason for a proposed stage, translated when it is one of the core's sentences. */
export function stageReasonWords(reason: string): string {
  const key = (Object.keys(PLAN_MESSAGES.reasons) as Array<keyof typeof PLAN_MESSAGES.reasons>).find(
    (name) => PLAN_MESSAGES.reasons[name] === reason,
  );
  return key ? t(`core:plan.reasons.${key}`) : reason;
}
