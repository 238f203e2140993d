// The balance gauge: this week's management work against its marketing work, beside the split
// the stage aims for.
//
// What counts as one unit of work this week:
// - each post published this week: an organic post is management, a campaign post marketing;
// - each item the owner ticked this week: by the item's kind, a bridge item half to each side.
// Items Cadence checks itself are not counted again: their work is the posts they count.
import type { PostKind, Stage } from '../../shared/entities';
import { type Balance, type PlanItemKind, STAGE_LABELS, STAGE_SPLIT } from '../../shared/plan';

/** How far, in percentage points, the week may sit from the target split and still be on target. */
const TOLERANCE = 15;

export function balanceOf(
  stage: Stage,
  publishedKinds: readonly PostKind[],
  tickedKinds: readonly PlanItemKind[],
): Balance {
  let management = 0;
  let marketing = 0;
  for (const kind of publishedKinds) {
    if (kind === 'organic') management += 1;
    else marketing += 1;
  }
  for (const kind of tickedKinds) {
    if (kind === 'management') management += 1;
    else if (kind === 'marketing') marketing += 1;
    else {
      management += 0.5;
      marketing += 0.5;
    }
  }
  const target = STAGE_SPLIT[stage];
  const aim = `${STAGE_LABELS[stage]} aims for about ${target.management} / ${target.marketing}`;
  const total = management + marketing;
  if (total === 0) {
    return {
      management,
      marketing,
      managementPercent: null,
      target,
      verdict: 'no-work-yet',
      sentence: `No work counted this week yet. ${aim}.`,
    };
  }
  const managementPercent = Math.round((management / total) * 100);
  const verdict =
    Math.abs(managementPercent - target.management) <= TOLERANCE
      ? 'on-target'
      : managementPercent > target.management
        ? 'needs-more-marketing'
        : 'needs-more-management';
  const advice =
    verdict === 'on-target'
      ? 'on target'
      : verdict === 'needs-more-marketing'
        ? 'more marketing would help'
        : 'more management would help';
  return {
    management,
    marketing,
    managementPercent,
    target,
    verdict,
    sentence: `This week: ${managementPercent}% management, ${100 - managementPercent}% marketing. ${aim}: ${advice}.`,
  };
}
