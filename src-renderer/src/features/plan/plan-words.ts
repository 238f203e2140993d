// The plan's counts, and the words the core sent for an item, in the owner's language.
import type { Stage } from '@shared/entities';
import type { KeyedText } from '@shared/messages/owner-message';
import type { Balance } from '@shared/plan';
import { t } from '../../i18n/i18n';
import { ownerWords } from '../../i18n/owner-words';
import { stageLabel } from '../onboarding/stage-words';

/** "3 of 5 done", or that the period has nothing under Now to count. */
export function countText(done: number, total: number): string {
  return total === 0 ? t('plan:nothingToCheck') : t('plan:count', { done, total });
}

/** A text of the plan in the owner's language, from its key, or as the core wrote it. */
export function planWords(message: string, keyed: KeyedText | null | undefined): string {
  return ownerWords({ message, ...keyed });
}

/** "This week: 60% management, 40% marketing. Starting aims for about 80 / 20: on target." */
export function balanceSentence(balance: Balance, stage: Stage): string {
  const aim = t('plan:balance.aim', { stage: stageLabel(stage), ...balance.target });
  if (balance.managementPercent === null) return t('plan:balance.noWork', { aim });
  const management = Math.round(balance.managementPercent);
  return t('plan:balance.sentence', {
    management,
    marketing: 100 - management,
    aim,
    advice: t(`plan:balance.${balance.verdict === 'no-work-yet' ? 'on-target' : balance.verdict}`),
  });
}
