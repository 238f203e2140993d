// How each stage is described to the owner, from the product guidance (plan.md).
import type { Stage } from '@shared/entities';
import { STAGE_LABELS, STAGE_SPLIT } from '@shared/plan';

const STAGE_SUMMARIES: Record<Stage, string> = {
  starting: 'Small and early: a steady presence and talking with your community come first.',
  growing: 'Growing: marketing becomes key to reach new people and scale.',
  scaling: 'Larger or fast-growing: daily engagement and data-driven growth, side by side.',
};

export function stageSummary(stage: Stage): string {
  return STAGE_SUMMARIES[stage];
}

/** "about 80 / 20 management / marketing" */
export function stageSplitText(stage: Stage): string {
  const split = STAGE_SPLIT[stage];
  return `about ${split.management} / ${split.marketing} management / marketing`;
}

export function stageLabel(stage: Stage): string {
  return STAGE_LABELS[stage];
}
