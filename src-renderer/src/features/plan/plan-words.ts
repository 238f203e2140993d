// The plan's states and kinds in the owner's words.
import type { PlanBucket, PlanItemKind, PlanItemState } from '@shared/plan';

export const KIND_LABELS: Record<PlanItemKind, string> = {
  management: 'Management',
  marketing: 'Marketing',
  bridge: 'Both',
};

export const STATE_LABELS: Record<PlanItemState, string> = {
  done: 'Done',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  unavailable: 'Not available yet',
};

export const BUCKETS: ReadonlyArray<{ bucket: PlanBucket; title: string; hint: string }> = [
  { bucket: 'now', title: 'Now', hint: 'What matters most at your stage, this week and this month.' },
  { bucket: 'next', title: 'Next', hint: 'Once Now is under way.' },
  { bucket: 'later', title: 'Later', hint: 'For when the business grows.' },
];

/** "3 of 5 done", or that the period has nothing under Now to count. */
export function countText(done: number, total: number): string {
  return total === 0 ? 'Nothing to check' : `${done} of ${total} done`;
}
