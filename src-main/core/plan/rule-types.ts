// The shape of a plan rule. The rules themselves are data in management-items.ts and
// marketing-items.ts; every word in them is an OwnerMessage, so the plan reads in any language.
import type { Stage } from '../../shared/entities';
import type { OwnerMessage } from '../../shared/messages/owner-message';
import type {
  PlanBucket,
  PlanCadence,
  PlanDestination,
  PlanItemKind,
  PlanItemState,
} from '../../shared/plan';
import type { PlanContext, SourceName } from './facts';
import type { Period } from './periods';

export interface NextAction {
  label: OwnerMessage;
  destination: PlanDestination;
}

/** How an item is sized in one stage. */
export interface StageSetting {
  bucket: PlanBucket;
  /** The number the item counts towards (posts, replies…); 1 for a single thing to do. */
  target: number;
  targetText: OwnerMessage;
  /** Extra sizes a rule reads: days ahead, reply hours. */
  days?: number;
  hours?: number;
}

/** What a rule found for one period. The state follows from done and target unless given. */
export interface Outcome {
  done: number;
  target: number;
  status: OwnerMessage;
  nextAction: NextAction | null;
  state?: PlanItemState;
  guidance?: OwnerMessage;
}

export type Check =
  /** Ticked by the owner; `action` is where they go to do it. */
  | { type: 'manual'; action: NextAction }
  /** Checked from facts; never ticked by hand. */
  | { type: 'auto'; evaluate(ctx: PlanContext, setting: StageSetting, period: Period): Outcome };

export interface PlanItemRule {
  id: string;
  title(setting: StageSetting): OwnerMessage;
  kind: PlanItemKind;
  cadence: PlanCadence;
  /** One plain sentence, from the article's ideas. */
  why: OwnerMessage;
  /** The stages the item appears in; absent from a stage means not part of its plan. */
  stages: Partial<Record<Stage, StageSetting>>;
  /** Optional sources the item needs; while one is missing it is 'unavailable'. */
  requires?: SourceName[];
  check: Check;
}
